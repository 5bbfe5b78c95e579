// The Classification lab's state: one plain, serialisable object with defaults, validation and a
// URL round trip. Nothing here touches wasm or the DOM.
import {
  clamp, encodeFlatPoints, integerField as integer, numberField as number, oneOf, parseFlatPoints,
  readQueryFields, toNumber,
} from './query-fields.js';

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
 * @property {number} lambda           L2 term (λ/2)‖w‖², bias not penalised
 * @property {number} speed            steps (perceptron: visits) per frame
 */

/** @type {ClassificationState} */
export const CLASSIFICATION_DEFAULTS = Object.freeze({
  seed: 1,
  dataset: 'gauss',
  count: 100,
  noise: 0.1,
  points: Object.freeze([]),
  pointClass: 1,
  model: 'squared-hinge',
  optimizer: 'sgd',
  learningRate: 0.02,
  batchSize: 0,
  lambda: 0,
  speed: 5,
});

export const DATASET_NAMES = ['gauss', 'xor', 'circle', 'spiral', 'points'];
export const MODEL_NAMES = ['perceptron', 'squared-hinge', 'hinge', 'logistic'];
export const OPTIMIZER_NAMES = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];
export const LEARNING_RATE_RANGE = Object.freeze({ min: 1e-4, max: 5 });
export const MAX_USER_POINTS = 300;

/**
 * @param {Record<string, unknown>} raw
 * @returns {ClassificationState}
 */
export function normalizeClassificationState(raw) {
  const d = CLASSIFICATION_DEFAULTS;
  let points = raw.points;
  if (typeof points === 'string') points = parseFlatPoints(points);
  if (!Array.isArray(points)) points = [];
  points = points.map(toNumber);
  const valid = points.length % 3 === 0 && points.every(Number.isFinite) &&
    points.every((v, k) => (k % 3 === 2 ? v === 1 || v === -1 : Math.abs(v) <= 6));
  if (!valid) points = [];
  points = points.slice(0, 3 * MAX_USER_POINTS);
  const lambdaRaw = toNumber(raw.lambda);
  return {
    seed: integer(raw.seed, d.seed, 0, 2 ** 31 - 1),
    dataset: oneOf(raw.dataset, DATASET_NAMES, d.dataset),
    count: integer(raw.count, d.count, 4, 1000),
    noise: number(raw.noise, d.noise, 0, 0.5),
    points,
    pointClass: toNumber(raw.pointClass) === -1 ? -1 : 1,
    model: /** @type {any} */ (oneOf(raw.model, MODEL_NAMES, d.model)),
    optimizer: oneOf(raw.optimizer, OPTIMIZER_NAMES, d.optimizer),
    learningRate: number(raw.learningRate, d.learningRate, LEARNING_RATE_RANGE.min, LEARNING_RATE_RANGE.max),
    batchSize: integer(raw.batchSize, d.batchSize, 0, 1000),
    lambda: Number.isFinite(lambdaRaw) && lambdaRaw > 0 ? clamp(lambdaRaw, 1e-5, 10) : 0,
    speed: integer(raw.speed, d.speed, 1, 2000),
  };
}

const QUERY_KEYS = /** @type {const} */ ({
  seed: 'seed', dataset: 'data', count: 'n', noise: 'noise', points: 'pts', pointClass: 'cls',
  model: 'model', optimizer: 'opt', learningRate: 'lr', batchSize: 'b', lambda: 'lambda', speed: 'speed',
});

/** @param {ClassificationState} state */
export function classificationStateToQuery(state) {
  const params = new URLSearchParams();
  for (const [field, key] of Object.entries(QUERY_KEYS)) {
    const value = state[field];
    if (field === 'points') {
      if (value.length) params.set(key, encodeFlatPoints(value, 3));
      continue;
    }
    if (value === CLASSIFICATION_DEFAULTS[field]) continue;
    params.set(key, String(value));
  }
  return params;
}

/** @param {URLSearchParams} params */
export function classificationStateFromQuery(params) {
  return normalizeClassificationState(readQueryFields(params, QUERY_KEYS));
}

/** Trainer options of a margin-loss model (names of TrainerOptions). */
export function classificationTrainerOptions(state, sampleCount) {
  const full = state.batchSize === 0 || state.batchSize >= sampleCount;
  return {
    learningRate: state.learningRate,
    optimizer: state.optimizer,
    sampling: full ? 'full' : 'without-replacement',
    batchSize: full ? sampleCount : state.batchSize,
    seed: state.seed,
    pathCapacity: 2048,
  };
}
