// The Classification lab as a scenario: state ⇄ scenario JSON through the Classification field
// table, and a headless run with the engine shared by the page and the runner.
import { buildClassificationData } from '../labs/classification/classification-data.js';
import {
  CLASSIFICATION_DEFAULTS,
  CLASSIFICATION_TABLE,
  classificationTrainerOptions,
} from '../state/classification-state.js';
import { scenarioFromFields, stateFromFields } from '../state/field-scenario.js';
import { quote, refusal } from '../state/field-values.js';
import {
  ENVELOPE_PATHS,
  MAX_RUN_EPOCHS,
  checkEnvelope,
  initialParams,
  runLength,
  scenarioOf,
  stepEpochs,
} from './scenario-envelope.js';

export const lab = 'classification';
const DEFAULT_RUN_STEPS = 2000;
/** The most steps (perceptron: visits) one classification scenario runs. */
export const MAX_RUN_STEPS = 1e7;
const EXTRA_PATHS = [...ENVELOPE_PATHS, 'run', 'initial'];
/** [bias, w1, w2]: the classifier's parameters. */
const PARAMETER_COUNT = 3;

/** The Classification lab's names are its own menus: nothing comes from the engine. */
export function namesFrom() {
  return undefined;
}

/** @param {import('../state/classification-state.js').ClassificationState} state */
export function scenarioFromState(state) {
  const body = scenarioFromFields(CLASSIFICATION_TABLE, state);
  // A batch size of 0 is full-batch descent: sampling mode "full".
  body.sampling =
    state.batchSize === 0 ? { mode: 'full' } : { mode: state.sampling, batchSize: state.batchSize };
  return scenarioOf(lab, { ...body, run: { steps: DEFAULT_RUN_STEPS } });
}

/**
 * sampling { mode: "full" } is batch size 0; any other mode needs a batch size. Points given
 * without a data set name are the points data set.
 */
function resolveShorthands(scenario) {
  const data = scenario.data;
  const withPoints =
    data &&
    typeof data === 'object' &&
    data.name === undefined &&
    Array.isArray(data.points) &&
    data.points.length > 0;
  const named = withPoints ? { ...scenario, data: { ...data, name: 'points' } } : scenario;
  const sampling = scenario.sampling;
  if (sampling === undefined) return named;
  if (sampling === null || typeof sampling !== 'object' || Array.isArray(sampling)) {
    throw new Error(`sampling must be an object (got ${quote(sampling)}).`);
  }
  const resolved = { ...sampling };
  if (sampling.mode === 'full') {
    if (sampling.batchSize !== undefined && sampling.batchSize !== 0) {
      throw refusal(
        'sampling.batchSize',
        'must be left out with sampling.mode "full"',
        sampling.batchSize,
      );
    }
    resolved.batchSize = 0;
    delete resolved.mode;
  } else if (sampling.mode !== undefined && !(sampling.batchSize >= 1)) {
    throw refusal(
      'sampling.batchSize',
      `must be ≥ 1 with sampling.mode ${quote(sampling.mode)}`,
      sampling.batchSize,
    );
  }
  return { ...named, sampling: resolved };
}

/**
 * Scenario → lab state; throws an Error that names a bad field.
 * @param {any} scenario
 */
export function stateFromScenario(scenario) {
  checkEnvelope(scenario, lab);
  const state = /** @type {import('../state/classification-state.js').ClassificationState} */ (
    stateFromFields(CLASSIFICATION_TABLE, resolveShorthands(scenario), undefined, {
      extraPaths: EXTRA_PATHS,
    })
  );
  if (state.model === 'perceptron') refuseForPerceptron(state);
  return state;
}

/** The perceptron has its own rule (a fixed step on each mistake): no schedule or stop rule. */
function refuseForPerceptron(state) {
  const paths = {
    schedule: 'schedule.name',
    maxSteps: 'stop.maxSteps',
    parameterChangeTol: 'stop.parameterChangeTol',
    gradientTol: 'stop.gradientTol',
  };
  for (const [key, path] of Object.entries(paths)) {
    if (state[key] !== CLASSIFICATION_DEFAULTS[key]) {
      throw refusal(
        path,
        'is not offered: the perceptron takes no schedule or stop rule',
        state[key],
      );
    }
  }
}

/** Steps (perceptron: visits) a run of `length` takes, refused over the bound. */
function stepsOf(length, perEpoch) {
  if (length.epochs === undefined) return length.steps;
  const steps = length.epochs * perEpoch;
  if (steps > MAX_RUN_STEPS) {
    const over = `comes to ${steps} steps here, over the limit of ${MAX_RUN_STEPS}`;
    throw refusal('run.epochs', over, length.epochs);
  }
  return steps;
}

function runPerceptron(engine, data, state, classifier, length, initial) {
  const perceptron = engine.createPerceptron(
    data,
    { learningRate: state.learningRate, seed: state.seed },
    initial,
  );
  try {
    const visits = perceptron.step(stepsOf(length, classifier.sampleCount()));
    const params = Array.from(perceptron.weights());
    const mistakes = perceptron.mistakesPerEpoch();
    const converged = perceptron.state() === 'converged';
    return {
      lab,
      stopReason: perceptron.state(),
      stopMessage: converged
        ? `Converged after ${perceptron.epoch()} epochs: no mistakes left.`
        : '',
      steps: visits,
      epochs: perceptron.epoch(),
      cost: { steps: mistakes.map((_, k) => k + 1), values: mistakes },
      finalCost: mistakes.length ? mistakes[mistakes.length - 1] : NaN,
      params,
      classification: {
        accuracy: classifier.accuracy(params),
        misclassified: classifier.misclassified(params),
        updates: perceptron.totalUpdates(),
      },
    };
  } finally {
    perceptron.dispose();
  }
}

function runTrainer(state, classifier, length, initial) {
  const options = classificationTrainerOptions(state, classifier.sampleCount());
  const trainer = classifier.createTrainer(options, initial);
  try {
    if (length.epochs === undefined) {
      trainer.step(length.steps);
    } else {
      const perEpoch =
        options.sampling === 'full'
          ? 1
          : Math.ceil(options.batchSize > 0 ? classifier.sampleCount() / options.batchSize : 1);
      stepsOf(length, perEpoch); // refuses a run over the bound
      stepEpochs(trainer, length.epochs);
    }
    const params = Array.from(trainer.params());
    return {
      lab,
      stopReason: trainer.state(),
      stopMessage: trainer.stopMessage(),
      steps: trainer.stepCount(),
      epochs: trainer.epoch(),
      cost: trainer.costHistory(),
      finalCost: classifier.cost(params),
      params,
      classification: {
        accuracy: classifier.accuracy(params),
        misclassified: classifier.misclassified(params),
        margin: classifier.margin(params),
      },
    };
  } finally {
    trainer.dispose();
  }
}

/**
 * Runs the scenario headless; deterministic for its seed; disposes what it makes.
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
  const initial = initialParams(scenario, PARAMETER_COUNT) ?? new Array(PARAMETER_COUNT).fill(0);
  const data = buildClassificationData(engine, state);
  const loss = state.model === 'perceptron' ? 'squared-hinge' : state.model;
  const classifier = engine.createClassifier(data, { loss, lambda: state.lambda });
  try {
    if (state.model === 'perceptron') {
      return runPerceptron(engine, data, state, classifier, length, initial);
    }
    return runTrainer(state, classifier, length, initial);
  } finally {
    classifier.dispose();
  }
}
