// The Valley lab's main controls and readouts: surface, speed, stop rules, run buttons, files.
// It only reports changes; the lab decides what they do. The run and file buttons and the
// message line are the controller's (LabControls), placed here.
import {
  buttonControl,
  checkboxControl,
  el,
  formatNumber,
  selectControl,
  sliderControl,
} from '../controls.js';
import { SPEED_RANGE } from '../../state/valley-state.js';

export class ValleyPanel {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/valley-state.js').ValleyState} state
   * @param {string[]} surfaceNames
   * @param {import('../shared/lab-controls.js').LabControls} controls the shared buttons and
   *   message line, placed here
   * @param {{ change: (patch: object) => void, toggle3d: () => void }} on
   */
  constructor(t, state, surfaceNames, controls, on) {
    this.t = t;
    const surface = selectControl({
      label: t('valley.surface'),
      testid: 'surface',
      options: surfaceNames.map((name) => ({ value: name, text: t(`valley.surface.${name}`) })),
      value: state.surface,
      onChange: (value) => on.change({ surface: value, startX: null, startY: null }),
    });
    this.condition = sliderControl({
      label: t('valley.condition'),
      testid: 'condition',
      min: 1,
      max: 1000,
      log: true,
      value: state.conditionNumber,
      format: (v) => formatNumber(v, 3),
      onChange: (v) => on.change({ conditionNumber: v }),
    });
    this.rotation = sliderControl({
      label: t('valley.rotation'),
      testid: 'rotation',
      min: -90,
      max: 90,
      step: 1,
      value: state.rotationDegrees,
      format: (v) => `${v}°`,
      onChange: (v) => on.change({ rotationDegrees: v }),
    });
    const speed = sliderControl({
      label: t('valley.speed'),
      testid: 'speed',
      log: true,
      min: SPEED_RANGE.min,
      max: SPEED_RANGE.max,
      value: state.speed,
      format: (v) => String(Math.round(v)),
      onChange: (v) => on.change({ speed: Math.round(v) }),
    });
    const logColor = checkboxControl({
      label: t('valley.logColor'),
      testid: 'log-color',
      value: state.logColor,
      onChange: (v) => on.change({ logColor: v }),
    });
    const numberInput = (labelKey, testid, field, min, step) => {
      const input = el('input', { type: 'number', testid, min, step });
      input.value = String(state[field]);
      input.addEventListener('change', () => {
        const v = Number(input.value);
        on.change({ [field]: Number.isFinite(v) && v >= 0 ? v : 0 });
      });
      controls.register(field, input);
      return el('label', { className: 'control' }, [el('span', { text: t(labelKey) }), input]);
    };
    const stopRules = controls.register(
      'stopRules',
      el('fieldset', { className: 'stop-rules' }, [
        el('legend', { text: t('valley.stop.title') }),
        numberInput('valley.stop.maxSteps', 'stop-max-steps', 'maxSteps', 0, 1),
        numberInput(
          'valley.stop.parameterChangeTol',
          'stop-parameter-tol',
          'parameterChangeTol',
          0,
          'any',
        ),
        numberInput('valley.stop.gradientTol', 'stop-gradient-tol', 'gradientTol', 0, 'any'),
      ]),
    );
    controls.register('surface', surface.input);
    controls.register('conditionNumber', this.condition.input);
    controls.register('rotationDegrees', this.rotation.input);
    controls.register('speed', speed.input);
    controls.register('logColor', logColor.input);
    this.view3dButton = controls.register(
      'view3d',
      buttonControl({
        text: t('valley.view3d.open'),
        testid: 'view-3d',
        onClick: on.toggle3d,
      }),
    );
    this.bowlControls = el('div', {}, [this.condition.element, this.rotation.element]);
    this.readouts = {
      step: el('output', { testid: 'readout-step' }),
      position: el('output', { testid: 'readout-position' }),
      value: el('output', { testid: 'readout-value' }),
      gradNorm: el('output', { testid: 'readout-grad-norm' }),
      rate: el('output', { testid: 'readout-rate' }),
    };
    const readoutRows = Object.entries(this.readouts).map(([key, output]) =>
      el('div', { className: 'readout' }, [
        el('span', { text: t(`valley.readout.${key}`) }),
        output,
      ]),
    );
    this.focusTitle = el('h3', { className: 'focus-title' });
    const readouts = controls.register(
      'readouts',
      el('div', { className: 'readouts' }, readoutRows),
    );
    this.element = el('div', { className: 'panel' }, [
      el('p', { className: 'hint', text: t('valley.hint') }),
      surface.element,
      this.bowlControls,
      speed.element,
      logColor.element,
      stopRules,
      controls.runRow(),
      controls.message,
      this.focusTitle,
      readouts,
      controls.fileRow(this.view3dButton),
    ]);
    this.showBowlControls(state.surface === 'bowl');
    this.set3dOpen(state.view3d);
  }

  showBowlControls(visible) {
    this.bowlControls.hidden = !visible;
  }

  set3dOpen(open) {
    this.view3dButton.textContent = this.t(open ? 'valley.view3d.close' : 'valley.view3d.open');
  }

  /**
   * Readouts of the focused racer.
   * @param {{ name: string, step: number, x: number, y: number, value: number,
   *   gradNorm: number, rate: number } | null} r
   */
  setReadouts(r) {
    this.focusTitle.textContent = r ? this.t('valley.readout.title', { name: r.name }) : '';
    if (!r) {
      for (const output of Object.values(this.readouts)) output.textContent = '—';
      return;
    }
    this.readouts.step.textContent = String(r.step);
    this.readouts.position.textContent = `(${formatNumber(r.x)}, ${formatNumber(r.y)})`;
    this.readouts.value.textContent = formatNumber(r.value, 6);
    this.readouts.gradNorm.textContent = formatNumber(r.gradNorm, 4);
    this.readouts.rate.textContent = formatNumber(r.rate, 4);
  }
}
