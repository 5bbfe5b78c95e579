// The Network lab's scenario (docs: /work/briefs/scenario.md, web/src/scenario/scenario.js):
// lab state ↔ plain JSON, and a headless run with the engine that gives the same numbers as
// the browser (both build the model with createNetworkModel from the same state).
import {
  NETWORK_DEFAULTS, PROBLEMS, STATIC_NAMES, createNetworkModel, networkNames, normalizeNetworkState,
} from '../state/network-state.js';
import { SCENARIO_FORMAT, withEnvelope } from './scenario-envelope.js';

export const lab = 'network';

/**
 * @param {import('../state/network-state.js').NetworkState} state
 * @returns {object} scenario (plain JSON)
 */
export function scenarioFromState(state) {
  return withEnvelope(lab, {
    seed: state.seed,
    data: {
      problem: state.problem,
      generator: state.dataset,
      count: state.count,
      noise: state.noise,
      testFraction: state.testPercent / 100,
      points: state.points.map((p) => [...p]),
    },
    model: {
      features: [...state.features],
      hiddenSizes: [...state.hiddenSizes],
      hiddenActivation: state.hiddenActivation,
      outputActivation: state.outputActivation,
      cost: state.cost,
      regularization: state.regularization,
      regularizationRate: state.regularizationRate,
      init: state.init,
      initScale: state.initScale,
      weightSeed: state.weightSeed,
    },
    optimizer: {
      name: state.optimizer,
      learningRate: state.learningRate,
      momentum: state.momentum,
      beta1: state.beta1,
      beta2: state.beta2,
      epsilon: state.epsilon,
    },
    sampling: { mode: 'without-replacement', batchSize: state.batchSize },
    run: { steps: 1000 },
  });
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Scenario → lab state. Throws an Error with a readable message on bad fields; fields left out
 * take the lab's defaults.
 * @param {any} scenario
 * @param {import('../state/network-state.js').NetworkNames} [names] defaults to the core's tables
 */
export function stateFromScenario(scenario, names = STATIC_NAMES) {
  if (!isObject(scenario)) throw new Error('A scenario must be a JSON object.');
  if (scenario.format !== undefined && scenario.format !== SCENARIO_FORMAT) {
    throw new Error(`Not a Descent scenario (format is '${scenario.format}').`);
  }
  if (scenario.lab !== lab) throw new Error(`This scenario is for the '${scenario.lab}' lab, not the network lab.`);
  if (scenario.version !== undefined && scenario.version !== 1) {
    throw new Error(`Unsupported scenario version ${scenario.version} (this site reads version 1).`);
  }
  const data = scenario.data ?? {};
  const model = scenario.model ?? {};
  const optimizer = scenario.optimizer ?? {};
  const sampling = scenario.sampling ?? {};
  for (const [name, part] of Object.entries({ data, model, optimizer, sampling })) {
    if (!isObject(part)) throw new Error(`The scenario's "${name}" must be an object.`);
  }
  if (sampling.mode !== undefined && sampling.mode !== 'without-replacement') {
    throw new Error(`The network lab samples mini-batches without replacement (got sampling mode '${sampling.mode}').`);
  }
  const checks = [
    ['data.problem', data.problem, PROBLEMS],
    ['data.generator', data.generator, names.generators.map((g) => g.name)],
    ['model.hiddenActivation', model.hiddenActivation, names.hiddenActivations],
    ['model.outputActivation', model.outputActivation, names.outputActivations],
    ['model.cost', model.cost, names.costs],
    ['model.regularization', model.regularization, names.regularizations],
    ['model.init', model.init, names.inits],
    ['optimizer.name', optimizer.name, names.optimizers],
  ];
  for (const [field, value, choices] of checks) {
    if (value !== undefined && !choices.includes(value)) {
      throw new Error(`Unknown ${field} '${value}'. Choose one of: ${choices.join(', ')}.`);
    }
  }
  const numbers = {
    seed: scenario.seed, 'data.count': data.count, 'data.noise': data.noise, 'data.testFraction': data.testFraction,
    'model.regularizationRate': model.regularizationRate, 'model.initScale': model.initScale,
    'model.weightSeed': model.weightSeed, 'optimizer.learningRate': optimizer.learningRate,
    'sampling.batchSize': sampling.batchSize,
  };
  for (const [field, value] of Object.entries(numbers)) {
    if (value !== undefined && !Number.isFinite(value)) throw new Error(`${field} must be a number (got ${JSON.stringify(value)}).`);
  }
  if (data.testFraction !== undefined && !(data.testFraction >= 0.1 && data.testFraction <= 0.9)) {
    throw new Error(`data.testFraction must be between 0.1 and 0.9 (got ${data.testFraction}).`);
  }
  if (model.features !== undefined && (!Array.isArray(model.features) || model.features.length === 0)) {
    throw new Error('model.features must be a non-empty list such as ["x1", "x2"].');
  }
  if (model.hiddenSizes !== undefined && (!Array.isArray(model.hiddenSizes) || model.hiddenSizes.length > 8 ||
      !model.hiddenSizes.every((n) => Number.isInteger(n) && n >= 1 && n <= 16))) {
    throw new Error('model.hiddenSizes must list 0 to 8 layers of 1 to 16 neurons, e.g. [4, 2].');
  }
  // The generator decides the problem type when the scenario does not say.
  const task = names.generators.find((g) => g.name === data.generator)?.task;
  const problem = data.problem ?? (task === 'regression' ? 'regression' : task === 'multi-class' ? 'multi-class' : undefined);
  const raw = {
    problem,
    dataset: data.generator,
    noise: data.noise,
    count: data.count,
    testPercent: data.testFraction === undefined ? undefined : Math.round(data.testFraction * 100),
    seed: scenario.seed,
    weightSeed: model.weightSeed ?? scenario.seed,
    batchSize: sampling.batchSize,
    features: model.features,
    hiddenSizes: model.hiddenSizes,
    hiddenActivation: model.hiddenActivation,
    outputActivation: model.outputActivation,
    cost: model.cost,
    regularization: model.regularization,
    regularizationRate: model.regularizationRate,
    init: model.init,
    initScale: model.initScale,
    optimizer: optimizer.name,
    learningRate: optimizer.learningRate,
    momentum: optimizer.momentum,
    beta1: optimizer.beta1,
    beta2: optimizer.beta2,
    epsilon: optimizer.epsilon,
    points: data.points,
  };
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
  const state = normalizeNetworkState(raw, names);
  if (data.features !== undefined) throw new Error('Features belong in model.features, not data.features.');
  if (model.features !== undefined) {
    const unknown = model.features.filter((f) => !state.features.includes(f));
    if (unknown.length > 0) throw new Error(`Unknown model.features: ${unknown.join(', ')}.`);
  }
  return state;
}

/**
 * Runs a scenario headless and returns plain JSON (see the scenario contract). Deterministic;
 * disposes the model it makes.
 * @param {import('../engine/engine.js').Engine} engine
 * @param {any} scenario
 */
export function runScenario(engine, scenario) {
  const names = networkNames(engine);
  const state = stateFromScenario(scenario, names);
  const run = scenario.run ?? { steps: 1000 };
  const model = createNetworkModel(engine, state);
  try {
    if (Array.isArray(scenario.initial)) model.setParams(scenario.initial);
    if (run.epochs !== undefined) {
      if (!Number.isInteger(run.epochs) || run.epochs < 0 || run.epochs > 10000) {
        throw new Error('run.epochs must be a whole number from 0 to 10000.');
      }
      model.stepEpochs(run.epochs);
    } else {
      const steps = run.steps ?? 1000;
      if (!Number.isInteger(steps) || steps < 0 || steps > 1e6) throw new Error('run.steps must be a whole number from 0 to 1000000.');
      model.step(steps);
    }
    const history = model.costHistory();
    const sizes = model.layerSizes();
    const layers = [];
    for (let l = 1; l < sizes.length; l++) {
      const weights = [];
      const biases = [];
      for (let j = 0; j < sizes[l]; j++) {
        const row = [];
        for (let k = 0; k < sizes[l - 1]; k++) row.push(model.getWeight(l, j, k));
        weights.push(row);
        biases.push(model.getBias(l, j));
      }
      layers.push({ weights, biases });
    }
    return {
      lab,
      stopReason: model.state(),
      stopMessage: model.stopMessage(),
      steps: model.stepCount(),
      epochs: model.epoch(),
      cost: { steps: history.epochs, values: history.train, unit: 'epoch' },
      testCost: { steps: history.epochs, values: history.test },
      finalCost: model.trainCost(),
      finalTestCost: model.testCost(),
      accuracy: state.problem === 'regression' ? null : { train: model.accuracy(false), test: model.accuracy(true) },
      params: model.params(),
      network: { layerSizes: sizes, layers },
    };
  } finally {
    model.dispose();
  }
}

export { NETWORK_DEFAULTS };
