// The Classification lab's controls and readouts. It only reports changes; the lab decides. The
// run and file buttons and the message line are the controller's (LabControls), placed here.
import { el, formatNumber, selectControl, sliderControl } from '../controls.js';
import { logRateSlider, readoutRow } from '../shared/panel-parts.js';
import {
  DATASET_NAMES,
  LEARNING_RATE_RANGE,
  MODEL_NAMES,
  OPTIMIZER_NAMES,
} from '../../state/classification-state.js';

const READOUTS = ['step', 'epoch', 'cost', 'accuracy', 'mistakes', 'weights', 'margin'];

export class ClassificationPanel {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/classification-state.js').ClassificationState} state
   * @param {import('../shared/lab-controls.js').LabControls} controls
   * @param {{ change: (patch: object) => void }} on
   */
  constructor(t, state, controls, on) {
    this.t = t;
    const select = (field, names, prefix) => {
      const control = selectControl({
        label: t(`classification.${field}`),
        testid: field,
        value: String(state[field]),
        options: names.map((name) => ({
          value: String(name),
          text: t(`classification.${prefix}.${name}`),
        })),
        onChange: (value) => on.change({ [field]: value }),
      });
      controls.register(field, control.input);
      return control;
    };
    // A slider for `field`; counts (batch size, speed) report whole numbers.
    /** @param {string} field @param {any} spec */
    const slider = (field, { whole = false, ...spec }) => {
      const report = (v) => on.change({ [field]: whole ? Math.round(v) : v });
      const control = sliderControl({ ...spec, onChange: report });
      controls.register(field, control.input);
      return control;
    };
    this.dataset = select('dataset', DATASET_NAMES, 'dataset');
    this.pointClass = selectControl({
      label: t('classification.pointClass'),
      testid: 'point-class',
      value: String(state.pointClass),
      options: [
        { value: '1', text: t('classification.class.positive') },
        { value: '-1', text: t('classification.class.negative') },
      ],
      onChange: (value) => on.change({ pointClass: Number(value) }),
    });
    controls.register('pointClass', this.pointClass.input);
    this.noise = slider('noise', {
      label: t('classification.noise'),
      testid: 'noise',
      min: 0,
      max: 0.5,
      step: 0.01,
      value: state.noise,
    });
    this.seed = el('input', {
      type: 'number',
      testid: 'seed',
      min: '0',
      step: '1',
      value: String(state.seed),
    });
    this.seed.addEventListener('change', () => on.change({ seed: Number(this.seed.value) }));
    controls.register('seed', this.seed);
    this.model = select('model', MODEL_NAMES, 'model');
    this.optimizer = select('optimizer', OPTIMIZER_NAMES, 'optimizer');
    this.learningRate = logRateSlider({
      label: t('classification.learningRate'),
      testid: 'learning-rate',
      range: LEARNING_RATE_RANGE,
      value: state.learningRate,
      onChange: (v) => on.change({ learningRate: v }),
    });
    controls.register('learningRate', this.learningRate.input);
    this.batch = slider('batchSize', {
      label: t('classification.batchSize'),
      testid: 'batch-size',
      min: 0,
      max: 64,
      step: 1,
      value: state.batchSize,
      whole: true,
      format: (v) => (v === 0 ? t('classification.fullBatch') : String(v)),
    });
    this.lambda = slider('lambda', {
      label: t('classification.lambda'),
      testid: 'lambda',
      min: 0,
      max: 1,
      step: 0.01,
      value: state.lambda,
      format: (v) => formatNumber(v, 3),
    });
    const speed = slider('speed', {
      label: t('classification.speed'),
      testid: 'speed',
      log: true,
      min: 1,
      max: 2000,
      value: state.speed,
      whole: true,
      format: (v) => String(Math.round(v)),
    });
    this.readouts = {};
    const readout = (key) => {
      const row = readoutRow(t(`classification.readout.${key}`), `readout-${key}`);
      this.readouts[key] = row.output;
      return row.element;
    };
    this.userControls = el('div', {}, [
      this.pointClass.element,
      el('p', { className: 'hint', text: t('classification.pointsHint') }),
    ]);
    this.generatorControls = el('div', {}, [this.noise.element]);
    this.trainerControls = el('div', {}, [
      this.optimizer.element,
      this.batch.element,
      this.lambda.element,
    ]);
    this.element = el('div', { className: 'panel' }, [
      el('p', { className: 'hint', text: t('classification.hint') }),
      this.dataset.element,
      this.generatorControls,
      el('label', { className: 'control' }, [
        el('span', { text: t('classification.seed') }),
        this.seed,
      ]),
      this.userControls,
      this.model.element,
      this.trainerControls,
      this.learningRate.element,
      speed.element,
      controls.runRow(),
      controls.message,
      controls.register('readouts', el('div', { className: 'readouts' }, READOUTS.map(readout))),
      ...controls.fileRows(),
    ]);
    this.sync(state);
  }

  sync(state) {
    this.dataset.input.value = state.dataset;
    this.model.input.value = state.model;
    this.optimizer.input.value = state.optimizer;
    this.pointClass.input.value = String(state.pointClass);
    this.seed.value = String(state.seed);
    this.learningRate.set(state.learningRate);
    this.lambda.set(state.lambda);
    this.userControls.hidden = state.dataset !== 'points';
    this.generatorControls.hidden = state.dataset === 'points';
    this.trainerControls.hidden = state.model === 'perceptron';
  }

  /**
   * @param {{ step: number, epoch: number, cost: number, accuracy: number, mistakes: number,
   *   weights: ArrayLike<number>, margin: string }} r
   */
  setReadouts(r) {
    const weights = Array.from(r.weights, (v) => formatNumber(v, 3)).join(', ');
    this.readouts.step.textContent = String(r.step);
    this.readouts.epoch.textContent = String(r.epoch);
    this.readouts.cost.textContent = formatNumber(r.cost, 5);
    this.readouts.accuracy.textContent = `${(100 * r.accuracy).toFixed(1)}%`;
    this.readouts.mistakes.textContent = String(r.mistakes);
    this.readouts.weights.textContent = `[${weights}]`;
    this.readouts.margin.textContent = r.margin;
  }
}
