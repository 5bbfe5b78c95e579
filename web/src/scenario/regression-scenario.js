// The Regression lab as a scenario (docs: /work/shared scenario contract): state ⇄ scenario
// JSON, and a headless run with the engine that the page and the runner share.
import { buildRegressionData } from '../labs/regression/regression-data.js';
import {
  REGRESSION_DEFAULTS, normalizeRegressionState, regressionTrainerOptions,
} from '../state/regression-state.js';
import { SCENARIO_FORMAT, withEnvelope } from './scenario-envelope.js';

export const lab = 'regression';

const METHOD_BY_SAMPLING = { full: 'gd' };

/** @param {import('../state/regression-state.js').RegressionState} state */
export function scenarioFromState(state) {
  const options = regressionTrainerOptions(state, Number.MAX_SAFE_INTEGER);
  return withEnvelope(lab, {
    seed: state.seed,
    data: {
      name: state.data, sineCount: state.sineCount, noise: state.noise,
      points: [...state.points], csv: state.csv,
    },
    // method and the mini-batch slider's b are kept so that SGD (b = 1 in sampling) round-trips.
    model: {
      method: state.method, miniBatchSize: state.batchSize, lambda: state.lambda, degree: state.degree,
      weightI: state.weightI, weightJ: state.weightJ,
    },
    optimizer: { name: 'sgd', learningRate: state.learningRate },
    schedule: { name: state.schedule },
    sampling: {
      mode: options.sampling,
      batchSize: state.method === 'sgd' ? 1 : state.batchSize,
    },
    stop: { maxSteps: 0, parameterChangeTol: state.stopTol },
    run: { steps: 5000 },
  });
}

/**
 * @param {any} scenario
 * @returns {import('../state/regression-state.js').RegressionState}
 */
export function stateFromScenario(scenario) {
  if (!scenario || typeof scenario !== 'object') throw new Error('A scenario must be a JSON object.');
  if (scenario.format !== SCENARIO_FORMAT) throw new Error("Not a Descent scenario: 'format' must be 'descent-scenario'.");
  if (scenario.lab !== lab) throw new Error(`This scenario is for the '${scenario.lab}' lab, not the regression lab.`);
  if (scenario.version !== 1) throw new Error(`Unsupported scenario version ${scenario.version} (this page reads version 1).`);
  const data = scenario.data ?? {};
  const model = scenario.model ?? {};
  const sampling = scenario.sampling ?? {};
  const optimizer = scenario.optimizer ?? {};
  if (optimizer.name !== undefined && optimizer.name !== 'sgd') {
    throw new Error(`The regression lab runs plain gradient steps; optimizer '${optimizer.name}' is not offered here.`);
  }
  const mode = sampling.mode ?? 'full';
  const method = model.method ?? METHOD_BY_SAMPLING[mode] ?? (sampling.batchSize === 1 ? 'sgd' : 'minibatch');
  const checks = [
    ['data.name', data.name, (v) => typeof v === 'string'],
    ['optimizer.learningRate', optimizer.learningRate, (v) => typeof v === 'number' && v > 0],
    ['sampling.batchSize', sampling.batchSize, (v) => Number.isInteger(v) && v >= 1],
    ['model.lambda', model.lambda, (v) => typeof v === 'number' && v >= 0],
  ];
  for (const [name, value, ok] of checks) {
    if (value !== undefined && !ok(value)) throw new Error(`Bad scenario field ${name}: ${JSON.stringify(value)}`);
  }
  return normalizeRegressionState({
    ...REGRESSION_DEFAULTS,
    seed: scenario.seed ?? REGRESSION_DEFAULTS.seed,
    data: data.name, sineCount: data.sineCount, noise: data.noise, points: data.points ?? [], csv: data.csv ?? '',
    method,
    batchSize: method === 'minibatch' ? sampling.batchSize ?? model.miniBatchSize : model.miniBatchSize ?? REGRESSION_DEFAULTS.batchSize,
    sampling: mode === 'full' ? REGRESSION_DEFAULTS.sampling : mode,
    schedule: scenario.schedule?.name,
    learningRate: optimizer.learningRate,
    stopTol: scenario.stop?.parameterChangeTol,
    lambda: model.lambda, degree: model.degree, weightI: model.weightI, weightJ: model.weightJ,
  });
}

/**
 * Runs the scenario headless. Deterministic for its seed; disposes what it makes.
 * @param {import('../engine/engine.js').Engine} engine
 * @param {any} scenario
 */
export function runScenario(engine, scenario) {
  const state = stateFromScenario(scenario);
  const data = buildRegressionData(engine, state);
  const model = engine.createRegression(data, { lambda: state.lambda });
  let trainer = null;
  try {
    const closed = model.solve();
    const d = model.parameterCount();
    const initial = Array.isArray(scenario.initial) ? scenario.initial : new Array(d).fill(0);
    const options = regressionTrainerOptions(state, model.sampleCount());
    if (scenario.stop?.maxSteps) options.maxSteps = scenario.stop.maxSteps;
    trainer = model.createTrainer(options, initial);
    const run = scenario.run ?? { steps: 5000 };
    if (run.epochs !== undefined) {
      while (trainer.epoch() < run.epochs && !['converged', 'max-steps', 'diverged', 'gradient-small'].includes(trainer.state())) {
        if (trainer.step(1) === 0) break;
      }
    } else {
      trainer.step(run.steps ?? 5000);
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
        distanceToClosedForm: closed.ok ? Math.hypot(...params.map((w, k) => w - closed.weights[k])) : null,
      },
    };
  } finally {
    trainer?.dispose();
    model.dispose();
  }
}
