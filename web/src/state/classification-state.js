// The Classification lab's state: its field table, and the trainer options a state asks for.
// Defaults, normalising, the URL round trip and the scenario conversion come from the table.
// Nothing here touches wasm or the DOM.
import { normalizeWithTable, tableDefaults } from './field-table.js';
import { readQuery, stateToQuery } from './field-url.js';
import { MAX_STEPS_FIELD, field } from './field-rows.js';

/**
 * @typedef {object} ClassificationState
 * @property {number} seed
 * @property {string} dataset          a binary 2-D generator name, or 'points'
 * @property {number} count            generated points
 * @property {number} noise            generator noise 0..0.5
 * @property {number[]} points         user points: flat [x0, y0, label0, ...], label ±1
 * @property {1 | -1} pointClass       class a click adds
 * @property {'perceptron'|'squared-hinge'|'hinge'|'logistic'} model
 * @property {string} optimizer        trainer optimizer (margin-loss models)
 * @property {number} learningRate
 * @property {number} batchSize        0: full batch; else mini-batch size
 * @property {string} sampling         how mini-batches are drawn (batchSize > 0)
 * @property {string} schedule         learning-rate schedule
 * @property {number} decay            factor of the step and exponential schedules
 * @property {number} period           steps per decay (cosine: steps to the floor)
 * @property {number} minRate          floor of the cosine schedule
 * @property {number} maxSteps         0: no limit
 * @property {number} parameterChangeTol ‖Δw‖ < tol stops (0: off)
 * @property {number} gradientTol      ‖∇C‖ < tol stops (0: off)
 * @property {number} lambda           L2 term (λ/2)‖w‖², bias not penalised
 * @property {number} speed            steps (perceptron: visits) per frame
 */

export const DATASET_NAMES = ['gauss', 'xor', 'circle', 'spiral', 'points'];
export const MODEL_NAMES = ['perceptron', 'squared-hinge', 'hinge', 'logistic'];
export const OPTIMIZER_NAMES = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];
export const SAMPLING_NAMES = ['without-replacement', 'with-replacement', 'in-order'];
export const SCHEDULE_NAMES = [
  'constant',
  'inverse-sqrt',
  'inverse',
  'step',
  'exponential',
  'cosine',
];
export const LEARNING_RATE_RANGE = Object.freeze({ min: 1e-4, max: 5 });
export const MAX_USER_POINTS = 300;
/** User points lie in the plot's square [−COORDINATE_LIMIT, COORDINATE_LIMIT]². */
const COORDINATE_LIMIT = 6;

/** A clicked point [x, y, label]: inside the plot, label ±1. */
function checkPoint([x, y, label]) {
  if (Math.abs(x) > COORDINATE_LIMIT || Math.abs(y) > COORDINATE_LIMIT) {
    return { error: `must lie in [−${COORDINATE_LIMIT}, ${COORDINATE_LIMIT}]²` };
  }
  if (label === 0) {
    return {
      point: [x, y, -1],
      note: 'label 0 is read as −1 (this lab labels ±1)',
      strictError: "must have the label 1 or −1 (0 is the Network lab's convention)",
    };
  }
  if (label !== 1 && label !== -1) return { error: 'must have the label 1 or −1' };
  return { point: [x, y, label] };
}

