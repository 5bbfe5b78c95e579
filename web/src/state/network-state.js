// The Network lab's state: its field table and what is truly the Network's (defaults that follow
// the problem type, the label of a clicked point, the engine's arguments). Every setting that
// changes the numbers is here (seeds included), so a URL reproduces the same run. The names
// (generators, activations, costs, …) come from the engine: networkNames(engine).
// This module never calls the engine itself, except through the functions handed an engine.
import { normalizeWithTable, tableDefaults } from './field-table.js';
import { readQuery, stateToQuery } from './field-url.js';
import { field } from './field-rows.js';

export { createNetworkModel, networkArguments } from './network-engine-args.js';

/**
 * @typedef {object} NetworkState
 * @property {'classification' | 'regression' | 'multi-class'} problem
 * @property {string} dataset        generator name (engine.generators())
 * @property {number} noise          0..0.5
 * @property {number} count          points in all (train + test)
 * @property {number} testPercent    share of the points held out for testing, 10..90
 * @property {number} seed           data and mini-batch order
 * @property {number} weightSeed     initial weights
 * @property {number} batchSize
 * @property {string} sampling       how mini-batches are drawn (engine.samplingNames())
 * @property {string[]} features     input features (layer 0)
 * @property {number[]} hiddenSizes  0..8 layers of 1..16 neurons
 * @property {string} hiddenActivation
 * @property {string} outputActivation
 * @property {string} cost
 * @property {string} regularization
 * @property {number} regularizationRate
 * @property {string} init
 * @property {number} initScale
 * @property {string} optimizer
 * @property {number} learningRate
 * @property {number} momentum
 * @property {number} beta1
 * @property {number} beta2
 * @property {number} epsilon
 * @property {number} speed          training steps (mini-batches) per animation frame
 * @property {boolean} showTest
 * @property {boolean} discretize
 * @property {'delta' | 'gradient' | 'ratio'} layerMetric
 * @property {number[][]} points     points added by clicks: [x, y, label]
 */

/**
 * @typedef {object} NetworkNames the names the core knows (networkNames(engine))
 * @property {{ name: string, task: string }[]} generators
 * @property {string[]} features
 * @property {string[]} hiddenActivations
 * @property {string[]} outputActivations
 * @property {string[]} costs
 * @property {string[]} regularizations
 * @property {string[]} inits
 * @property {string[]} optimizers
 * @property {string[]} samplings
 */

/** The input features in the controls' order (the core's names: networkNames(engine).features). */
export const FEATURES = Object.freeze(['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)']);
export const PROBLEMS = Object.freeze(['classification', 'regression', 'multi-class']);
export const MAX_LAYERS = 8;
export const MAX_NEURONS = 16;
export const MAX_POINTS = 500;
export const LEARNING_RATES = Object.freeze([
  0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10,
]);
export const REGULARIZATION_RATES = Object.freeze([
  0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10,
]);
export const LAYER_METRICS = Object.freeze(['delta', 'gradient', 'ratio']);
/** Clicked points lie in the plot's square [−COORDINATE_LIMIT, COORDINATE_LIMIT]². */
const COORDINATE_LIMIT = 6;

/** The task of each problem type, as engine.generators() names it. */
export const PROBLEM_TASK = Object.freeze({
  classification: 'binary',
  regression: 'regression',
  'multi-class': 'multi-class',
});

/** Output activation and cost that suit a problem type (used when the problem changes). */
export const PROBLEM_DEFAULTS = Object.freeze({
  classification: { outputActivation: 'tanh', cost: 'half-squared' },
  regression: { outputActivation: 'linear', cost: 'half-squared' },
  'multi-class': { outputActivation: 'softmax', cost: 'categorical-cross-entropy' },
});

/** The generators of the state's problem type. */
const datasetsOf = (names, state) =>
  (names?.generators ?? [])
    .filter((g) => g.task === PROBLEM_TASK[state.problem])
    .map((g) => g.name);
const problemDefault = (key) => (state) => PROBLEM_DEFAULTS[state.problem ?? 'classification'][key];

