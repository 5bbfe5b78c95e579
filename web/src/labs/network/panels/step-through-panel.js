// Step-through panel: one training sample's forward pass, neuron by neuron, then BP1–BP4 with
// the numbers of the current neuron substituted (KaTeX), a diagram with the current neuron
// ringed, and a picker to choose the sample on the data.
import './network-panels.css';
import { buttonControl, el } from '../../controls.js';
import { PlotFrame, setupCanvas } from '../../../views/plot-frame.js';
import { shrinkWithCard } from '../../shared/fluid-size.js';
import { drawSamplePicker, nearestSample } from '../../../views/sample-picker.js';
import { drawStepDiagram } from '../../../views/network-step-diagram.js';
import { parameterLayout } from './parameter-layout.js';
import { panelSourceFrom } from './panel-source.js';
import { buildSteps, ruleLatex, stepEquations } from './step-through-format.js';
import { katexIfLoaded, loadKatex } from '../../../views/katex-loader.js';

const PICKER_SIZE = 200;
const DIAGRAM_WIDTH = 320;
const DIAGRAM_HEIGHT = 200;
// Re-probe at most this often after the weights change: KaTeX and the page's relayout cost
// tens of milliseconds, too much for every frame of a running training.
const REFRESH_MS = 250;
const RUNNING_REFRESH_MS = 1000;

/** Bounding box of the samples with a margin, so every point is inside the picker. */
function sampleBox(x1, x2) {
  let xMin = Infinity,
    xMax = -Infinity,
    yMin = Infinity,
    yMax = -Infinity;
  for (let i = 0; i < x1.length; i++) {
    xMin = Math.min(xMin, x1[i]);
    xMax = Math.max(xMax, x1[i]);
    yMin = Math.min(yMin, x2[i]);
    yMax = Math.max(yMax, x2[i]);
  }
  if (!(xMax > xMin)) {
    xMin -= 1;
    xMax += 1;
  }
  if (!(yMax > yMin)) {
    yMin -= 1;
    yMax += 1;
  }
  const padX = (xMax - xMin) * 0.08;
  const padY = (yMax - yMin) * 0.08;
  return { xMin: xMin - padX, xMax: xMax + padX, yMin: yMin - padY, yMax: yMax + padY };
}

/**
 * @param {HTMLElement} container
 * @param {any} lab
 * @param {(key: string, params?: object) => string} t
 * @returns {{ update(): void, reset(): void, dispose(): void }}
 */
