// The Valley lab's controls and readouts. It only reports changes; the lab decides what they do.
import {
  buttonControl, checkboxControl, el, formatNumber, selectControl, sliderControl,
} from '../controls.js';
import { LEARNING_RATE_RANGE, SPEED_RANGE } from '../../state/valley-state.js';

export class ValleyPanel {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/valley-state.js').ValleyState} state
   * @param {string[]} surfaceNames
   * @param {{ change: (patch: object) => void, play: () => void, step: () => void, reset: () => void }} on
   */
  constructor(t, state, surfaceNames, on) {
    this.t = t;
    const surface = selectControl({
      label: t('valley.surface'),
      testid: 'surface',
      options: surfaceNames.map((name) => ({ value: name, text: t(`valley.surface.${name}`) })),
      value: state.surface,
      onChange: (value) => on.change({ surface: value, startX: null, startY: null }),
    });
    this.condition = sliderControl({
      label: t('valley.condition'), testid: 'condition', min: 1, max: 1000, log: true,
      value: state.conditionNumber, format: (v) => formatNumber(v, 3),
      onChange: (v) => on.change({ conditionNumber: v }),
    });
    this.rotation = sliderControl({
      label: t('valley.rotation'), testid: 'rotation', min: -90, max: 90, step: 1,
      value: state.rotationDegrees, format: (v) => `${v}°`,
      onChange: (v) => on.change({ rotationDegrees: v }),
    });
    this.learningRate = sliderControl({
      label: t('valley.learningRate'), testid: 'learning-rate', log: true,
      min: LEARNING_RATE_RANGE.min, max: LEARNING_RATE_RANGE.max, value: state.learningRate,
      format: (v) => formatNumber(v, 3), onChange: (v) => on.change({ learningRate: v }),
    });
    const speed = sliderControl({
      label: t('valley.speed'), testid: 'speed', log: true, min: SPEED_RANGE.min,
      max: SPEED_RANGE.max, value: state.speed, format: (v) => String(Math.round(v)),
      onChange: (v) => on.change({ speed: Math.round(v) }),
    });
    const logColor = checkboxControl({
      label: t('valley.logColor'), testid: 'log-color', value: state.logColor,
      onChange: (v) => on.change({ logColor: v }),
    });
    this.playButton = buttonControl({ text: t('valley.play'), testid: 'play', onClick: on.play, className: 'primary' });
    const buttons = el('div', { className: 'buttons' }, [
      this.playButton,
      buttonControl({ text: t('valley.step'), testid: 'step', onClick: on.step }),
      buttonControl({ text: t('valley.reset'), testid: 'reset', onClick: on.reset }),
    ]);
    this.bowlControls = el('div', {}, [this.condition.element, this.rotation.element]);
    this.message = el('p', { className: 'message', testid: 'message', role: 'status' });
    this.readouts = {
      step: el('output', { testid: 'readout-step' }),
      position: el('output', { testid: 'readout-position' }),
      value: el('output', { testid: 'readout-value' }),
      gradNorm: el('output', { testid: 'readout-grad-norm' }),
    };
    const readoutRows = Object.entries(this.readouts).map(([key, output]) =>
      el('div', { className: 'readout' }, [el('span', { text: t(`valley.readout.${key}`) }), output]),
    );
    this.element = el('div', { className: 'panel' }, [
      el('p', { className: 'hint', text: t('valley.hint') }),
      surface.element, this.bowlControls, this.learningRate.element, speed.element,
      logColor.element, buttons, this.message,
      el('div', { className: 'readouts' }, readoutRows),
    ]);
    this.showBowlControls(state.surface === 'bowl');
  }

  showBowlControls(visible) {
    this.bowlControls.hidden = !visible;
  }

  /** @param {boolean} playing */
  setPlaying(playing) {
    this.playButton.textContent = this.t(playing ? 'valley.pause' : 'valley.play');
  }

  /** Shows why the run stopped or what was refused; '' clears it. */
  setMessage(text, kind = 'info') {
    this.message.textContent = text;
    this.message.dataset.kind = kind;
  }

  /** Hint on the learning-rate slider (the stability limit, where one applies). */
  setLearningRateHint(text) {
    this.learningRate.hint(text);
  }

  /** @param {{ step: number, x: number, y: number, value: number, gradNorm: number }} r */
  setReadouts(r) {
    this.readouts.step.textContent = String(r.step);
    this.readouts.position.textContent = `(${formatNumber(r.x)}, ${formatNumber(r.y)})`;
    this.readouts.value.textContent = formatNumber(r.value, 6);
    this.readouts.gradNorm.textContent = formatNumber(r.gradNorm, 4);
  }
}
