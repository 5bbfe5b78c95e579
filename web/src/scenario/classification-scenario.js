// The Classification lab as a scenario: state ⇄ scenario JSON, and a headless run with the
// engine shared by the page and the runner.
import { buildClassificationData } from '../labs/classification/classification-data.js';
import {
  CLASSIFICATION_DEFAULTS, OPTIMIZER_NAMES, classificationTrainerOptions, normalizeClassificationState,
} from '../state/classification-state.js';
import { SCENARIO_FORMAT, withEnvelope } from './scenario-envelope.js';

export const lab = 'classification';

/** @param {import('../state/classification-state.js').ClassificationState} state */
export function scenarioFromState(state) {
  return withEnvelope(lab, {
    seed: state.seed,
    data: { name: state.dataset, count: state.count, noise: state.noise, points: [...state.points] },
    model: { name: state.model, lambda: state.lambda },
    optimizer: { name: state.optimizer, learningRate: state.learningRate },
    schedule: { name: 'constant' },
    sampling: state.batchSize === 0 ? { mode: 'full' } : { mode: 'without-replacement', batchSize: state.batchSize },
    stop: { maxSteps: 0 },
    run: { steps: 2000 },
  });
}

/** @param {any} scenario */
export function stateFromScenario(scenario) {
  if (!scenario || typeof scenario !== 'object') throw new Error('A scenario must be a JSON object.');
  if (scenario.format !== SCENARIO_FORMAT) throw new Error("Not a Descent scenario: 'format' must be 'descent-scenario'.");
  if (scenario.lab !== lab) throw new Error(`This scenario is for the '${scenario.lab}' lab, not the classification lab.`);
  if (scenario.version !== 1) throw new Error(`Unsupported scenario version ${scenario.version} (this page reads version 1).`);
  const data = scenario.data ?? {};
  const model = scenario.model ?? {};
  const optimizer = scenario.optimizer ?? {};
  if (optimizer.name !== undefined && !OPTIMIZER_NAMES.includes(optimizer.name)) {
    throw new Error(`Unknown optimizer '${optimizer.name}'. Choose one of: ${OPTIMIZER_NAMES.join(', ')}.`);
  }
  if (optimizer.learningRate !== undefined && !(typeof optimizer.learningRate === 'number' && optimizer.learningRate > 0)) {
    throw new Error(`Bad scenario field optimizer.learningRate: ${JSON.stringify(optimizer.learningRate)}`);
  }
  const mode = scenario.sampling?.mode ?? 'full';
  return normalizeClassificationState({
    ...CLASSIFICATION_DEFAULTS,
    seed: scenario.seed ?? CLASSIFICATION_DEFAULTS.seed,
    dataset: data.name, count: data.count, noise: data.noise, points: data.points ?? [],
    model: model.name, lambda: model.lambda,
    optimizer: optimizer.name, learningRate: optimizer.learningRate,
    batchSize: mode === 'full' ? 0 : scenario.sampling?.batchSize,
  });
}

/**
 * Runs the scenario headless; deterministic for its seed; disposes what it makes.
 * @param {import('../engine/engine.js').Engine} engine
 * @param {any} scenario
 */
export function runScenario(engine, scenario) {
  const state = stateFromScenario(scenario);
  const data = buildClassificationData(engine, state);
  const steps = scenario.run?.steps ?? 2000;
  const loss = state.model === 'perceptron' ? 'squared-hinge' : state.model;
  const classifier = engine.createClassifier(data, { loss, lambda: state.lambda });
  const initial = Array.isArray(scenario.initial) ? scenario.initial : [0, 0, 0];
  try {
    if (state.model === 'perceptron') {
      const perceptron = engine.createPerceptron(data, { learningRate: state.learningRate, seed: state.seed }, initial);
      try {
        const visits = perceptron.step(steps);
        const params = Array.from(perceptron.weights());
        const mistakes = perceptron.mistakesPerEpoch();
        return {
          lab, stopReason: perceptron.state(),
          stopMessage: perceptron.state() === 'converged' ? `Converged after ${perceptron.epoch()} epochs: no mistakes left.` : '',
          steps: visits, epochs: perceptron.epoch(),
          cost: { steps: mistakes.map((_, k) => k + 1), values: mistakes },
          finalCost: mistakes.length ? mistakes[mistakes.length - 1] : NaN,
          params,
          classification: { accuracy: classifier.accuracy(params), misclassified: classifier.misclassified(params), updates: perceptron.totalUpdates() },
        };
      } finally {
        perceptron.dispose();
      }
    }
    const trainer = classifier.createTrainer(classificationTrainerOptions(state, classifier.sampleCount()), initial);
    try {
      trainer.step(steps);
      const params = Array.from(trainer.params());
      return {
        lab, stopReason: trainer.state(), stopMessage: trainer.stopMessage(),
        steps: trainer.stepCount(), epochs: trainer.epoch(), cost: trainer.costHistory(),
        finalCost: classifier.cost(params), params,
        classification: { accuracy: classifier.accuracy(params), misclassified: classifier.misclassified(params), margin: classifier.margin(params) },
      };
    } finally {
      trainer.dispose();
    }
  } finally {
    classifier.dispose();
  }
}