/** A clicked point [x, y, label], its label read for the problem type. */
function checkPoint([x, y, label], state) {
  if (Math.abs(x) > COORDINATE_LIMIT || Math.abs(y) > COORDINATE_LIMIT) {
    return { error: `must lie in [−${COORDINATE_LIMIT}, ${COORDINATE_LIMIT}]²` };
  }
  if (state.problem === 'classification') {
    // −1 is the Classification lab's convention for the second class; here it is 0.
    if (label === -1) {
      return {
        point: [x, y, 0],
        note: 'label −1 is read as 0 (classes are 0 and 1)',
        strictError: "must have the label 0 or 1 (−1 is the Classification lab's convention)",
      };
    }
    if (label !== 0 && label !== 1) return { error: 'must have the label 0 or 1' };
  } else if (state.problem === 'multi-class' && !(Number.isInteger(label) && label >= 0)) {
    return { error: 'must have a class number 0, 1, 2, …' };
  }
  return { point: [x, y, label] };
}

const fromNames = (list) => (names) => names?.[list] ?? [];
const engineList = (call) => `the engine's names (engine.${call})`;

/** @type {{ lab: string, fields: object[] }} */
export const NETWORK_TABLE = {
  lab: 'network',
  fields: [
    field(
      'problem',
      'choice',
      'classification',
      'problem',
      'data.problem',
      'the problem type (the file may leave it to the generator)',
      { choices: PROBLEMS },
    ),
    field(
      'dataset',
      'choice',
      (state, names) => datasetsOf(names, state)[0] ?? 'circle',
      'data',
      'data.generator',
      'the 2-D data generator of the problem type',
      {
        choices: (names, state) => datasetsOf(names, state),
        alwaysInUrl: true,
        defaultDoc: 'the first of the problem type',
        rangeDoc: engineList('generators()'),
      },
    ),
    field('noise', 'number', 0, 'noise', 'data.noise', 'generator noise', { min: 0, max: 0.5 }),
    field('count', 'integer', 300, 'n', 'data.count', 'points in all (train + test)', {
      min: 20,
      max: 2000,
    }),
    field(
      'testPercent',
      'integer',
      50,
      'test',
      'data.testFraction',
      'share of the points held out for testing (percent; the file gives a fraction)',
      { min: 10, max: 90, scale: 0.01 },
    ),
    field('seed', 'integer', 1, 'seed', 'seed', 'data and mini-batch order', {
      min: 0,
      max: 2 ** 31,
    }),
    field(
      'weightSeed',
      'integer',
      1,
      'wseed',
      'model.weightSeed',
      'initial weights (the file defaults it to seed)',
      { min: 0, max: 2 ** 31 },
    ),
    field('batchSize', 'integer', 10, 'batch', 'sampling.batchSize', 'mini-batch size', {
      min: 1,
      max: 1000,
    }),
    field(
      'sampling',
      'choice',
      'without-replacement',
      'sampling',
      'sampling.mode',
      'how mini-batches are drawn',
      { choices: fromNames('samplings'), rangeDoc: engineList('samplingNames()') },
    ),
    field('features', 'list', ['x1', 'x2'], 'features', 'model.features', 'input features', {
      item: { choices: true },
      choices: fromNames('features'),
      minLength: 1,
      maxLength: 7,
    }),
    field(
      'hiddenSizes',
      'list',
      [4, 2],
      'layers',
      'model.hiddenSizes',
      'neurons per hidden layer',
      {
        item: { type: 'integer', min: 1, max: MAX_NEURONS },
        minLength: 0,
        maxLength: MAX_LAYERS,
        alwaysInUrl: true,
      },
    ),
    field(
      'hiddenActivation',
      'choice',
      'tanh',
      'act',
      'model.hiddenActivation',
      'activation of the hidden layers',
      { choices: fromNames('hiddenActivations') },
    ),
    field(
      'outputActivation',
      'choice',
      problemDefault('outputActivation'),
      'out',
      'model.outputActivation',
      'activation of the output layer',
      { choices: fromNames('outputActivations'), defaultDoc: 'by problem: tanh, linear, softmax' },
    ),
    field('cost', 'choice', problemDefault('cost'), 'cost', 'model.cost', 'the cost function', {
      choices: fromNames('costs'),
      defaultDoc: 'by problem: half-squared (multi-class: categorical-cross-entropy)',
    }),
    field('regularization', 'choice', 'none', 'reg', 'model.regularization', 'weight penalty', {
      choices: fromNames('regularizations'),
    }),
    field(
      'regularizationRate',
      'number',
      0,
      'regRate',
      'model.regularizationRate',
      'strength of the penalty',
      { min: 0, max: 10 },
    ),
    field('init', 'choice', 'xavier', 'init', 'model.init', 'initialisation of the weights', {
      choices: fromNames('inits'),
    }),
    field(
      'initScale',
      'number',
      0.5,
      'initScale',
      'model.initScale',
      'scale of the uniform and normal initialisations',
      { min: 1e-4, max: 10 },
    ),
    field('optimizer', 'choice', 'sgd', 'opt', 'optimizer.name', 'the optimizer', {
      choices: fromNames('optimizers'),
    }),
    field('learningRate', 'number', 0.03, 'lr', 'optimizer.learningRate', 'learning rate η', {
      min: 1e-6,
      max: 10,
    }),
    field('momentum', 'number', 0.9, 'mom', 'optimizer.momentum', 'μ of momentum and Nesterov', {
      min: 0,
      max: 0.999,
    }),
    field('beta1', 'number', 0.9, 'b1', 'optimizer.beta1', "Adam's β1", { min: 0, max: 0.9999 }),
    field('beta2', 'number', 0.999, 'b2', 'optimizer.beta2', "Adam's β2; RMSProp's ρ", {
      min: 0,
      max: 0.99999,
    }),
    field('epsilon', 'number', 1e-8, 'eps', 'optimizer.epsilon', 'ε of AdaGrad, RMSProp, Adam', {
      min: 1e-12,
      max: 1,
    }),
    field('speed', 'integer', 1, 'speed', 'view.speed', 'training steps per animation frame', {
      min: 1,
      max: 200,
    }),
    field('showTest', 'boolean', false, 'showTest', 'view.showTest', 'show the test points'),
    field(
      'discretize',
      'boolean',
      false,
      'discrete',
      'view.discretize',
      'show the output as classes',
    ),
    field(
      'layerMetric',
      'choice',
      'delta',
      'metric',
      'view.layerMetric',
      'what the layer chart shows',
      { choices: LAYER_METRICS },
    ),
    field('points', 'points', [], 'pts', 'data.points', 'points added by clicks', {
      stride: 3,
      pointText: 'x, y, label',
      nested: true,
      maxPoints: MAX_POINTS,
      urlSeparator: ',',
      checkPoint,
      pointDoc: `|x|, |y| ≤ ${COORDINATE_LIMIT}; label 0/1, a class number or a target`,
    }),
  ],
};

