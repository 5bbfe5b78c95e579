// The Regression lab's state: its field table, and the trainer options a state asks for.
// Defaults, normalising, the URL round trip and the scenario conversion come from the table.
// Nothing here touches wasm or the DOM.
import { normalizeWithTable, tableDefaults } from './field-table.js';
import { readQuery, stateToQuery } from './field-url.js';
import { MAX_STEPS_FIELD, field } from './field-rows.js';

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
 * @property {number} maxSteps         stop after this many steps (0: off)
 * @property {number} lambda           ridge λ
 * @property {boolean} penalizeBias    ridge penalises the bias w₀ too (the seed's form)
 * @property {number} degree           polynomial degree m (1-D data)
 * @property {number} weightI          valley x axis: weight index
 * @property {number} weightJ          valley y axis: weight index
 * @property {number} speed            steps per animation frame
 */

/** The seed's mini-batch setup (004 §2.2): C = 0.06, b = 2, η_t = C/√t, stop at ‖ΔW‖ < 0.02. */
export const SEED_PRESET = Object.freeze({
  method: 'minibatch',
  batchSize: 2,
  schedule: 'inverse-sqrt',
  learningRate: 0.06,
  stopTol: 0.02,
  sampling: 'without-replacement',
  lambda: 0,
  penalizeBias: true,
});

export const DATA_NAMES = ['commute', 'sine', 'plane', 'points', 'csv'];
export const METHOD_NAMES = ['gd', 'sgd', 'minibatch'];
export const SCHEDULE_NAMES = ['constant', 'inverse-sqrt', 'inverse'];
export const SAMPLING_NAMES = ['without-replacement', 'with-replacement'];
export const LEARNING_RATE_RANGE = Object.freeze({ min: 1e-4, max: 2 });
export const LAMBDA_RANGE = Object.freeze({ min: 1e-6, max: 100 });
export const MAX_DEGREE = 12;
export const MAX_POINTS = 200;
/** The CSV parser's own bounds (cpp/core/data/csv_import.h: kMaxCsvRows, kMaxCsvColumns). */
export const CSV_MAX_ROWS = 100000;
export const CSV_MAX_COLUMNS = 64;
/**
 * The longest CSV text a state holds: the parser's rows × columns with every number written in
 * full (24 characters and a separator), so a file of numbers the parser accepts always fits.
 */
export const MAX_CSV_LENGTH = CSV_MAX_ROWS * CSV_MAX_COLUMNS * 25;
/**
 * CSV text up to this length travels in the URL; a longer text travels as a reference to its
 * content (`#sha256:…`), kept in the browser's storage, and in a scenario file.
 */
export const MAX_URL_CSV = 1500;

/** @type {{ lab: string, fields: object[] }} */
export const REGRESSION_TABLE = {
  lab: 'regression',
  fields: [
    field('seed', 'integer', 4, 'seed', 'seed', 'drives generated data and SGD sampling', {
      min: 0,
      max: 2 ** 31 - 1,
    }),
    field('data', 'choice', 'commute', 'data', 'data.name', 'the data set', {
      choices: DATA_NAMES,
    }),
    field('sineCount', 'integer', 10, 'n', 'data.sineCount', 'training points of the sine set', {
      min: 2,
      max: 200,
    }),
    field('noise', 'number', 0.3, 'noise', 'data.noise', 'noise of the sine and plane sets', {
      min: 0,
      max: 2,
    }),
    field('points', 'points', [], 'pts', 'data.points', 'user points of the points set', {
      stride: 2,
      pointText: 'x, y',
      maxPoints: MAX_POINTS,
      urlSeparator: ':',
    }),
    field('csv', 'text', '', 'csv', 'data.csv', 'imported CSV text (columns x1, …, y)', {
      maxLength: MAX_CSV_LENGTH,
      urlMaxLength: MAX_URL_CSV,
    }),
    field(
      'method',
      'choice',
      'gd',
      'method',
      'model.method',
      'full-batch descent, SGD (b = 1) or mini-batch SGD',
      { choices: METHOD_NAMES },
    ),
    field(
      'batchSize',
      'integer',
      2,
      'b',
      'model.miniBatchSize',
      'b of mini-batch SGD (the file also takes sampling.batchSize)',
      { min: 1, max: 1000 },
    ),
    field(
      'sampling',
      'choice',
      'without-replacement',
      'sampling',
      'sampling.mode',
      'how SGD draws its samples (gd: "full" in the file)',
      { choices: SAMPLING_NAMES },
    ),
    field('schedule', 'choice', 'constant', 'sched', 'schedule.name', 'η_t = C, C/√t, C/t', {
      choices: SCHEDULE_NAMES,
    }),
    field('learningRate', 'number', 0.1, 'lr', 'optimizer.learningRate', 'base rate C', {
      ...LEARNING_RATE_RANGE,
    }),
    field(
      'stopTol',
      'number',
      0,
      'tol',
      'stop.parameterChangeTol',
      'stop when ‖W_{t+1} − W_t‖ < tol (0: off)',
      { min: 0, max: 10 },
    ),
    MAX_STEPS_FIELD,
    field('lambda', 'number', 0, 'lambda', 'model.lambda', 'ridge strength λ (0: none)', {
      ...LAMBDA_RANGE,
      zeroOff: true,
    }),
    field(
      'penalizeBias',
      'boolean',
      true,
      'pbias',
      'model.penalizeBias',
      "ridge penalises the bias w₀ too (the seed's form); false: every weight but w₀",
    ),
    field(
      'degree',
      'integer',
      3,
      'deg',
      'model.degree',
      'degree m of the closed-form polynomial fit (1-D data)',
      { min: 0, max: MAX_DEGREE },
    ),
    field('weightI', 'integer', 0, 'wi', 'model.weightI', 'valley x axis: weight index', {
      min: 0,
      max: 64,
    }),
    field('weightJ', 'integer', 1, 'wj', 'model.weightJ', 'valley y axis: weight index', {
      min: 0,
      max: 64,
    }),
    field('speed', 'integer', 20, 'speed', 'view.speed', 'steps per animation frame', {
      min: 1,
      max: 5000,
    }),
  ],
};

/** @type {RegressionState} */
export const REGRESSION_DEFAULTS = Object.freeze(
  /** @type {RegressionState} */ (tableDefaults(REGRESSION_TABLE, undefined)),
);

/**
 * Returns a valid state built from `raw`, replacing anything invalid (lenient).
 * @param {Record<string, unknown>} raw
 * @returns {RegressionState}
 */
export function normalizeRegressionState(raw) {
  const { state } = normalizeWithTable(REGRESSION_TABLE, raw, undefined);
  return /** @type {RegressionState} */ (state);
}

/**
 * Writes the fields that differ from the defaults into query parameters.
 * @param {RegressionState} state
 */
export function regressionStateToQuery(state) {
  return stateToQuery(REGRESSION_TABLE, state, undefined);
}

/**
 * Reads a state from a URL query, leniently, and says what it changed.
 * @param {URLSearchParams} params
 * @returns {{ state: RegressionState, corrections: import('./field-table.js').Correction[] }}
 */
export function readRegressionQuery(params) {
  const { state, corrections } = readQuery(REGRESSION_TABLE, params, undefined);
  return { state: /** @type {RegressionState} */ (state), corrections };
}

/** @param {URLSearchParams} params @returns {RegressionState} */
export function regressionStateFromQuery(params) {
  return readRegressionQuery(params).state;
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
    maxSteps: state.maxSteps,
    seed: state.seed,
    pathCapacity: 2048,
  };
}