export function mountStepThrough(container, lab, t) {
  const source = panelSourceFrom(lab);
  let sampleIndex = 0;
  let stepIndex = 0;
  /** @type {import('./step-through-format.js').Step[]} */
  let steps = [];
  let sizesKey = '';
  /** @type {number | string} */
  let shownVersion = NaN;
  let lastRefresh = -Infinity;
  /** @type {import('./panel-source.js').ProbeResult | null} */
  let probe = null;
  /** @type {PlotFrame | null} */
  let pickerFrame = null;
  let pickerKey = '';
  /** Whether a render is already queued for when KaTeX arrives. */
  let waitingForKatex = false;
  /** Why KaTeX could not load, if it failed. */
  let katexError = '';

  const sampleInput = el('input', {
    type: 'number',
    min: '0',
    step: '1',
    value: '0',
    testid: 'step-sample',
  });
  const sampleCount = el('span', { className: 'np-muted' });
  const pickerCanvas = el('canvas', { testid: 'step-picker', className: 'np-picker' });
  const diagramCanvas = el('canvas', { testid: 'step-diagram' });
  const stepLabel = el('div', { className: 'np-step-label', testid: 'step-label' });
  const ruleBox = el('div', { className: 'np-rule', testid: 'step-rule' });
  const equationsBox = el('div', { className: 'np-equations', testid: 'step-equations' });
  const message = el('p', { className: 'message', role: 'status' });
  const prev = buttonControl({
    text: t('networkPanels.step.prev'),
    testid: 'step-prev',
    onClick: () => go(-1),
  });
  const next = buttonControl({
    text: t('networkPanels.step.next'),
    testid: 'step-next',
    onClick: () => go(1),
    className: 'primary',
  });
  // For big networks: jump anywhere in the pass (hundreds of steps) instead of clicking Next.
  const slider = /** @type {HTMLInputElement} */ (
    el('input', {
      type: 'range',
      min: '0',
      max: '0',
      step: '1',
      value: '0',
      testid: 'step-slider',
      'aria-label': t('networkPanels.step.slider'),
    })
  );
  slider.addEventListener('input', () => {
    stepIndex = Math.min(steps.length - 1, Math.max(0, Number(slider.value)));
    render();
  });
  const pickerCtx = setupCanvas(
    /** @type {HTMLCanvasElement} */ (pickerCanvas),
    PICKER_SIZE,
    PICKER_SIZE,
  );
  const diagramCtx = setupCanvas(
    /** @type {HTMLCanvasElement} */ (diagramCanvas),
    DIAGRAM_WIDTH,
    DIAGRAM_HEIGHT,
  );
  shrinkWithCard(/** @type {HTMLCanvasElement} */ (diagramCanvas));

  const element = el('section', { className: 'np-card np-step', testid: 'step-through' }, [
    el('h3', { text: t('networkPanels.step.title') }),
    el('p', { className: 'hint', text: t('networkPanels.step.hint') }),
    el('div', { className: 'np-row' }, [
      el('div', { className: 'np-column' }, [
        el('label', { className: 'np-inline' }, [
          el('span', { text: t('networkPanels.step.sample') }),
          sampleInput,
          sampleCount,
        ]),
        pickerCanvas,
        el('span', { className: 'np-muted', text: t('networkPanels.step.pickHint') }),
      ]),
      el('div', { className: 'np-column' }, [
        diagramCanvas,
        stepLabel,
        el('div', { className: 'buttons' }, [prev, next]),
        slider,
      ]),
    ]),
    ruleBox,
    equationsBox,
    message,
  ]);
  container.append(element);

  sampleInput.addEventListener('change', () =>
    selectSample(Number(/** @type {HTMLInputElement} */ (sampleInput).value)),
  );
  pickerCanvas.addEventListener('click', (event) => {
    if (!pickerFrame) return;
    const rect = pickerCanvas.getBoundingClientRect();
    const { x1, x2 } = source.samples();
    const index = nearestSample(
      pickerFrame,
      x1,
      x2,
      event.clientX - rect.left,
      event.clientY - rect.top,
    );
    if (index >= 0) selectSample(index);
  });

  function selectSample(index) {
    const count = source.samples().x1.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      message.dataset.kind = 'error';
      message.textContent = t('networkPanels.step.badSample', { max: count - 1 });
      /** @type {HTMLInputElement} */ (sampleInput).value = String(sampleIndex);
      return;
    }
    sampleIndex = index;
    /** @type {HTMLInputElement} */ (sampleInput).value = String(index);
    refresh(true);
  }

  function go(direction) {
    stepIndex = Math.min(steps.length - 1, Math.max(0, stepIndex + direction));
    render();
  }

  /** Re-probes (the weights or the sample changed) and redraws everything. */
  function refresh(force) {
    const now = performance.now();
    const version = source.version();
    const interval = source.isRunning?.() ? RUNNING_REFRESH_MS : REFRESH_MS;
    if (!force && (version === shownVersion || now - lastRefresh < interval)) return;
    lastRefresh = now;
    shownVersion = version;
    try {
      retrace();
    } catch (error) {
      // No network (invalid settings) or no data: say so instead of breaking the lab.
      probe = null;
      equationsBox.replaceChildren();
      message.dataset.kind = 'error';
      message.textContent = String(/** @type {Error} */ (error).message ?? error);
    }
  }

  function retrace() {
    const info = source.info();
    const key = info.layerSizes.join('-');
    if (key !== sizesKey) {
      // A different architecture: the old step may not exist any more.
      sizesKey = key;
      steps = buildSteps(info.layerSizes);
      stepIndex = Math.min(stepIndex, steps.length - 1);
    }
    const samples = source.samples();
    if (sampleIndex >= samples.x1.length) sampleIndex = 0;
    sampleCount.textContent = t('networkPanels.step.of', { count: samples.x1.length });
    /** @type {HTMLInputElement} */ (sampleInput).max = String(samples.x1.length - 1);
    probe = samples.x1.length > 0 ? source.probe(sampleIndex) : null;
    // The data rarely change while training runs: redraw the picker only when they (or the
    // choice) did.
    const count = samples.x1.length;
    const last = count - 1;
    const dataKey = [count, samples.x1[0], samples.x2[last], samples.color[last], sampleIndex].join(
      ':',
    );
    if (dataKey !== pickerKey) {
      pickerKey = dataKey;
      pickerFrame = new PlotFrame(PICKER_SIZE, PICKER_SIZE, sampleBox(samples.x1, samples.x2), {
        left: 30,
        right: 6,
        top: 6,
        bottom: 22,
      });
      drawSamplePicker(pickerCtx, pickerFrame, { ...samples, selected: sampleIndex });
    }
    render();
  }

  function render() {
    if (!probe || steps.length === 0) {
      equationsBox.replaceChildren();
      message.textContent = t('networkPanels.step.noData');
      return;
    }
    const info = source.info();
    const step = steps[stepIndex];
    const layout = parameterLayout(info.layerSizes);
    const L = layout.layerCount;
    const trace = { ...info, ...probe, layerSizes: info.layerSizes };
    message.textContent = '';
    message.dataset.kind = 'info';
    const phase = t(
      step.phase === 'forward' ? 'networkPanels.step.forward' : 'networkPanels.step.backward',
    );
    stepLabel.textContent = t('networkPanels.step.position', {
      phase,
      layer: step.layer,
      neuron: step.neuron,
      step: stepIndex + 1,
      count: steps.length,
    });
    stepLabel.dataset.phase = step.phase;
    slider.max = String(steps.length - 1);
    slider.value = String(stepIndex);
    /** @type {HTMLButtonElement} */ (prev).disabled = stepIndex === 0;
    /** @type {HTMLButtonElement} */ (next).disabled = stepIndex === steps.length - 1;
    // The formulas are drawn once KaTeX has loaded; until then their places stay empty.
    const katex = katexIfLoaded();
    if (!katex) {
      ruleBox.replaceChildren();
      equationsBox.replaceChildren();
      if (katexError) {
        message.dataset.kind = 'error';
        message.textContent = katexError;
      } else if (!waitingForKatex) {
        waitingForKatex = true;
        // A panel removed while KaTeX loaded (the lab disposed) has nothing left to draw.
        const renderIfShown = () => {
          if (element.isConnected) render();
        };
        loadKatex().then(renderIfShown, (error) => {
          katexError = String(error?.message ?? error);
          renderIfShown();
        });
      }
    } else {
      try {
        katex.render(ruleLatex(step, L, info), ruleBox, { displayMode: true, throwOnError: true });
        const rows = stepEquations(trace, step).map(({ rule, latex }) => {
          const box = el('div', { className: 'np-eq-math' });
          katex.render(latex, box, { displayMode: true, throwOnError: true });
          return el('div', { className: 'np-eq', 'data-rule': rule }, [
            el('span', { className: 'np-tag', text: rule }),
            box,
          ]);
        });
        equationsBox.replaceChildren(...rows);
      } catch (error) {
        message.dataset.kind = 'error';
        message.textContent = String(/** @type {Error} */ (error).message ?? error);
      }
    }
    drawStepDiagram(diagramCtx, DIAGRAM_WIDTH, DIAGRAM_HEIGHT, {
      sizes: info.layerSizes,
      values: diagramValues(layout, step, probe),
      current: { layer: step.layer, neuron: step.neuron },
      phase: step.phase,
      layerLabels: info.layerSizes.map((_, l) => (l === 0 ? 'x' : l === L ? `L=${l}` : `l=${l}`)),
    });
  }

  refresh(true);
  return {
    update() {
      refresh(false);
    },
    reset() {
      refresh(true);
    },
    dispose() {
      element.remove();
      probe = null;
    },
  };
}

/**
 * What the diagram colours: in the forward pass the activations computed so far (inputs, the
 * layers before, this layer up to the current neuron); in the backward pass the δ computed so
 * far. The rest is NaN (drawn hollow), so the diagram shows how far the pass has come.
 */
function diagramValues(layout, step, probe) {
  const values = new Float64Array(layout.neuronOffset(layout.layerCount + 1)).fill(NaN);
  const { layer, neuron } = step;
  for (let l = 0; l <= layout.layerCount; l++) {
    for (let j = 0; j < layout.sizes[l]; j++) {
      const i = layout.neuronOffset(l) + j;
      if (step.phase === 'forward') {
        if (l < layer || (l === layer && j <= neuron)) values[i] = probe.a[i];
      } else if (l > layer || (l === layer && j <= neuron)) {
        values[i] = probe.delta[i];
      }
    }
  }
  return values;
}
