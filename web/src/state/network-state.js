// The Network lab's state: one plain, serialisable object with defaults, validation and a URL
// round trip. Nothing here touches wasm or the DOM. Every setting that changes the numbers is
// here (seeds included), so a URL reproduces the same run.
import { flag, integerField as integer, numberField as number, readQueryFields } from './query-fields.js';

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

export const FEATURES = Object.freeze(['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)']);
export const PROBLEMS = Object.freeze(['classification', 'regression', 'multi-class']);
export const MAX_LAYERS = 8;
export const MAX_NEURONS = 16;
export const LEARNING_RATES = Object.freeze([0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]);
export const REGULARIZATION_RATES = Object.freeze([0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]);
export const LAYER_METRICS = Object.freeze(['delta', 'gradient', 'ratio']);

/** @type {NetworkState} */
export const NETWORK_DEFAULTS = Object.freeze({
  problem: 'classification',
  dataset: 'circle',
  noise: 0,
  count: 300,
  testPercent: 50,
  seed: 1,
  weightSeed: 1,
  batchSize: 10,
  features: ['x1', 'x2'],
  hiddenSizes: [4, 2],
  hiddenActivation: 'tanh',
  outputActivation: 'tanh',
  cost: 'half-squared',
  regularization: 'none',
  regularizationRate: 0,
  init: 'xavier',
  initScale: 0.5,
  optimizer: 'sgd',
  learningRate: 0.03,
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
  speed: 1,
  showTest: false,
  discretize: false,
  layerMetric: 'delta',
  points: [],
});

/** The task of each problem type, as engine.generators() names it. */
export const PROBLEM_TASK = Object.freeze({ classification: 'binary', regression: 'regression', 'multi-class': 'multi-class' });

/** Output activation and cost that suit a problem type (used when the problem changes). */
export const PROBLEM_DEFAULTS = Object.freeze({
  classification: { outputActivation: 'tanh', cost: 'half-squared' },
  regression: { outputActivation: 'linear', cost: 'half-squared' },
  'multi-class': { outputActivation: 'softmax', cost: 'categorical-cross-entropy' },
});


/**
 * @typedef {object} NetworkNames the names the core knows
 * @property {{ name: string, task: string }[]} generators
 * @property {string[]} hiddenActivations
 * @property {string[]} outputActivations
 * @property {string[]} costs
 * @property {string[]} regularizations
 * @property {string[]} inits
 * @property {string[]} optimizers
 */

/**
 * Returns a valid state built from `raw`, replacing anything invalid by its default. Choices
 * the core may still refuse together (e.g. softmax with one output) are left to the core,
 * which answers with a readable message.
 * @param {Record<string, unknown>} raw
 * @param {NetworkNames} names
 * @returns {NetworkState}
 */
export function normalizeNetworkState(raw, names) {
  const d = NETWORK_DEFAULTS;
  const pick = (value, list, fallback) => (typeof value === 'string' && list.includes(value) ? value : fallback);
  const list = (value) =>
    Array.isArray(value) ? value : typeof value === 'string' ? (value === '' ? [] : value.split(',')) : null;

  const problem = pick(raw.problem, PROBLEMS, d.problem);
  const task = PROBLEM_TASK[problem];
  const datasets = names.generators.filter((g) => g.task === task).map((g) => g.name);
  const dataset = pick(raw.dataset, datasets, datasets[0] ?? d.dataset);

  let features = list(raw.features);
  features = features ? FEATURES.filter((f) => features.includes(f)) : [...d.features];
  if (features.length === 0) features = [...d.features];

  let hiddenSizes = list(raw.hiddenSizes);
  hiddenSizes = hiddenSizes
    ? hiddenSizes.slice(0, MAX_LAYERS).map((v) => integer(v, 4, 1, MAX_NEURONS))
    : [...d.hiddenSizes];

  const points = [];
  const rawPoints = Array.isArray(raw.points) ? raw.points : typeof raw.points === 'string' ? parsePoints(raw.points) : [];
  for (const p of rawPoints) {
    if (!Array.isArray(p) || p.length !== 3) continue;
    const [x, y, label] = p.map(Number);
    if ([x, y, label].every(Number.isFinite) && Math.abs(x) <= 6 && Math.abs(y) <= 6) points.push([x, y, label]);
    if (points.length >= 500) break;
  }

  return {
    problem,
    dataset,
    noise: number(raw.noise, d.noise, 0, 0.5),
    count: integer(raw.count, d.count, 20, 2000),
    testPercent: integer(raw.testPercent, d.testPercent, 10, 90),
    seed: integer(raw.seed, d.seed, 0, 2 ** 31),
    weightSeed: integer(raw.weightSeed, d.weightSeed, 0, 2 ** 31),
    batchSize: integer(raw.batchSize, d.batchSize, 1, 1000),
    features,
    hiddenSizes,
    hiddenActivation: pick(raw.hiddenActivation, names.hiddenActivations, d.hiddenActivation),
    outputActivation: pick(raw.outputActivation, names.outputActivations, PROBLEM_DEFAULTS[problem].outputActivation),
    cost: pick(raw.cost, names.costs, PROBLEM_DEFAULTS[problem].cost),
    regularization: pick(raw.regularization, names.regularizations, d.regularization),
    regularizationRate: number(raw.regularizationRate, d.regularizationRate, 0, 10),
    init: pick(raw.init, names.inits, d.init),
    initScale: number(raw.initScale, d.initScale, 1e-4, 10),
    optimizer: pick(raw.optimizer, names.optimizers, d.optimizer),
    learningRate: number(raw.learningRate, d.learningRate, 1e-6, 10),
    momentum: number(raw.momentum, d.momentum, 0, 0.999),
    beta1: number(raw.beta1, d.beta1, 0, 0.9999),
    beta2: number(raw.beta2, d.beta2, 0, 0.99999),
    epsilon: number(raw.epsilon, d.epsilon, 1e-12, 1),
    speed: integer(raw.speed, d.speed, 1, 200),
    showTest: flag(raw.showTest, d.showTest),
    discretize: flag(raw.discretize, d.discretize),
    layerMetric: pick(raw.layerMetric, LAYER_METRICS, d.layerMetric),
    points,
  };
}

