// The Classification lab's controls and readouts. It only reports changes; the lab decides.
import { buttonControl, el, formatNumber, selectControl, sliderControl } from '../controls.js';
import { fileInput } from '../shared/file-export.js';
import {
  DATASET_NAMES, LEARNING_RATE_RANGE, MODEL_NAMES, OPTIMIZER_NAMES,
} from '../../state/classification-state.js';

export class ClassificationPanel {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/classification-state.js').ClassificationState} state
   * @param {Record<string, () => void> & { change: (patch: object) => void, importScenario: (file: File) => void }} on
   */
  constructor(t, state, on) {
    this.t = t;
    const select = (field, testid, names, prefix) => selectControl({
      label: t(`classification.${field}`), testid, value: String(state[field]),
      options: names.map((name) => ({ value: String(name), text: t(`classification.${prefix}.${name}`) })),
      onChange: (value) => on.change({ [field]: value }),
    });
    this.dataset = select('dataset', 'dataset', DATASET_NAMES, 'dataset');
    this.pointClass = selectControl({
      label: t('classification.pointClass'), testid: 'point-class', value: String(state.pointClass),
      options: [{ value: '1', text: t('classification.class.positive') }, { value: '-1', text: t('classification.class.negative') }],
      onChange: (value) => on.change({ pointClass: Number(value) }),
    });
    this.noise = sliderControl({
      label: t('classification.noise'), testid: 'noise', min: 0, max: 0.5, step: 0.01, value: state.noise,
      onChange: (v) => on.change({ noise: v }),
    });
    this.seed = el('input', { type: 'number', testid: 'seed', min: '0', step: '1', value: String(state.seed) });
    this.seed.addEventListener('change', () => on.change({ seed: Number(this.seed.value) }));
    this.model = select('model', 'model', MODEL_NAMES, 'model');
    this.optimizer = select('optimizer', 'optimizer', OPTIMIZER_NAMES, 'optimizer');
    this.learningRate = sliderControl({
      label: t('classification.learningRate'), testid: 'learning-rate', log: true,
      min: LEARNING_RATE_RANGE.min, max: LEARNING_RATE_RANGE.max, value: state.learningRate,
      format: (v) => formatNumber(v, 3), onChange: (v) => on.change({ learningRate: v }),
    });
    this.batch = sliderControl({
      label: t('classification.batchSize'), testid: 'batch-size', min: 0, max: 64, step: 1, value: state.batchSize,
      format: (v) => (v === 0 ? t('classification.fullBatch') : String(v)), onChange: (v) => on.change({ batchSize: Math.round(v) }),
    });
    this.lambda = sliderControl({
      label: t('classification.lambda'), testid: 'lambda', min: 0, max: 1, step: 0.01, value: state.lambda,
      format: (v) => formatNumber(v, 3), onChange: (v) => on.change({ lambda: v }),
    });
    const speed = sliderControl({
      label: t('classification.speed'), testid: 'speed', log: true, min: 1, max: 2000, value: state.speed,
      format: (v) => String(Math.round(v)), onChange: (v) => on.change({ speed: Math.round(v) }),
    });
    this.playButton = buttonControl({ text: t('classification.play'), testid: 'play', onClick: on.play, className: 'primary' });
    const importInput = fileInput({ accept: '.json,application/json', testid: 'import-file', hidden: true }, on.importScenario);
    this.message = el('p', { className: 'message', testid: 'message', role: 'status' });
    this.readouts = {};
    const readout = (key, testid) => {
      this.readouts[key] = el('output', { testid: `readout-${testid}` });
      return el('div', { className: 'readout' }, [el('span', { text: t(`classification.readout.${key}`) }), this.readouts[key]]);
    };
    this.userControls = el('div', {}, [this.pointClass.element, el('p', { className: 'hint', text: t('classification.pointsHint') })]);
    this.generatorControls = el('div', {}, [this.noise.element]);
    this.trainerControls = el('div', {}, [this.optimizer.element, this.batch.element, this.lambda.element]);
    this.element = el('div', { className: 'panel' }, [
      el('p', { className: 'hint', text: t('classification.hint') }),
      this.dataset.element, this.generatorControls,
      el('label', { className: 'control' }, [el('span', { text: t('classification.seed') }), this.seed]),
      this.userControls,
      this.model.element, this.trainerControls, this.learningRate.element, speed.element,
      el('div', { className: 'buttons' }, [
        this.playButton,
        buttonControl({ text: t('classification.step'), testid: 'step', onClick: on.step }),
        buttonControl({ text: t('classification.reset'), testid: 'reset', onClick: on.reset }),
      ]),
      this.message,
      el('div', { className: 'readouts' }, [
        readout('step', 'step'), readout('epoch', 'epoch'), readout('cost', 'cost'), readout('accuracy', 'accuracy'),
        readout('mistakes', 'mistakes'), readout('weights', 'weights'), readout('margin', 'margin'),
      ]),
      el('div', { className: 'buttons' }, [
        buttonControl({ text: t('classification.export'), testid: 'export-scenario', onClick: on.exportScenario }),
        buttonControl({ text: t('classification.import'), testid: 'import-scenario', onClick: () => importInput.click() }),
        importInput,
      ]),
      el('div', { className: 'buttons' }, [
        buttonControl({ text: t('classification.exportPng'), testid: 'export-png', onClick: on.exportPng }),
        buttonControl({ text: t('classification.exportCsv'), testid: 'export-csv', onClick: on.exportCsv }),
      ]),
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

  setPlaying(playing) {
    this.playButton.textContent = this.t(playing ? 'classification.pause' : 'classification.play');
  }

  setMessage(text, kind = 'info') {
    this.message.textContent = text;
    this.message.dataset.kind = kind;
  }

  /** @param {{ step: number, epoch: number, cost: number, accuracy: number, mistakes: number, weights: ArrayLike<number>, margin: string }} r */
  setReadouts(r) {
    this.readouts.step.textContent = String(r.step);
    this.readouts.epoch.textContent = String(r.epoch);
    this.readouts.cost.textContent = formatNumber(r.cost, 5);
    this.readouts.accuracy.textContent = `${(100 * r.accuracy).toFixed(1)}%`;
    this.readouts.mistakes.textContent = String(r.mistakes);
    this.readouts.weights.textContent = `[${Array.from(r.weights, (v) => formatNumber(v, 3)).join(', ')}]`;
    this.readouts.margin.textContent = r.margin;
  }
}
