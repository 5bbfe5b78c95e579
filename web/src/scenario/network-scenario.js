// The Network lab's scenario (docs/scenarios.md): lab state ⇄ plain JSON through the Network
// field table, and a headless run with the engine that gives the same numbers as the browser
// (both build the model with createNetworkModel from the same state).
import { scenarioFromFields, stateFromFields } from '../state/field-scenario.js';
import { quote } from '../state/field-values.js';
import { NETWORK_TABLE, createNetworkModel, networkNames } from '../state/network-state.js';
import {
  ENVELOPE_PATHS,
  MAX_RUN_EPOCHS,
  checkEnvelope,
  initialParams,
  runLength,
  scenarioOf,
} from './scenario-envelope.js';

export const lab = 'network';
const DEFAULT_RUN_STEPS = 1000;
/** The most steps one network scenario runs by steps. */
export const MAX_RUN_STEPS = 1e6;
const EXTRA_PATHS = [...ENVELOPE_PATHS, 'run', 'initial'];

/** The names the state is checked against, from the engine. */
export function namesFrom(engine) {
  return networkNames(engine);
}

/**
 * @param {import('../state/network-state.js').NetworkState} state
 * @returns {object} scenario (plain JSON)
 */
export function scenarioFromState(state) {
  const body = scenarioFromFields(NETWORK_TABLE, state);
  return scenarioOf(lab, { ...body, run: { steps: DEFAULT_RUN_STEPS } });
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What the file may leave out: the problem type (the generator's) and the weight seed (seed). */
function fillImplied(scenario, names) {
  const data = scenario.data ?? {};
  const model = scenario.model ?? {};
  for (const [name, part] of Object.entries({ data, model })) {
    if (!isObject(part)) throw new Error(`${name} must be an object (got ${quote(part)}).`);
  }
  if (data.features !== undefined) {
    throw new Error('data.features: features belong in model.features, not data.features.');
  }
  const filled = { ...scenario, data: { ...data }, model: { ...model } };
  if (data.problem === undefined && data.generator !== undefined) {
    const task = names.generators.find((g) => g.name === data.generator)?.task;
    const problem = { binary: 'classification', regression: 'regression' }[task] ?? task;
    if (problem !== undefined) filled.data.problem = problem;
  }
  if (model.weightSeed === undefined && scenario.seed !== undefined) {
    filled.model.weightSeed = scenario.seed;
  }
  return filled;
}

/**
 * Scenario → lab state. Throws an Error that names a bad field; fields left out take the lab's
 * defaults.
 * @param {any} scenario
 * @param {import('../state/network-state.js').NetworkNames} names networkNames(engine)
 */
export function stateFromScenario(scenario, names) {
  checkEnvelope(scenario, lab);
  if (!names || !Array.isArray(names.generators)) {
    throw new Error('stateFromScenario needs the names of the engine (namesFrom(engine)).');
  }
  return /** @type {import('../state/network-state.js').NetworkState} */ (
    stateFromFields(NETWORK_TABLE, fillImplied(scenario, names), names, { extraPaths: EXTRA_PATHS })
  );
}

/** The weights and biases of every layer, as nested lists. */
function layersOf(model) {
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
  return { layerSizes: sizes, layers };
}

/**
 * Runs a scenario headless and returns plain JSON (see the scenario contract). Deterministic;
 * disposes the model it makes.
 * @param {import('../engine/engine.js').Engine} engine
 * @param {any} scenario
 */
export function runScenario(engine, scenario) {
  const state = stateFromScenario(scenario, namesFrom(engine));
  const length = runLength(scenario, {
    steps: DEFAULT_RUN_STEPS,
    maxSteps: MAX_RUN_STEPS,
    maxEpochs: MAX_RUN_EPOCHS,
  });
  const model = createNetworkModel(engine, state);
  try {
    const initial = initialParams(scenario, model.params().length);
    if (initial) model.setParams(initial);
    if (length.epochs !== undefined) model.stepEpochs(length.epochs);
    else model.step(length.steps);
    const history = model.costHistory();
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
      accuracy:
        state.problem === 'regression'
          ? null
          : { train: model.accuracy(false), test: model.accuracy(true) },
      params: model.params(),
      network: layersOf(model),
    };
  } finally {
    model.dispose();
  }
}
