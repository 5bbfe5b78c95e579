// The Regression lab's controls and readouts. It only reports changes; the lab decides.
import {
  buttonControl, el, formatNumber, selectControl, sliderControl,
} from '../controls.js';
import { fileInput } from '../shared/file-export.js';
import {
  DATA_NAMES, LAMBDA_RANGE, LEARNING_RATE_RANGE, MAX_DEGREE, METHOD_NAMES, SAMPLING_NAMES, SCHEDULE_NAMES,
} from '../../state/regression-state.js';

export class RegressionPanel {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/regression-state.js').RegressionState} state
   * @param {Record<string, () => void> & { change: (patch: object) => void, csv: (file: File) => void, importScenario: (file: File) => void }} on
   */
  constructor(t, state, on) {
    this.t = t;
    const select = (key, names, field, prefix) => selectControl({
      label: t(`regression.${key}`), testid: key, value: state[field],
      options: names.map((name) => ({ value: name, text: t(`regression.${prefix}.${name}`) })),
      onChange: (value) => on.change({ [field]: value }),
    });
    this.data = select('data', DATA_NAMES, 'data', 'data');
    this.seed = el('input', { type: 'number', testid: 'seed', min: '0', step: '1', value: String(state.seed) });
    this.seed.addEventListener('change', () => on.change({ seed: Number(this.seed.value) }));
    this.csvInput = fileInput({ accept: '.csv,.txt,text/csv', testid: 'csv-file' }, on.csv);
    this.csvRow = el('label', { className: 'control' }, [el('span', { text: t('regression.csvFile') }), this.csvInput]);
    this.pointsHint = el('p', { className: 'hint', text: t('regression.pointsHint') });
    this.method = select('method', METHOD_NAMES, 'method', 'method');
    this.batch = sliderControl({
      label: t('regression.batchSize'), testid: 'batch-size', min: 1, max: 32, step: 1, value: state.batchSize,
      onChange: (v) => on.change({ batchSize: Math.round(v) }),
    });
    this.sampling = select('sampling', SAMPLING_NAMES, 'sampling', 'sampling');
    this.schedule = select('schedule', SCHEDULE_NAMES, 'schedule', 'schedule');
    this.learningRate = sliderControl({
      label: t('regression.learningRate'), testid: 'learning-rate', log: true,
      min: LEARNING_RATE_RANGE.min, max: LEARNING_RATE_RANGE.max, value: state.learningRate,
      format: (v) => formatNumber(v, 3), onChange: (v) => on.change({ learningRate: v }),
    });
    this.stopTol = el('input', { type: 'number', testid: 'stop-tol', min: '0', step: '0.01', value: String(state.stopTol) });
    this.stopTol.addEventListener('change', () => on.change({ stopTol: Number(this.stopTol.value) }));
    this.ridge = el('input', { type: 'checkbox', testid: 'ridge-on' });
    this.ridge.checked = state.lambda > 0;
    this.lambda = sliderControl({
      label: t('regression.lambda'), testid: 'lambda', log: true, min: LAMBDA_RANGE.min, max: LAMBDA_RANGE.max,
      value: state.lambda > 0 ? state.lambda : 0.01, format: (v) => formatNumber(v, 3),
      onChange: (v) => {
        this.ridge.checked = true;
        on.change({ lambda: v });
      },
    });
    this.ridge.addEventListener('change', () => on.change({ lambda: this.ridge.checked ? this.lambdaValue() : 0 }));
    this.lambdaShown = state.lambda > 0 ? state.lambda : 0.01;
    const speed = sliderControl({
      label: t('regression.speed'), testid: 'speed', log: true, min: 1, max: 5000, value: state.speed,
      format: (v) => String(Math.round(v)), onChange: (v) => on.change({ speed: Math.round(v) }),
    });
    this.playButton = buttonControl({ text: t('regression.play'), testid: 'play', onClick: on.play, className: 'primary' });
    const importInput = fileInput({ accept: '.json,application/json', testid: 'import-file', hidden: true }, on.importScenario);
    this.message = el('p', { className: 'message', testid: 'message', role: 'status' });
    this.readouts = {};
    const readout = (key) => {
      this.readouts[key] = el('output', { testid: `readout-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` });
      return el('div', { className: 'readout' }, [el('span', { text: t(`regression.readout.${key}`) }), this.readouts[key]]);
    };
    this.sgdControls = el('div', {}, [this.batch.element, this.sampling.element]);
    this.element = el('div', { className: 'panel' }, [
      el('p', { className: 'hint', text: t('regression.hint') }),
      this.data.element,
      el('label', { className: 'control' }, [el('span', { text: t('regression.seed') }), this.seed]),
      this.csvRow, this.pointsHint,
      this.method.element, this.sgdControls, this.schedule.element, this.learningRate.element,
      el('label', { className: 'control' }, [el('span', { text: t('regression.stopTol') }), this.stopTol]),
      el('label', { className: 'control checkbox' }, [this.ridge, el('span', { text: t('regression.ridge') })]),
      this.lambda.element, speed.element,
      buttonControl({ text: t('regression.preset'), testid: 'preset', onClick: on.preset }),
      el('div', { className: 'buttons' }, [
        this.playButton,
        buttonControl({ text: t('regression.step'), testid: 'step', onClick: on.step }),
        buttonControl({ text: t('regression.reset'), testid: 'reset', onClick: on.reset }),
      ]),
      this.message,
      el('div', { className: 'readouts' }, [
        readout('step'), readout('cost'), readout('weights'), readout('closedForm'), readout('distance'), readout('rate'),
      ]),
      el('div', { className: 'buttons' }, [
        buttonControl({ text: t('regression.export'), testid: 'export-scenario', onClick: on.exportScenario }),
        buttonControl({ text: t('regression.import'), testid: 'import-scenario', onClick: () => importInput.click() }),
        importInput,
      ]),
      el('div', { className: 'buttons' }, [
        buttonControl({ text: t('regression.exportPng'), testid: 'export-png', onClick: on.exportPng }),
        buttonControl({ text: t('regression.exportCsv'), testid: 'export-csv', onClick: on.exportCsv }),
      ]),
    ]);
    this.sync(state);
  }

