// The probe card at the focused ball (seed 000): the directional derivative ∂f/∂l = ∇f·l
// with the slice f(P + ρl) and its tangent, the polar plot of ∇f·l against the angle of l
// (largest along ∇f), and the Hessian's eigenvalues. Drawing and controls only.
import { checkboxControl, el, formatNumber, sliderControl } from '../controls.js';
import { setupCanvas } from '../../views/plot-frame.js';
import { drawPolarPlot, polarAngleAt } from '../../views/polar-plot.js';
import { drawSlicePlot } from '../../views/slice-plot.js';

const SLICE_WIDTH = 300;
const SLICE_HEIGHT = 170;
const POLAR_SIZE = 170;
const toDegrees = (a) => (a * 180) / Math.PI;

export class ValleyProbePanel {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/valley-state.js').ValleyState} state
   * @param {{ change: (patch: object) => void,
   *   register: (name: string, element: Element) => void }} on register: for hide=/lock=
   */
  constructor(t, state, on) {
    this.t = t;
    this.direction = sliderControl({
      label: t('valley.direction'),
      testid: 'direction',
      min: -180,
      max: 180,
      step: 1,
      value: state.directionDegrees,
      format: (v) => `${Math.round(v)}°`,
      onChange: (v) => on.change({ directionDegrees: v }),
    });
    const showDirectional = checkboxControl({
      label: t('valley.showDirectional'),
      testid: 'show-directional',
      value: state.showDirectional,
      onChange: (v) => on.change({ showDirectional: v }),
    });
    const showHessian = checkboxControl({
      label: t('valley.showHessian'),
      testid: 'show-hessian',
      value: state.showHessian,
      onChange: (v) => on.change({ showHessian: v }),
    });
    on.register('directionDegrees', this.direction.input);
    on.register('showDirectional', showDirectional.input);
    on.register('showHessian', showHessian.input);
    this.sliceCanvas = el('canvas', { testid: 'slice-plot' });
    this.sliceCtx = setupCanvas(this.sliceCanvas, SLICE_WIDTH, SLICE_HEIGHT);
    this.polarCanvas = el('canvas', { testid: 'polar-plot', className: 'polar' });
    this.polarCtx = setupCanvas(this.polarCanvas, POLAR_SIZE, POLAR_SIZE);
    // Dragging on the polar plot turns l (the angle handle).
    let dragging = false;
    const pick = (event) => {
      const rect = this.polarCanvas.getBoundingClientRect();
      const px = ((event.clientX - rect.left) / rect.width) * POLAR_SIZE;
      const py = ((event.clientY - rect.top) / rect.height) * POLAR_SIZE;
      const degrees = Math.round(toDegrees(polarAngleAt(POLAR_SIZE, px, py)));
      this.direction.set(degrees);
      on.change({ directionDegrees: degrees });
    };
    this.polarCanvas.addEventListener('pointerdown', (e) => {
      dragging = true;
      this.polarCanvas.setPointerCapture(e.pointerId);
      pick(e);
    });
    this.polarCanvas.addEventListener('pointermove', (e) => dragging && pick(e));
    this.polarCanvas.addEventListener('pointerup', () => (dragging = false));

    const readout = (key, testid) => {
      const output = el('output', { testid });
      return {
        row: el('div', { className: 'readout' }, [el('span', { text: t(key) }), output]),
        output,
      };
    };
    this.readouts = {
      directional: readout('valley.readout.directional', 'readout-directional'),
      dot: readout('valley.readout.dot', 'readout-dot'),
      steepest: readout('valley.readout.steepest', 'readout-steepest'),
      lambda1: readout('valley.readout.lambda1', 'readout-lambda1'),
      lambda2: readout('valley.readout.lambda2', 'readout-lambda2'),
      limit: readout('valley.readout.limit', 'readout-limit'),
    };
    const r = this.readouts;
    this.directionalBox = el('div', { className: 'probe-directional' }, [
      el('p', { className: 'hint', text: t('valley.directional.hint') }),
      this.direction.element,
      el('div', { className: 'readouts' }, [r.directional.row, r.dot.row, r.steepest.row]),
      el('div', { className: 'probe-plots' }, [
        el('figure', {}, [this.sliceCanvas, el('figcaption', { text: t('valley.slice.caption') })]),
        el('figure', {}, [this.polarCanvas, el('figcaption', { text: t('valley.polar.caption') })]),
      ]),
    ]);
    this.hessianBox = el('div', { className: 'probe-hessian' }, [
      el('p', { className: 'hint', text: t('valley.hessian.hint') }),
      el('div', { className: 'readouts' }, [r.lambda1.row, r.lambda2.row, r.limit.row]),
    ]);
    this.element = el('div', { className: 'card probe-card', testid: 'probe-card' }, [
      el('h3', { text: t('valley.probe.title') }),
      showDirectional.element,
      this.directionalBox,
      showHessian.element,
      this.hessianBox,
    ]);
    this.setVisible(state.showDirectional, state.showHessian);
  }

  setVisible(directional, hessian) {
    this.directionalBox.hidden = !directional;
    this.hessianBox.hidden = !hessian;
  }

  /**
   * @param {object} p
   * @param {[number, number]} p.gradient ∇f at the ball
   * @param {number} p.direction      angle of l (radians)
   * @param {number} p.directional    ∂f/∂l from the core
   * @param {number} p.steepest       steepest-ascent angle (radians)
   * @param {ArrayLike<number>} p.slice f(P + ρl), ρ from −radius to radius
   * @param {number} p.radius
   * @param {number} p.value          f(P)
   */
  drawDirectional(p) {
    const l = [Math.cos(p.direction), Math.sin(p.direction)];
    const dot = p.gradient[0] * l[0] + p.gradient[1] * l[1];
    const r = this.readouts;
    r.directional.output.textContent = formatNumber(p.directional, 5);
    r.dot.output.textContent = formatNumber(dot, 5);
    r.steepest.output.textContent = this.t('valley.readout.steepestValue', {
      angle: Math.round(toDegrees(p.steepest)),
      norm: formatNumber(Math.hypot(...p.gradient), 4),
    });
    drawSlicePlot(
      this.sliceCtx,
      SLICE_WIDTH,
      SLICE_HEIGHT,
      { values: p.slice, radius: p.radius, center: p.value, slope: p.directional },
      { rho: 'ρ', value: 'f(P + ρl)' },
    );
    drawPolarPlot(this.polarCtx, POLAR_SIZE, {
      gradient: p.gradient,
      direction: p.direction,
      steepest: p.steepest,
    });
  }

  /** @param {import('../../engine/surface-probe.js').HessianEigen} e */
  drawHessian(e) {
    const r = this.readouts;
    r.lambda1.output.textContent = formatNumber(e.values[0], 5);
    r.lambda2.output.textContent = formatNumber(e.values[1], 5);
    r.limit.output.textContent = Number.isFinite(e.maxLearningRate)
      ? formatNumber(e.maxLearningRate, 4)
      : this.t('valley.stability.noLimit');
  }
}
