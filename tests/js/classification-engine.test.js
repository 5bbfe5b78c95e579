// The Classification lab's engine objects on the wasm module in Node: perceptron convergence on
// separable data (and giving up on XOR), margin-loss training, gradients against finite
// differences, bad arguments, state and scenario round trips.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import {
  CLASSIFICATION_DEFAULTS,
  classificationStateFromQuery,
  classificationStateToQuery,
  normalizeClassificationState,
} from '../../web/src/state/classification-state.js';
import {
  runScenario,
  scenarioFromState,
  stateFromScenario,
} from '../../web/src/scenario/classification-scenario.js';
import { boundaryLine, marginBand } from '../../web/src/labs/classification/boundary-geometry.js';

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

// Separable by construction: +1 above the line x2 = 0.5·x1 + 1, −1 below, with a gap.
const SEPARABLE = {
  inputs: [0, 3, 1, 4, -2, 2, 3, 4, 0, -1, 2, -1, -3, -3, 4, 1],
  inputDim: 2,
  targets: [1, 1, 1, 1, -1, -1, -1, -1],
};

describe('perceptron', () => {
  it('separates separable data and stops (y wᵀx ≤ 0 fires from W = 0, erratum 6)', () => {
    const perceptron = engine.createPerceptron(SEPARABLE, { learningRate: 1 });
    const classifier = engine.createClassifier(SEPARABLE);
    try {
      const visits = perceptron.step(100000);
      expect(perceptron.state()).toBe('converged');
      expect(visits).toBeLessThan(100000);
      expect(perceptron.step(10)).toBe(0); // stopped: no more visits
      const w = Array.from(perceptron.weights());
      expect(classifier.accuracy(w)).toBe(1);
      expect(classifier.misclassified(w)).toEqual([]);
      expect(classifier.margin(w).signedMargin).toBeGreaterThan(0);
      const mistakes = perceptron.mistakesPerEpoch();
      expect(mistakes[mistakes.length - 1]).toBe(0);
      expect(mistakes[0]).toBeGreaterThan(0);
      expect(perceptron.totalUpdates()).toBeGreaterThan(0);
    } finally {
      perceptron.dispose();
      classifier.dispose();
    }
  });

  it('gives up on XOR after maxEpochs', () => {
    const xor = engine.generatePoints({ dataset: 'xor', count: 40, seed: 3 });
    const perceptron = engine.createPerceptron(xor, { maxEpochs: 20 });
    try {
      perceptron.step(100000);
      expect(perceptron.state()).toBe('max-epochs');
      expect(perceptron.epoch()).toBe(20);
    } finally {
      perceptron.dispose();
    }
  });
});

describe('margin-loss classifiers', () => {
  for (const loss of ['squared-hinge', 'hinge', 'logistic']) {
    it(`${loss}: gradient descent separates the Gaussian clouds and lowers the cost`, () => {
      const data = engine.generatePoints({ dataset: 'gauss', count: 100, noise: 0, seed: 1 });
      const classifier = engine.createClassifier(data, { loss });
      const trainer = classifier.createTrainer({ learningRate: 0.05, sampling: 'full' }, [0, 0, 0]);
      try {
        const before = classifier.cost([0, 0, 0]);
        trainer.step(500);
        const w = Array.from(trainer.params());
        expect(classifier.cost(w)).toBeLessThan(before * 0.5);
        expect(classifier.accuracy(w)).toBeGreaterThan(0.95);
        expect(classifier.loss()).toBe(loss);
      } finally {
        trainer.dispose();
        classifier.dispose();
      }
    });
  }

  it("the trainer's gradient matches central finite differences of the cost", () => {
    const data = engine.generatePoints({ dataset: 'gauss', count: 30, noise: 0.3, seed: 5 });
    for (const loss of ['squared-hinge', 'logistic']) {
      const classifier = engine.createClassifier(data, { loss, lambda: 0.1 });
      const w = [0.3, -0.2, 0.5];
      const trainer = classifier.createTrainer({ learningRate: 1e-9, sampling: 'full' }, w);
      try {
        trainer.step(1);
        const gradient = Array.from(trainer.gradient());
        const h = 1e-6;
        for (let k = 0; k < 3; k++) {
          const plus = [...w];
          const minus = [...w];
          plus[k] += h;
          minus[k] -= h;
          const numeric = (classifier.cost(plus) - classifier.cost(minus)) / (2 * h);
          expect(gradient[k]).toBeCloseTo(numeric, 6);
        }
      } finally {
        trainer.dispose();
        classifier.dispose();
      }
    }
  });

  it('the cost grid over (w1, w2) is the cost at each grid point', () => {
    const classifier = engine.createClassifier(SEPARABLE, { loss: 'logistic' });
    try {
      const n = 9;
      const box = { iMin: -2, iMax: 2, jMin: -1, jMax: 3 };
      const grid = Float32Array.from(classifier.costGrid(1, 2, [0.5, 0, 0], box, n));
      const w = [0.5, -2 + (6 * 4) / (n - 1), -1 + (2 * 4) / (n - 1)];
      expect(grid[2 * n + 6]).toBeCloseTo(classifier.cost(w), 5);
    } finally {
      classifier.dispose();
    }
  });
});