  lambdaValue() {
    return this.lambdaShown;
  }

  /** Shows the controls that apply to the state (and puts a preset's values into them). */
  sync(state) {
    this.data.input.value = state.data;
    this.method.input.value = state.method;
    this.sampling.input.value = state.sampling;
    this.schedule.input.value = state.schedule;
    this.batch.set(state.batchSize);
    this.learningRate.set(state.learningRate);
    this.stopTol.value = String(state.stopTol);
    this.seed.value = String(state.seed);
    this.ridge.checked = state.lambda > 0;
    if (state.lambda > 0) {
      this.lambdaShown = state.lambda;
      this.lambda.set(state.lambda);
    }
    this.sgdControls.hidden = state.method === 'gd';
    this.batch.element.hidden = state.method !== 'minibatch';
    this.csvRow.hidden = state.data !== 'csv';
    this.pointsHint.hidden = state.data !== 'points';
  }

  setPlaying(playing) {
    this.playButton.textContent = this.t(playing ? 'regression.pause' : 'regression.play');
  }

  setMessage(text, kind = 'info') {
    this.message.textContent = text;
    this.message.dataset.kind = kind;
  }

  setLearningRateHint(text) {
    this.learningRate.hint(text);
  }

  /** @param {{ step: number, cost: number, weights: ArrayLike<number>, closedForm: number[] | null, distance: number, rate: number }} r */
  setReadouts(r) {
    const vector = (w) => `[${Array.from(w, (v) => formatNumber(v, 4)).join(', ')}]`;
    this.readouts.step.textContent = String(r.step);
    this.readouts.cost.textContent = formatNumber(r.cost, 6);
    this.readouts.weights.textContent = vector(r.weights);
    this.readouts.closedForm.textContent = r.closedForm ? vector(r.closedForm) : '—';
    this.readouts.distance.textContent = Number.isFinite(r.distance) ? r.distance.toPrecision(4) : '—';
    this.readouts.rate.textContent = formatNumber(r.rate, 4);
  }
}
