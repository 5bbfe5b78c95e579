// The Regression lab's state: one plain, serialisable object with defaults, validation and a URL
// round trip. Nothing here touches wasm or the DOM.
import {
  clamp, encodeFlatPoints, integerField as integer, numberField as number, oneOf, parseFlatPoints,
  readQueryFields, toNumber,
} from './query-fields.js';

/**
 * @typedef {object} RegressionState
 * @property {number} seed             drives generated data and SGD sampling
 * @property {'commute'|'sine'|'plane'|'points'|'csv'} data
 * @property {number} sineCount        training points of the sine set
 * @property {number} noise            noise of the sine set (std) or plane generator
 * @property {number[]} points         user points (1-D): flat [x0, y0, x1, y1, ...]
 * @property {string} csv              imported CSV text ('' when none)
 * @property {'gd'|'sgd'|'minibatch'} method
 * @property {number} batchSize        b of mini-batch SGD
 * @property {'without-replacement'|'with-replacement'} sampling
 * @property {'constant'|'inverse-sqrt'|'inverse'} schedule   η_t = C, C/√t, C/t
 * @property {number} learningRate     C
 * @property {number} stopTol          stop when ‖W_{t+1} − W_t‖ < tol (0: off)
 * @property {number} lambda           ridge λ
 * @property {number} degree           polynomial degree m (1-D data)
 * @property {number} weightI          valley x axis: weight index
 * @property {number} weightJ          valley y axis: weight index
 * @property {number} speed            steps per animation frame
 */

/** @type {RegressionState} */
export const REGRESSION_DEFAULTS = Object.freeze({
  seed: 4,
  data: 'commute',
  sineCount: 10,
  noise: 0.3,
  points: Object.freeze([]),
  csv: '',
  method: 'gd',
  batchSize: 2,
  sampling: 'without-replacement',
  schedule: 'constant',
  learningRate: 0.1,
  stopTol: 0,
  lambda: 0,
  degree: 3,
  weightI: 0,
  weightJ: 1,
  speed: 20,
});

/** The seed's mini-batch setup (004 §2.2): C = 0.06, b = 2, η_t = C/√t, stop at ‖ΔW‖ < 0.02. */
export const SEED_PRESET = Object.freeze({
  method: 'minibatch', batchSize: 2, schedule: 'inverse-sqrt', learningRate: 0.06, stopTol: 0.02,
  sampling: 'without-replacement', lambda: 0,
});

export const DATA_NAMES = ['commute', 'sine', 'plane', 'points', 'csv'];
export const METHOD_NAMES = ['gd', 'sgd', 'minibatch'];
export const SCHEDULE_NAMES = ['constant', 'inverse-sqrt', 'inverse'];
export const SAMPLING_NAMES = ['without-replacement', 'with-replacement'];
export const LEARNING_RATE_RANGE = Object.freeze({ min: 1e-4, max: 2 });
export const LAMBDA_RANGE = Object.freeze({ min: 1e-6, max: 100 });
export const MAX_DEGREE = 12;
export const MAX_POINTS = 200;
const MAX_CSV_LENGTH = 200000;

/**
 * Returns a valid state built from `raw`, replacing anything invalid by its default.
 * @param {Record<string, unknown>} raw
 * @returns {RegressionState}
 */
export function normalizeRegressionState(raw) {
  const d = REGRESSION_DEFAULTS;
  let points = raw.points;
  if (typeof points === 'string') points = parseFlatPoints(points);
  if (!Array.isArray(points)) points = [];
  points = points.map(toNumber);
  if (points.length % 2 !== 0 || !points.every(Number.isFinite)) points = [];
  points = points.slice(0, 2 * MAX_POINTS);
  const csv = typeof raw.csv === 'string' && raw.csv.length <= MAX_CSV_LENGTH ? raw.csv : '';
  const lambdaRaw = toNumber(raw.lambda);
  return {
    seed: integer(raw.seed, d.seed, 0, 2 ** 31 - 1),
    data: /** @type {any} */ (oneOf(raw.data, DATA_NAMES, d.data)),
    sineCount: integer(raw.sineCount, d.sineCount, 2, 200),
    noise: number(raw.noise, d.noise, 0, 2),
    points,
    csv,
    method: /** @type {any} */ (oneOf(raw.method, METHOD_NAMES, d.method)),
    batchSize: integer(raw.batchSize, d.batchSize, 1, 1000),
    sampling: /** @type {any} */ (oneOf(raw.sampling, SAMPLING_NAMES, d.sampling)),
    schedule: /** @type {any} */ (oneOf(raw.schedule, SCHEDULE_NAMES, d.schedule)),
    learningRate: number(raw.learningRate, d.learningRate, LEARNING_RATE_RANGE.min, LEARNING_RATE_RANGE.max),
    stopTol: number(raw.stopTol, d.stopTol, 0, 10),
    // λ = 0 is allowed (no ridge); otherwise inside the slider's log range.
    lambda: Number.isFinite(lambdaRaw) && lambdaRaw > 0 ? clamp(lambdaRaw, LAMBDA_RANGE.min, LAMBDA_RANGE.max) : 0,
    degree: integer(raw.degree, d.degree, 0, MAX_DEGREE),
    weightI: integer(raw.weightI, d.weightI, 0, 64),
    weightJ: integer(raw.weightJ, d.weightJ, 0, 64),
    speed: integer(raw.speed, d.speed, 1, 5000),
  };
}

const QUERY_KEYS = /** @type {const} */ ({
  seed: 'seed', data: 'data', sineCount: 'n', noise: 'noise', points: 'pts', csv: 'csv',
  method: 'method', batchSize: 'b', sampling: 'sampling', schedule: 'sched', learningRate: 'lr',
  stopTol: 'tol', lambda: 'lambda', degree: 'deg', weightI: 'wi', weightJ: 'wj', speed: 'speed',
});

// Longer CSV text is kept out of the URL (the scenario file carries it instead).
const MAX_URL_CSV = 1500;

/**
 * Writes the fields that differ from the defaults into query parameters.
 * @param {RegressionState} state
 */
export function regressionStateToQuery(state) {
  const params = new URLSearchParams();
  for (const [field, key] of Object.entries(QUERY_KEYS)) {
    const value = state[field];
    if (field === 'points') {
      if (value.length) params.set(key, encodeFlatPoints(value, 2));
      continue;
    }
    if (field === 'csv') {
      if (value && value.length <= MAX_URL_CSV) params.set(key, value);
      continue;
    }
    if (value === REGRESSION_DEFAULTS[field]) continue;
    params.set(key, String(value));
  }
  return params;
}

/** @param {URLSearchParams} params @returns {RegressionState} */
export function regressionStateFromQuery(params) {
  return normalizeRegressionState(readQueryFields(params, QUERY_KEYS));
}

/** The trainer options a state asks for (names of TrainerOptions). */
export function regressionTrainerOptions(state, sampleCount) {
  const full = state.method === 'gd';
  const batchSize = state.method === 'sgd' ? 1 : Math.min(state.batchSize, sampleCount);
  return {
    learningRate: state.learningRate,
    optimizer: 'sgd',
    schedule: state.schedule,
    sampling: full ? 'full' : state.sampling,
    batchSize: full ? sampleCount : batchSize,
    parameterChangeTol: state.stopTol,
    seed: state.seed,
    pathCapacity: 2048,
  };
}