function parsePoints(text) {
  return text
    .split(';')
    .filter(Boolean)
    .map((p) => p.split(',').map(Number));
}

const QUERY_KEYS = /** @type {const} */ ({
  problem: 'problem',
  dataset: 'data',
  noise: 'noise',
  count: 'n',
  testPercent: 'test',
  seed: 'seed',
  weightSeed: 'wseed',
  batchSize: 'batch',
  features: 'features',
  hiddenSizes: 'layers',
  hiddenActivation: 'act',
  outputActivation: 'out',
  cost: 'cost',
  regularization: 'reg',
  regularizationRate: 'regRate',
  init: 'init',
  initScale: 'initScale',
  optimizer: 'opt',
  learningRate: 'lr',
  momentum: 'mom',
  beta1: 'b1',
  beta2: 'b2',
  epsilon: 'eps',
  speed: 'speed',
  showTest: 'showTest',
  discretize: 'discrete',
  layerMetric: 'metric',
  points: 'pts',
});

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes the fields that differ from the defaults into query parameters.
 * @param {NetworkState} state
 * @returns {URLSearchParams}
 */
export function networkStateToQuery(state) {
  const params = new URLSearchParams();
  const problemDefaults = PROBLEM_DEFAULTS[state.problem];
  for (const [field, key] of Object.entries(QUERY_KEYS)) {
    const value = state[field];
    const fallback = field in problemDefaults ? problemDefaults[field] : NETWORK_DEFAULTS[field];
    if (same(value, fallback) && field !== 'hiddenSizes' && field !== 'dataset') continue;
    if (field === 'points') params.set(key, value.map((p) => p.join(',')).join(';'));
    else if (Array.isArray(value)) params.set(key, value.join(','));
    else params.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return params;
}

/**
 * @param {URLSearchParams} params
 * @param {NetworkNames} names
 * @returns {NetworkState}
 */
export function networkStateFromQuery(params, names) {
  return normalizeNetworkState(readQueryFields(params, QUERY_KEYS), names);
}

/**
 * The core's name tables (cpp/core/net/*.h, optim/optimizer.h, data/generators_2d.h), for
 * checking a scenario where no engine is at hand; networkNames(engine) gives the live ones.
 * @type {NetworkNames}
 */
export const STATIC_NAMES = Object.freeze({
  generators: [
    { name: 'circle', task: 'binary' }, { name: 'xor', task: 'binary' }, { name: 'gauss', task: 'binary' },
    { name: 'spiral', task: 'binary' }, { name: 'plane', task: 'regression' },
    { name: 'multi-gauss', task: 'regression' }, { name: 'three-class', task: 'multi-class' },
    { name: 'blobs', task: 'multi-class' },
  ],
  hiddenActivations: ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear', 'softplus'],
  outputActivations: ['linear', 'sigmoid', 'tanh', 'softmax'],
  costs: ['half-squared', 'binary-cross-entropy', 'categorical-cross-entropy'],
  regularizations: ['none', 'l1', 'l2'],
  inits: ['uniform', 'normal', 'xavier', 'he', 'zeros'],
  optimizers: ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'rprop'],
});

/** The names the state is checked against, from the engine. */
export function networkNames(engine) {
  return { ...engine.networkNames(), generators: engine.generators(), optimizers: engine.optimizerNames() };
}

/** Arguments of engine.createNetwork for a state: [network, data, trainer]. */
export function networkArguments(state) {
  return [
    {
      features: state.features,
      hiddenSizes: state.hiddenSizes,
      hiddenActivation: state.hiddenActivation,
      outputActivation: state.outputActivation,
      cost: state.cost,
      regularization: state.regularization,
      regularizationRate: state.regularizationRate,
      init: state.init,
      initScale: state.initScale,
      seed: state.weightSeed,
    },
    {
      dataset: state.dataset,
      count: state.count,
      noise: state.noise,
      seed: state.seed,
      testFraction: state.testPercent / 100,
    },
    {
      optimizer: state.optimizer,
      learningRate: state.learningRate,
      momentum: state.momentum,
      beta1: state.beta1,
      beta2: state.beta2,
      epsilon: state.epsilon,
      sampling: 'without-replacement',
      batchSize: state.batchSize,
      seed: state.seed,
      // Chart-sized histories: a run of any length keeps at most this many points per series.
      historyCapacity: 512,
    },
  ];
}

/** Creates the model of a state, with the state's added points. Throws readable Errors. */
export function createNetworkModel(engine, state) {
  const model = engine.createNetwork(...networkArguments(state));
  try {
    for (const [x, y, label] of state.points) model.addPoint(x, y, label);
    if (state.points.length > 0) model.reset();
  } catch (error) {
    model.dispose();
    throw error;
  }
  return model;
}