/** @type {NetworkState} */
export const NETWORK_DEFAULTS = Object.freeze(
  /** @type {NetworkState} */ (tableDefaults(NETWORK_TABLE, undefined)),
);

/** The names the state is checked against, from the engine. @returns {NetworkNames} */
export function networkNames(engine) {
  return {
    ...engine.networkNames(),
    generators: engine.generators(),
    optimizers: engine.optimizerNames(),
    samplings: engine.samplingNames(),
  };
}

/**
 * Returns a valid state built from `raw`, replacing anything invalid (lenient). Choices the
 * core may still refuse together (e.g. softmax with one output) are left to the core, which
 * answers with a readable message.
 * @param {Record<string, unknown>} raw
 * @param {NetworkNames} names
 * @returns {NetworkState}
 */
export function normalizeNetworkState(raw, names) {
  return /** @type {NetworkState} */ (normalizeWithTable(NETWORK_TABLE, raw, names).state);
}

/**
 * Writes the fields that differ from the defaults into query parameters.
 * @param {NetworkState} state
 * @returns {URLSearchParams}
 */
export function networkStateToQuery(state) {
  return stateToQuery(NETWORK_TABLE, state, undefined);
}

/**
 * Reads a state from a URL query, leniently, and says what it changed.
 * @param {URLSearchParams} params
 * @param {NetworkNames} names
 * @returns {{ state: NetworkState, corrections: import('./field-table.js').Correction[] }}
 */
export function readNetworkQuery(params, names) {
  const { state, corrections } = readQuery(NETWORK_TABLE, params, names);
  return { state: /** @type {NetworkState} */ (state), corrections };
}

/**
 * @param {URLSearchParams} params
 * @param {NetworkNames} names
 * @returns {NetworkState}
 */
export function networkStateFromQuery(params, names) {
  return readNetworkQuery(params, names).state;
}
