// The Regression lab as a scenario: state ⇄ scenario JSON through the Regression field table,
// and a headless run with the engine that the page and the runner share.
import { buildRegressionData, firstColumn } from '../labs/regression/regression-data.js';
import { scenarioFromFields, stateFromFields } from '../state/field-scenario.js';
import { quote, refusal } from '../state/field-values.js';
import { REGRESSION_TABLE, regressionTrainerOptions } from '../state/regression-state.js';
import {
  ENVELOPE_PATHS,
  MAX_RUN_EPOCHS,
  checkEnvelope,
  initialParams,
  runLength,
  scenarioOf,
  stepEpochs,
} from './scenario-envelope.js';

export const lab = 'regression';
const DEFAULT_RUN_STEPS = 5000;
/** The most steps one regression scenario runs (by steps, or what its epochs come to). */
export const MAX_RUN_STEPS = 1e7;
const EXTRA_PATHS = [...ENVELOPE_PATHS, 'optimizer.name', 'sampling.batchSize', 'run', 'initial'];

/** The Regression lab's names are its own menus: nothing comes from the engine. */
export function namesFrom() {
  return undefined;
}

/** @param {import('../state/regression-state.js').RegressionState} state */
export function scenarioFromState(state) {
  const body = scenarioFromFields(REGRESSION_TABLE, state);
  // Full-batch descent is sampling mode "full"; SGD is mini-batches of 1.
  body.sampling =
    state.method === 'gd'
      ? { mode: 'full' }
      : { mode: state.sampling, batchSize: state.method === 'sgd' ? 1 : state.batchSize };
  body.optimizer = { name: 'sgd', ...body.optimizer };
  return scenarioOf(lab, { ...body, run: { steps: DEFAULT_RUN_STEPS } });
}

/** The file's sampling mode and batch sizes, made one state's method, sampling and b. */
function resolveSampling(scenario) {
  const model = { ...(scenario.model ?? {}) };
  const sampling = { ...(scenario.sampling ?? {}) };
  const data = { ...(scenario.data ?? {}) };
  const mode = sampling.mode;
  const implied =
    mode === 'full'
      ? 'gd'
      : sampling.batchSize === 1
        ? 'sgd'
        : mode !== undefined
          ? 'minibatch'
          : undefined;
  const method = model.method ?? implied;
  if (mode === 'full' && method !== 'gd') {
    throw refusal('model.method', 'must be "gd" with sampling.mode "full"', method);
  }
  if (method === 'gd' && mode !== undefined && mode !== 'full') {
    throw refusal('sampling.mode', 'must be "full" with model.method "gd"', mode);
  }
  if (method === 'sgd' && sampling.batchSize !== undefined && sampling.batchSize !== 1) {
    throw refusal('sampling.batchSize', 'must be 1 with model.method "sgd"', sampling.batchSize);
  }
  if (method === 'minibatch' && sampling.batchSize !== undefined) {
    if (model.miniBatchSize !== undefined && model.miniBatchSize !== sampling.batchSize) {
      const other = `must equal model.miniBatchSize (${quote(model.miniBatchSize)})`;
      throw refusal('sampling.batchSize', other, sampling.batchSize);
    }
    model.miniBatchSize = sampling.batchSize;
  }
  if (method !== undefined) model.method = method;
  if (mode === 'full') delete sampling.mode;
  delete sampling.batchSize;
  // Points given without a data set name are the points data set.
  if (data.name === undefined && Array.isArray(data.points) && data.points.length > 0) {
    data.name = 'points';
  }
  const resolved = { ...scenario, model, sampling, data };
  for (const part of ['model', 'sampling', 'data']) {
    const empty = Object.keys(resolved[part]).length === 0;
    if (scenario[part] === undefined && empty) delete resolved[part];
  }
  return resolved;
}

/**
 * Scenario → lab state; throws an Error that names a bad field.
 * @param {any} scenario
 * @returns {import('../state/regression-state.js').RegressionState}
 */
