// The Regression lab's controls and readouts. It only reports changes; the lab decides. The run
// and file buttons and the message line are the controller's (LabControls), placed here.
import { buttonControl, el, formatNumber, selectControl, sliderControl } from '../controls.js';
import { logRateSlider, readoutRow } from '../shared/panel-parts.js';
import { fileInput } from '../shared/file-export.js';
import { testidOf } from '../shared/lab-controls.js';
import {
  DATA_NAMES,
  LAMBDA_RANGE,
  LEARNING_RATE_RANGE,
  METHOD_NAMES,
  SAMPLING_NAMES,
  SCHEDULE_NAMES,
} from '../../state/regression-state.js';

const READOUTS = ['step', 'cost', 'weights', 'closedForm', 'distance', 'rate'];

/** A number input that reports its value on change. */
function numberInput(testid, min, step, value, onChange) {
  const input = el('input', { type: 'number', testid, min, step, value: String(value) });
  input.addEventListener('change', () => onChange(Number(input.value)));
  return input;
}

export class RegressionPanel {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/regression-state.js').RegressionState} state
   * @param {import('../shared/lab-controls.js').LabControls} controls
   * @param {{ change: (patch: object) => void, preset: () => void,
   *   csv: (file: File) => void }} on
   */
  constructor(t, state, controls, on) {
    this.t = t;
    const select = (key, names, field, prefix) => {
      const control = selectControl({
        label: t(`regression.${key}`),
        testid: key,
        value: state[field],
        options: names.map((name) => ({ value: name, text: t(`regression.${prefix}.${name}`) })),
        onChange: (value) => on.change({ [field]: value }),
      });
      controls.register(field, control.input);
      return control;
    };
    this.data = select('data', DATA_NAMES, 'data', 'data');
    this.seed = numberInput('seed', '0', '1', state.seed, (seed) => on.change({ seed }));
    this.csvInput = fileInput({ accept: '.csv,.txt,text/csv', testid: 'csv-file' }, on.csv);
    this.csvRow = el('label', { className: 'control' }, [
      el('span', { text: t('regression.csvFile') }),
      this.csvInput,
    ]);
    this.pointsHint = el('p', { className: 'hint', text: t('regression.pointsHint') });
    this.method = select('method', METHOD_NAMES, 'method', 'method');
    this.batch = sliderControl({
      label: t('regression.batchSize'),
      testid: 'batch-size',
      min: 1,
      max: 32,
      step: 1,
      value: state.batchSize,
      onChange: (v) => on.change({ batchSize: Math.round(v) }),
    });
    this.sampling = select('sampling', SAMPLING_NAMES, 'sampling', 'sampling');
    this.schedule = select('schedule', SCHEDULE_NAMES, 'schedule', 'schedule');
    this.learningRate = logRateSlider({
      label: t('regression.learningRate'),
      testid: 'learning-rate',
      range: LEARNING_RATE_RANGE,
      value: state.learningRate,
      onChange: (v) => on.change({ learningRate: v }),
    });
    this.stopTol = numberInput('stop-tol', '0', '0.01', state.stopTol, (stopTol) =>
      on.change({ stopTol }),
    );
    this.ridge = el('input', { type: 'checkbox', testid: 'ridge-on' });
    this.ridge.checked = state.lambda > 0;
    // 1e-3 when ridge is first switched on: on the sine data with degree 9 it already tames the
    // over-fit (test cost 0.093 against 0.119), where 1e-2 would under-fit (0.122).
    this.lambdaShown = state.lambda > 0 ? state.lambda : 0.001;
    this.lambda = logRateSlider({
      label: t('regression.lambda'),
      testid: 'lambda',
      range: LAMBDA_RANGE,
      value: this.lambdaShown,
      onChange: (v) => {
        this.ridge.checked = true;
        on.change({ lambda: v });
      },
    });
    this.penalizeBias = el('input', { type: 'checkbox', testid: 'penalize-bias' });
    this.penalizeBias.checked = state.penalizeBias;
    this.penalizeBias.addEventListener('change', () => {
      on.change({ penalizeBias: this.penalizeBias.checked });
    });
    this.ridge.addEventListener('change', () => {
      on.change({ lambda: this.ridge.checked ? this.lambdaShown : 0 });
    });
    const speed = sliderControl({
      label: t('regression.speed'),
      testid: 'speed',
      log: true,
      min: 1,
      max: 5000,
      value: state.speed,
      format: (v) => String(Math.round(v)),
      onChange: (v) => on.change({ speed: Math.round(v) }),
    });
    for (const [field, input] of Object.entries({
      seed: this.seed,
      batchSize: this.batch.input,
      learningRate: this.learningRate.input,
      stopTol: this.stopTol,
      lambda: this.lambda.input,
      penalizeBias: this.penalizeBias,
      speed: speed.input,
    }))
      controls.register(field, input);
    controls.register('lambda', this.ridge);
    controls.register('csv', this.csvInput);
    this.readouts = {};
    const readout = (key) => {
      const row = readoutRow(t(`regression.readout.${key}`), `readout-${testidOf(key)}`);
      this.readouts[key] = row.output;
      return row.element;
    };
    this.sgdControls = el('div', {}, [this.batch.element, this.sampling.element]);
    const label = (key, input) =>
      el('label', { className: 'control' }, [el('span', { text: t(key) }), input]);
    this.element = el('div', { className: 'panel' }, [
      el('p', { className: 'hint', text: t('regression.hint') }),
      this.data.element,
      label('regression.seed', this.seed),
      this.csvRow,
      this.pointsHint,
      this.method.element,
      this.sgdControls,
      this.schedule.element,
      this.learningRate.element,
      label('regression.stopTol', this.stopTol),
      el('label', { className: 'control checkbox' }, [
        this.ridge,
        el('span', { text: t('regression.ridge') }),
      ]),
      this.lambda.element,
      el('label', { className: 'control checkbox' }, [
        this.penalizeBias,
        el('span', { text: t('regression.penalizeBias') }),
      ]),
      speed.element,
      controls.register(
        'preset',
        buttonControl({ text: t('regression.preset'), testid: 'preset', onClick: on.preset }),
      ),
      controls.runRow(),
      controls.message,
      controls.register('readouts', el('div', { className: 'readouts' }, READOUTS.map(readout))),
      ...controls.fileRows(),
    ]);
    this.sync(state);
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
    this.penalizeBias.checked = state.penalizeBias;
    if (state.lambda > 0) {
      this.lambdaShown = state.lambda;
      this.lambda.set(state.lambda);
    }
    this.sgdControls.hidden = state.method === 'gd';
    this.batch.element.hidden = state.method !== 'minibatch';
    this.csvRow.hidden = state.data !== 'csv';
    this.pointsHint.hidden = state.data !== 'points';
  }

  setLearningRateHint(text) {
    this.learningRate.hint(text);
  }

  /**
   * @param {{ step: number, cost: number, weights: ArrayLike<number>,
   *   closedForm: number[] | null, distance: number, rate: number }} r
   */
  setReadouts(r) {
    const vector = (w) => `[${Array.from(w, (v) => formatNumber(v, 4)).join(', ')}]`;
    this.readouts.step.textContent = String(r.step);
    this.readouts.cost.textContent = formatNumber(r.cost, 6);
    this.readouts.weights.textContent = vector(r.weights);
    this.readouts.closedForm.textContent = r.closedForm ? vector(r.closedForm) : '—';
    const distance = Number.isFinite(r.distance) ? r.distance.toPrecision(4) : '—';
    this.readouts.distance.textContent = distance;
    this.readouts.rate.textContent = formatNumber(r.rate, 4);
  }
}
