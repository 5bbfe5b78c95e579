// The Regression lab's engine objects on the wasm module in Node: seed 004's numbers, ridge,
// singular data, bad arguments, polynomial over-fitting, scenario round trip and determinism.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import {
  REGRESSION_DEFAULTS,
  SEED_PRESET,
  normalizeRegressionState,
  regressionStateFromQuery,
  regressionStateToQuery,
} from '../../web/src/state/regression-state.js';
import {
  runScenario,
  scenarioFromState,
  stateFromScenario,
} from '../../web/src/scenario/regression-scenario.js';

// Seed 004 §1.7 (tests/fixtures/cases/least-squares.json), bias first.
const W_STAR = [6.08613445378149, 6.53361344537816, 2.11274509803922];
const Y_STAR = [
  25.8396358543418, 34.9866946778712, 12.6197478991597, 42.1736694677872, 24.3802521008403,
];

let engine;
let commute;
beforeAll(async () => {
  engine = await loadEngine();
  commute = engine.commuteData();
});

const distance = (a, b) => Math.hypot(...Array.from(a, (v, k) => v - b[k]));

describe('commute data (seed 004 §1.7)', () => {
  let model;
  beforeAll(() => {
    model = engine.createRegression(commute);
  });
  afterAll(() => model.dispose());

  it('is the seed table', () => {
    expect(commute.inputDim).toBe(2);
    expect(commute.inputs).toEqual([2.7, 1, 4.1, 1, 1, 0, 5.2, 1, 2.8, 0]);
    expect(commute.targets).toEqual([25, 33, 15, 45, 22]);
  });

  it('the normal equation gives the seed W* and fitted Y*', () => {
    const result = model.solve();
    expect(result.ok).toBe(true);
    expect(result.rank).toBe(3);
    result.weights.forEach((w, k) => expect(w).toBeCloseTo(W_STAR[k], 10));
    for (let i = 0; i < 5; i++) {
      const fitted =
        result.weights[0] +
        result.weights[1] * commute.inputs[2 * i] +
        result.weights[2] * commute.inputs[2 * i + 1];
      expect(fitted).toBeCloseTo(Y_STAR[i], 10);
    }
  });

  it('batch GD from zero reaches W* within 1e-6', () => {
    const trainer = model.createTrainer({ learningRate: 0.1, sampling: 'full' }, [0, 0, 0]);
    try {
      trainer.step(20000);
      expect(distance(trainer.params(), W_STAR)).toBeLessThan(1e-6);
      // GD is stable below 2/λmax of the Hessian XᵀX/n and the cost is at its minimum.
      expect(0.1).toBeLessThan(2 / model.hessianMaxEigenvalue());
      expect(model.cost(trainer.params())).toBeCloseTo(model.cost(W_STAR), 10);
    } finally {
      trainer.dispose();
    }
  });

  it("the seed's mini-batch setup stops by the ‖ΔW‖ < 0.02 rule near W*", () => {
    const trainer = model.createTrainer(
      {
        learningRate: 0.06,
        sampling: 'without-replacement',
        batchSize: 2,
        schedule: 'inverse-sqrt',
        parameterChangeTol: 0.02,
        seed: 4,
      },
      [0, 0, 0],
    );
    try {
      const steps = trainer.step(100000);
      expect(trainer.state()).toBe('converged');
      expect(steps).toBeLessThan(100000);
      expect(trainer.stopMessage()).toMatch(/less than the tolerance 0.02/);
      // SGD with C/√t stops short of W*: the cost is above the minimum but of the same order.
      expect(model.cost(trainer.params())).toBeGreaterThan(model.cost(W_STAR));
    } finally {
      trainer.dispose();
    }
  });

  it('the cost grid over two weights is the exact cost, minimal at W*', () => {
    const n = 21;
    const box = {
      iMin: W_STAR[1] - 1,
      iMax: W_STAR[1] + 1,
      jMin: W_STAR[2] - 1,
      jMax: W_STAR[2] + 1,
    };
    const grid = model.costGrid(1, 2, W_STAR, box, n);
    expect(grid).toBeInstanceOf(Float32Array);
    expect(grid.length).toBe(n * n);
    const centre = grid[10 * n + 10];
    expect(Math.min(...grid)).toBeCloseTo(centre, 4);
    const w = [W_STAR[0], box.iMin + (3 * 2) / (n - 1), box.jMin + (17 * 2) / (n - 1)];
    expect(model.costGrid(1, 2, W_STAR, box, n)[17 * n + 3]).toBeCloseTo(model.cost(w), 4);
  });
});