export function stateFromScenario(scenario) {
  checkEnvelope(scenario, lab);
  const optimizer = scenario.optimizer;
  if (optimizer?.name !== undefined && optimizer.name !== 'sgd') {
    throw refusal(
      'optimizer.name',
      'must be "sgd": the regression lab runs plain gradient steps',
      optimizer.name,
    );
  }
  for (const part of ['model', 'sampling', 'data']) {
    const value = scenario[part];
    const object = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (value !== undefined && !object) {
      throw refusal(part, 'must be an object', value);
    }
  }
  return /** @type {any} */ (
    stateFromFields(REGRESSION_TABLE, resolveSampling(scenario), undefined, {
      extraPaths: EXTRA_PATHS,
    })
  );
}

/** Steps a run of `epochs` takes at most (each epoch visits every sample once). */
function stepsForEpochs(options, sampleCount, epochs) {
  const perEpoch = options.sampling === 'full' ? 1 : Math.ceil(sampleCount / options.batchSize);
  return epochs * perEpoch;
}

/** The closed-form polynomial fit of the state's degree (1-D data), as the page's card shows. */
function polynomialFit(engine, data, state) {
  if (data.inputDim !== 1) return null;
  const test = data.test;
  const polynomial = engine.createPolynomial(
    firstColumn(data),
    data.targets,
    test ? test.inputs : [],
    test ? test.targets : [],
  );
  try {
    const fit = polynomial.fit(state.degree, state.lambda, state.penalizeBias);
    return {
      degree: state.degree,
      ok: fit.ok,
      message: fit.message,
      trainCost: fit.ok ? fit.trainCost : null,
      testCost: fit.ok && Number.isFinite(fit.testCost) ? fit.testCost : null,
      // Of φ(x) = [1, x, …, x^m], as the page states the fit.
      coefficients: fit.ok ? Array.from(fit.powerCoefficients) : null,
    };
  } finally {
    polynomial.dispose();
  }
}

/**
 * Runs the scenario headless. Deterministic for its seed; disposes what it makes.
 * @param {import('../engine/engine.js').Engine} engine
 * @param {any} scenario
 */
export function runScenario(engine, scenario) {
  const state = stateFromScenario(scenario);
  const length = runLength(scenario, {
    steps: DEFAULT_RUN_STEPS,
    maxSteps: MAX_RUN_STEPS,
    maxEpochs: MAX_RUN_EPOCHS,
  });
  const data = buildRegressionData(engine, state);
  const model = engine.createRegression(data, {
    lambda: state.lambda,
    penalizeBias: state.penalizeBias,
  });
  let trainer = null;
  try {
    const closed = model.solve();
    const d = model.parameterCount();
    const initial = initialParams(scenario, d) ?? new Array(d).fill(0);
    const options = regressionTrainerOptions(state, model.sampleCount());
    trainer = model.createTrainer(options, initial);
    if (length.epochs !== undefined) {
      const most = stepsForEpochs(options, model.sampleCount(), length.epochs);
      if (most > MAX_RUN_STEPS) {
        const over = `comes to ${most} steps here, over the limit of ${MAX_RUN_STEPS}`;
        throw refusal('run.epochs', over, length.epochs);
      }
      stepEpochs(trainer, length.epochs);
    } else {
      trainer.step(length.steps);
    }
    const params = Array.from(trainer.params());
    return {
      lab,
      stopReason: trainer.state(),
      stopMessage: trainer.stopMessage(),
      steps: trainer.stepCount(),
      epochs: trainer.epoch(),
      cost: trainer.costHistory(),
      finalCost: model.cost(params),
      params,
      regression: {
        weights: params,
        closedForm: closed.ok ? closed.weights : null,
        closedFormMessage: closed.message,
        distanceToClosedForm: closed.ok
          ? Math.hypot(...params.map((w, k) => w - closed.weights[k]))
          : null,
        polynomial: polynomialFit(engine, data, state),
      },
    };
  } finally {
    trainer?.dispose();
    model.dispose();
  }
}