/** @type {{ lab: string, fields: object[] }} */
export const CLASSIFICATION_TABLE = {
  lab: 'classification',
  fields: [
    field('seed', 'integer', 1, 'seed', 'seed', 'drives generated data and sampling', {
      min: 0,
      max: 2 ** 31 - 1,
    }),
    field('dataset', 'choice', 'gauss', 'data', 'data.name', 'the data set', {
      choices: DATASET_NAMES,
    }),
    field('count', 'integer', 100, 'n', 'data.count', 'generated points', { min: 4, max: 1000 }),
    field('noise', 'number', 0.1, 'noise', 'data.noise', 'generator noise', { min: 0, max: 0.5 }),
    field('points', 'points', [], 'pts', 'data.points', 'clicked points of the points set', {
      stride: 3,
      pointText: 'x, y, label',
      maxPoints: MAX_USER_POINTS,
      urlSeparator: ':',
      checkPoint,
      pointDoc: `|x|, |y| ≤ ${COORDINATE_LIMIT}, label ±1`,
    }),
    field('pointClass', 'choice', 1, 'cls', 'view.pointClass', 'the class a click adds', {
      choices: [1, -1],
      numeric: true,
    }),
    field(
      'model',
      'choice',
      'squared-hinge',
      'model',
      'model.name',
      'the classifier and its loss',
      { choices: MODEL_NAMES },
    ),
    field(
      'optimizer',
      'choice',
      'sgd',
      'opt',
      'optimizer.name',
      'optimizer of the margin-loss models',
      { choices: OPTIMIZER_NAMES },
    ),
    field('learningRate', 'number', 0.02, 'lr', 'optimizer.learningRate', 'base rate C', {
      ...LEARNING_RATE_RANGE,
    }),
    field(
      'batchSize',
      'integer',
      0,
      'b',
      'sampling.batchSize',
      'mini-batch size (0: full batch, sampling.mode "full" in the file)',
      { min: 0, max: 1000 },
    ),
    field(
      'sampling',
      'choice',
      'without-replacement',
      'sampling',
      'sampling.mode',
      'how mini-batches are drawn',
      { choices: SAMPLING_NAMES },
    ),
    field('schedule', 'choice', 'constant', 'sched', 'schedule.name', 'learning-rate schedule', {
      choices: SCHEDULE_NAMES,
    }),
    field(
      'decay',
      'number',
      0.5,
      'decay',
      'schedule.decay',
      'factor of the step and exponential schedules',
      { min: 0.01, max: 0.999 },
    ),
    field(
      'period',
      'integer',
      100,
      'period',
      'schedule.period',
      'steps per decay (cosine: steps to the floor)',
      { min: 1, max: 100000 },
    ),
    field('minRate', 'number', 0, 'minRate', 'schedule.minRate', 'floor of the cosine schedule', {
      min: 0,
      max: 10,
    }),
    MAX_STEPS_FIELD,
    field(
      'parameterChangeTol',
      'number',
      0,
      'dwtol',
      'stop.parameterChangeTol',
      'stop when ‖w_{t+1} − w_t‖ < tol (0: off)',
      { min: 0, max: 1e3 },
    ),
    field('gradientTol', 'number', 0, 'gtol', 'stop.gradientTol', 'stop when ‖∇C‖ < tol (0: off)', {
      min: 0,
      max: 1e3,
    }),
    field(
      'lambda',
      'number',
      0,
      'lambda',
      'model.lambda',
      'L2 term (λ/2)‖w‖², bias not penalised',
      { min: 1e-5, max: 10, zeroOff: true },
    ),
    field('speed', 'integer', 5, 'speed', 'view.speed', 'steps (perceptron: visits) per frame', {
      min: 1,
      max: 2000,
    }),
  ],
};

/** @type {ClassificationState} */
export const CLASSIFICATION_DEFAULTS = Object.freeze(
  /** @type {ClassificationState} */ (tableDefaults(CLASSIFICATION_TABLE, undefined)),
);

/**
 * Returns a valid state built from `raw`, replacing anything invalid (lenient).
 * @param {Record<string, unknown>} raw
 * @returns {ClassificationState}
 */
export function normalizeClassificationState(raw) {
  const { state } = normalizeWithTable(CLASSIFICATION_TABLE, raw, undefined);
  return /** @type {ClassificationState} */ (state);
}

/** @param {ClassificationState} state */
export function classificationStateToQuery(state) {
  return stateToQuery(CLASSIFICATION_TABLE, state, undefined);
}

/**
 * Reads a state from a URL query, leniently, and says what it changed.
 * @param {URLSearchParams} params
 * @returns {{ state: ClassificationState, corrections: import('./field-table.js').Correction[] }}
 */
export function readClassificationQuery(params) {
  const { state, corrections } = readQuery(CLASSIFICATION_TABLE, params, undefined);
  return { state: /** @type {ClassificationState} */ (state), corrections };
}

/** @param {URLSearchParams} params @returns {ClassificationState} */
export function classificationStateFromQuery(params) {
  return readClassificationQuery(params).state;
}

/** Trainer options of a margin-loss model (names of TrainerOptions). */
export function classificationTrainerOptions(state, sampleCount) {
  const full = state.batchSize === 0 || state.batchSize >= sampleCount;
  return {
    learningRate: state.learningRate,
    optimizer: state.optimizer,
    schedule: state.schedule,
    decay: state.decay,
    period: state.period,
    minRate: state.minRate,
    sampling: full ? 'full' : state.sampling,
    batchSize: full ? sampleCount : state.batchSize,
    maxSteps: state.maxSteps,
    parameterChangeTol: state.parameterChangeTol,
    gradientTol: state.gradientTol,
    seed: state.seed,
    pathCapacity: 2048,
  };
}