describe('ridge', () => {
  it('matches the closed form (XᵀX/n + λI)⁻¹XᵀY/n for several λ, and GD reaches it', () => {
    for (const lambda of [0.001, 0.1, 1, 10]) {
      const model = engine.createRegression(commute, { lambda });
      try {
        const ridge = model.solve();
        expect(ridge.ok).toBe(true);
        // Independent check: solve the 3×3 system in JS by Gaussian elimination.
        const expected = solveRidgeInJs(commute, lambda);
        ridge.weights.forEach((w, k) => expect(w).toBeCloseTo(expected[k], 9));
        expect(model.solveRidge(lambda).weights).toEqual(ridge.weights);
        // η = 1/λmax is stable for every λ (the ridge term raises λmax by λ).
        const trainer = model.createTrainer(
          { learningRate: 1 / model.hessianMaxEigenvalue(), sampling: 'full' },
          [0, 0, 0],
        );
        trainer.step(30000);
        expect(distance(trainer.params(), ridge.weights)).toBeLessThan(1e-6);
        trainer.dispose();
      } finally {
        model.dispose();
      }
    }
  });

  it('shrinks the weights as λ grows', () => {
    const model = engine.createRegression(commute);
    try {
      const norms = [0, 0.1, 1, 10].map((l) => Math.hypot(...model.solveRidge(l).weights));
      for (let k = 1; k < norms.length; k++) expect(norms[k]).toBeLessThan(norms[k - 1]);
    } finally {
      model.dispose();
    }
  });
});

function solveRidgeInJs(data, lambda) {
  const n = data.targets.length;
  const rows = data.targets.map((_, i) => [1, data.inputs[2 * i], data.inputs[2 * i + 1]]);
  const a = [0, 1, 2].map((r) =>
    [0, 1, 2].map((c) => rows.reduce((s, x) => s + x[r] * x[c], 0) / n + (r === c ? lambda : 0)),
  );
  const b = [0, 1, 2].map((r) => rows.reduce((s, x, i) => s + x[r] * data.targets[i], 0) / n);
  for (let p = 0; p < 3; p++) {
    for (let r = p + 1; r < 3; r++) {
      const f = a[r][p] / a[p][p];
      for (let c = p; c < 3; c++) a[r][c] -= f * a[p][c];
      b[r] -= f * b[p];
    }
  }
  const w = [0, 0, 0];
  for (let r = 2; r >= 0; r--)
    w[r] = (b[r] - a[r].slice(r + 1).reduce((s, v, k) => s + v * w[r + 1 + k], 0)) / a[r][r];
  return w;
}

describe('singular data and bad arguments', () => {
  it('reports a singular XᵀX in words, and ridge fixes it', () => {
    // Every x equal: the x column is a multiple of the bias column.
    const data = { inputs: [2, 2, 2], inputDim: 1, targets: [1, 2, 3] };
    const model = engine.createRegression(data);
    try {
      const result = model.solve();
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/singular.*linearly dependent.*ridge/);
      expect(result.weights).toEqual([]);
      expect(model.solveRidge(0.1).ok).toBe(true);
    } finally {
      model.dispose();
    }
  });

  it('throws readable Errors and leaves the model usable', () => {
    expect(() => engine.createRegression({ inputs: [], inputDim: 1, targets: [] })).toThrow(
      /empty/,
    );
    expect(() =>
      engine.createRegression({ inputs: [1, 2, 3], inputDim: 2, targets: [1, 2] }),
    ).toThrow(/inputs must have 4 numbers/);
    expect(() =>
      engine.createRegression({ inputs: [1, NaN], inputDim: 1, targets: [1, 2] }),
    ).toThrow(/inputs\[1\] must be a finite number/);
    expect(() => engine.createRegression(commute, { lambda: -1 })).toThrow(/lambda/);
    const model = engine.createRegression(commute);
    try {
      expect(() =>
        model.costGrid(1, 1, W_STAR, { iMin: 0, iMax: 1, jMin: 0, jMax: 1 }, 10),
      ).toThrow(/different|same/i);
      expect(() =>
        model.costGrid(0, 5, W_STAR, { iMin: 0, iMax: 1, jMin: 0, jMax: 1 }, 10),
      ).toThrow(/weight indices must be between 0 and 2/);
      expect(() => model.cost([1, 2])).toThrow(/weights must have 3 numbers/);
      expect(() => model.createTrainer({ learningRate: -1 }, [0, 0, 0])).toThrow(
        /learning rate must be a finite number > 0, got -1/,
      );
      expect(() => model.createTrainer({ sampling: 'sometimes' }, [0, 0, 0])).toThrow(/sampling/i);
      expect(() => model.solveRidge(NaN)).toThrow(/lambda/);
      expect(model.solve().ok).toBe(true);
      expect(model.costGrid(0, 1, W_STAR, { iMin: 0, iMax: 1, jMin: 0, jMax: 1 }, 4).length).toBe(
        16,
      );
    } finally {
      model.dispose();
    }
  });

  it('CSV errors name the line and column', () => {
    const bad = engine.parseCsv('distance,weekday,minutes\n2.7,1,25\n4.1,abc,33\n');
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/line 3, column 2/);
    const good = engine.parseCsv('distance,weekday,minutes\n2.7,1,25\n4.1,1,33\n1,0,15\n');
    expect(good.ok).toBe(true);
    expect(good.inputDim).toBe(2);
    expect(good.targets).toEqual([25, 33, 15]);
    expect(good.columns).toEqual(['distance', 'weekday', 'minutes']);
  });
});