describe('bad arguments throw readable Errors and leave objects usable', () => {
  it('rejects bad labels, losses and sizes', () => {
    expect(() => engine.createClassifier({ inputs: [0, 0], inputDim: 2, targets: [0.5] })).toThrow(
      /-1 or \+1|−1 or \+1|label/i,
    );
    expect(() => engine.createClassifier(SEPARABLE, { loss: 'square' })).toThrow(
      /Unknown loss 'square'/,
    );
    expect(() => engine.createPerceptron(SEPARABLE, { learningRate: 0 })).toThrow(
      /learning rate|η/i,
    );
    expect(() => engine.createPerceptron(SEPARABLE, {}, [0, 0])).toThrow(
      /initial weights must have 3 numbers/,
    );
    const classifier = engine.createClassifier(SEPARABLE);
    const perceptron = engine.createPerceptron(SEPARABLE);
    try {
      expect(() =>
        classifier.costGrid(1, 1, [0, 0, 0], { iMin: -1, iMax: 1, jMin: -1, jMax: 1 }, 8),
      ).toThrow(/two different weights/);
      expect(() =>
        classifier.costGrid(1, 2, [0, 0, 0], { iMin: -1, iMax: 1, jMin: -1, jMax: 1 }, 5000),
      ).toThrow(/grid size/);
      expect(() => classifier.accuracy([1])).toThrow(/weights must have 3 numbers/);
      expect(() => perceptron.step(-3)).toThrow(/visits per call/);
      expect(perceptron.step(3)).toBe(3);
      expect(
        classifier.costGrid(1, 2, [0, 0, 0], { iMin: -1, iMax: 1, jMin: -1, jMax: 1 }, 4).length,
      ).toBe(16);
    } finally {
      classifier.dispose();
      perceptron.dispose();
    }
  });
});

describe('boundary geometry for the view', () => {
  it('puts the decision line and the margin band where wᵀx = 0 and |wᵀx| ≤ 1', () => {
    const box = { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };
    const w = [1, 0.5, -1];
    const line = boundaryLine(w, 0, box);
    for (let k = 0; k < 2; k++)
      expect(w[0] + w[1] * line.xs[k] + w[2] * line.ys[k]).toBeCloseTo(0, 12);
    const band = marginBand(w, box);
    expect(band.length).toBeGreaterThanOrEqual(3);
    for (const [x, y] of band)
      expect(Math.abs(w[0] + w[1] * x + w[2] * y)).toBeLessThanOrEqual(1 + 1e-12);
    expect(boundaryLine([1, 0, 0], 0, box)).toBeNull();
  });
});

describe('state and scenario', () => {
  it('round-trips state through the URL', () => {
    const state = normalizeClassificationState({
      ...CLASSIFICATION_DEFAULTS,
      dataset: 'points',
      points: [1, 2, 1, -3, 0.5, -1],
      model: 'logistic',
      optimizer: 'adam',
      seed: 3,
    });
    expect(classificationStateFromQuery(classificationStateToQuery(state))).toEqual(state);
  });

  for (const model of ['perceptron', 'squared-hinge', 'logistic']) {
    it(`${model}: state → scenario → state, and two runs give identical numbers`, () => {
      const state = normalizeClassificationState({
        ...CLASSIFICATION_DEFAULTS,
        model,
        batchSize: 10,
        seed: 9,
      });
      const scenario = scenarioFromState(state);
      expect(stateFromScenario(JSON.parse(JSON.stringify(scenario)))).toEqual(state);
      const a = runScenario(engine, scenario);
      const b = runScenario(engine, scenario);
      expect(a).toEqual(b);
      expect(a.classification.accuracy).toBeGreaterThan(0.9);
    });
  }

  it('rejects bad scenarios with readable messages', () => {
    const good = scenarioFromState(CLASSIFICATION_DEFAULTS);
    expect(() => stateFromScenario({ ...good, lab: 'regression' })).toThrow(/regression/);
    expect(() => stateFromScenario({ ...good, optimizer: { name: 'magic' } })).toThrow(
      /optimizer\.name must be one of: .*\(got "magic"\)/,
    );
    expect(() => runScenario(engine, { ...good, data: { name: 'points', points: [] } })).toThrow(
      /No points yet/,
    );
  });
});