describe('polynomial regression', () => {
  it('over-fits at high degree (train cost → 0, test cost rises) and ridge tames it', () => {
    const { train, test } = engine.sineData({
      trainCount: 10,
      testCount: 100,
      noise: 0.3,
      seed: 4,
    });
    const poly = engine.createPolynomial(train.inputs, train.targets, test.inputs, test.targets);
    try {
      const exact = poly.fit(9, 0);
      expect(exact.ok).toBe(true);
      expect(exact.trainCost).toBeLessThan(1e-12); // degree 9 interpolates 10 points
      const moderate = poly.fit(3, 0);
      expect(exact.testCost).toBeGreaterThan(moderate.testCost);
      const ridge = poly.fit(9, 1e-3);
      expect(ridge.testCost).toBeLessThan(exact.testCost);
      const costs = poly.costsByDegree(0);
      expect(costs.degrees).toEqual([...Array(13).keys()]);
      expect(Number.isNaN(costs.train[12])).toBe(true); // 13 weights, 10 points: singular at λ = 0
      expect(poly.fit(12, 0).message).toMatch(/singular/);
      expect(poly.fit(12, 1e-3).ok).toBe(true);
      const curve = poly.curve(0, 1, 11);
      expect(curve.length).toBe(11);
      expect(() => poly.fit(13, 0)).toThrow(/degree/);
    } finally {
      poly.dispose();
    }
  });
});

describe('computation graph (seed 004 §4.2.2, erratum 1)', () => {
  it('gives the forward values and the corrected backward gradients', () => {
    const graph = engine.regressionGraph(5, 1, 1, 10);
    const byName = Object.fromEntries(graph.nodes.map((n) => [n.name, n]));
    expect([byName.u.value, byName['ŷ'].value, byName.e.value, byName.c.value]).toEqual([
      5, 6, 4, 16,
    ]);
    expect(byName.e.gradient).toBe(8);
    expect(byName['ŷ'].gradient).toBe(-8);
    expect(byName.w.gradient).toBe(-8);
    expect(() => engine.regressionGraph(NaN, 1, 1, 1)).toThrow(/w must be a finite number/);
  });
});

describe('state and scenario', () => {
  it('round-trips state through the URL', () => {
    const state = normalizeRegressionState({
      ...REGRESSION_DEFAULTS,
      ...SEED_PRESET,
      data: 'points',
      points: [1, 2, 3.5, 4],
      seed: 9,
    });
    expect(regressionStateFromQuery(regressionStateToQuery(state))).toEqual(state);
  });

  it('round-trips state → scenario → state, and running it twice gives identical numbers', () => {
    const state = normalizeRegressionState({ ...REGRESSION_DEFAULTS, ...SEED_PRESET, seed: 7 });
    const scenario = scenarioFromState(state);
    expect(stateFromScenario(JSON.parse(JSON.stringify(scenario)))).toEqual(state);
    const a = runScenario(engine, scenario);
    const b = runScenario(engine, scenario);
    expect(a).toEqual(b);
    expect(a.stopReason).toBe('converged');
    expect(a.regression.closedForm.map((w) => Number(w.toFixed(10)))).toEqual(
      W_STAR.map((w) => Number(w.toFixed(10))),
    );
  });

  it('round-trips every method, sampling and schedule', () => {
    for (const method of ['gd', 'sgd', 'minibatch']) {
      for (const sampling of ['with-replacement', 'without-replacement']) {
        const state = normalizeRegressionState({
          ...REGRESSION_DEFAULTS,
          method,
          sampling,
          batchSize: 3,
          schedule: 'inverse',
          data: 'sine',
          degree: 5,
          lambda: 0.01,
        });
        const back = stateFromScenario(JSON.parse(JSON.stringify(scenarioFromState(state))));
        // Batch GD has no sampling mode, so the restored mode is the default.
        expect(back).toEqual(
          method === 'gd' ? { ...state, sampling: REGRESSION_DEFAULTS.sampling } : state,
        );
      }
    }
  });

  it('a GD scenario reaches W*', () => {
    const state = normalizeRegressionState({ ...REGRESSION_DEFAULTS, learningRate: 0.1 });
    const result = runScenario(engine, { ...scenarioFromState(state), run: { steps: 20000 } });
    expect(result.regression.distanceToClosedForm).toBeLessThan(1e-6);
  });

  it('rejects bad scenarios with readable messages', () => {
    const good = scenarioFromState(REGRESSION_DEFAULTS);
    expect(() => stateFromScenario({ ...good, lab: 'network' })).toThrow(/network/);
    expect(() =>
      stateFromScenario({ ...good, optimizer: { name: 'sgd', learningRate: -2 } }),
    ).toThrow(/learningRate/);
    expect(() => stateFromScenario({ ...good, format: 'x' })).toThrow(/descent-scenario/);
    expect(() =>
      runScenario(engine, { ...good, data: { name: 'csv', csv: 'a,b\n1,x\n' } }),
    ).toThrow(/line 2, column 2/);
  });
});
