// The shared fixture cases (tests/fixtures/cases/*.json) through the engine on the built wasm
// module: the JS half of "one fixture, both languages" (the C++ half is
// tests/cpp/fixture_cases_test.cc). Each case must hold the invariant it states (closed form,
// known minimum, gradient-error bound, the seeds' worked numbers), and its recorded numbers
// must equal tests/fixtures/recorded.json, written by the native build, to 1e-12.
// tests/fixtures/README.md describes the kinds.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const readJson = (name) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));
const files = readdirSync(new URL('cases/', FIXTURES))
  .filter((file) => file.endsWith('.json'))
  .sort();
const recorded = readJson('recorded.json');

/** The option names each runner accepts (the engine's names; unknown keys are refused). */
const KEYS = {
  trainer: [
    'learningRate',
    'optimizer',
    'momentum',
    'beta1',
    'beta2',
    'epsilon',
    'rpropIncrease',
    'rpropDecrease',
    'rpropMinStep',
    'rpropMaxStep',
    'schedule',
    'decay',
    'period',
    'minRate',
    'sampling',
    'batchSize',
    'maxSteps',
    'parameterChangeTol',
    'gradientTol',
    'seed',
  ],
  surface: ['name', 'conditionNumber', 'rotationDegrees'],
  network: [
    'features',
    'hiddenSizes',
    'hiddenActivation',
    'outputActivation',
    'cost',
    'regularization',
    'regularizationRate',
    'init',
    'initScale',
    'initBias',
    'seed',
  ],
  data: ['dataset', 'count', 'noise', 'seed', 'encoding', 'classes', 'testFraction'],
};

/** Case fields per kind, besides name and kind. */
const CASE_KEYS = {
  'surface-minima': ['surface', 'minima', 'value', 'tolerance'],
  descent: ['surface', 'start', 'trainer', 'steps', 'minimum', 'tolerance'],
  'bowl-closed-form': ['surface', 'start', 'trainer', 'steps'],
  'least-squares': [
    'data',
    'model',
    'initial',
    'trainer',
    'steps',
    'tolerance',
    'weights',
    'fitted',
  ],
  'gradient-check': ['network', 'data', 'trainer', 'steps', 'check'],
  'computation-graph': ['inputs', 'values', 'gradients'],
};

/** @param {object} object @param {string[]} allowed @param {string} what */
function expectOnlyKeys(object, allowed, what) {
  const unknown = Object.keys(object ?? {}).filter((key) => !allowed.includes(key));
  expect(unknown, `unknown keys in ${what}`).toEqual([]);
}

const norm = (v) => Math.hypot(...v);
const minus = (a, b) => Array.from(a, (x, k) => x - b[k]);

/** Solves A x = b (A n×n as rows) by Gaussian elimination with partial pivoting. */
function solve(matrix, rhs) {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    }
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row][col] / a[col][col];
      for (let k = col; k <= n; k++) a[row][k] -= factor * a[col][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row][n];
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * x[k];
    x[row] = sum / a[row][row];
  }
  return x;
}

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

/** Engine objects the cases made, disposed newest first once every case has run. */
const owned = [];
/** @template T @param {T} object @returns {T} */
function own(object) {
  owned.push(object);
  return object;
}
afterAll(() => owned.reverse().forEach((object) => object.dispose()));

const RUNNERS = {
  'surface-minima'(spec) {
    expectOnlyKeys(spec.surface, KEYS.surface, 'surface');
    const { name, ...options } = spec.surface;
    const surface = own(engine.createSurface(name, options));
    const listed = surface.minima();
    const { tolerance, value } = spec;
    expect(listed.length).toBeGreaterThanOrEqual(spec.minima.length);
    const globals = listed.slice(0, spec.minima.length);
    for (const [x, y] of spec.minima) {
      const nearest = Math.min(...globals.map((p) => Math.hypot(p.x - x, p.y - y)));
      expect(nearest, `a listed minimum near (${x}, ${y})`).toBeLessThanOrEqual(tolerance);
    }
    const numbers = [];
    for (const p of globals) {
      const f = surface.value(p.x, p.y);
      const [hxx, hxy, , hyy] = surface.hessian(p.x, p.y);
      expect(Math.abs(f - value)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(value)));
      const hessianNorm = Math.hypot(hxx, hxy, hxy, hyy);
      expect(norm(surface.gradient(p.x, p.y))).toBeLessThanOrEqual(1e-8 * Math.max(1, hessianNorm));
      expect(hxx).toBeGreaterThan(0);
      expect(hxx * hyy - hxy * hxy).toBeGreaterThan(0);
      numbers.push(p.x, p.y, f);
    }
    return numbers;
  },

  descent(spec) {
    const trainer = descend(spec);
    const end = Array.from(trainer.params());
    expect(
      norm(minus(end, spec.minimum)),
      `distance from the minimum, ended at ${end}`,
    ).toBeLessThanOrEqual(spec.tolerance);
    return [...end, trainer.cost(), trainer.stepCount()];
  },

  'bowl-closed-form'(spec) {
    const trainer = descend(spec);
    const { conditionNumber: kappa = 10, rotationDegrees = 30 } = spec.surface;
    const eta = spec.trainer.learningRate;
    const c = Math.cos((rotationDegrees * Math.PI) / 180);
    const s = Math.sin((rotationDegrees * Math.PI) / 180);
    // H = R diag(1, κ) Rᵀ
    const h = [
      [c * c + kappa * s * s, (1 - kappa) * c * s],
      [(1 - kappa) * c * s, s * s + kappa * c * c],
    ];
    let v = [...spec.start];
    for (let t = 0; t < spec.steps; t++) {
      v = [
        v[0] - eta * (h[0][0] * v[0] + h[0][1] * v[1]),
        v[1] - eta * (h[1][0] * v[0] + h[1][1] * v[1]),
      ];
    }
    const actual = Array.from(trainer.params());
    expect(trainer.stepCount()).toBe(spec.steps);
    expect(norm(minus(actual, v))).toBeLessThanOrEqual(1e-10 * Math.max(1, norm(v)));
    const rho = Math.max(Math.abs(1 - eta), Math.abs(1 - eta * kappa));
    const bound = rho ** spec.steps * norm(spec.start);
    expect(norm(actual)).toBeLessThanOrEqual(bound * (1 + 1e-9) + 1e-300);
    return [...actual, trainer.cost()];
  },

  'least-squares'(spec) {
    expectOnlyKeys(spec.data, ['name', 'inputs', 'inputDim', 'targets'], 'data');
    expectOnlyKeys(spec.model, ['lambda', 'penalizeBias'], 'model');
    const data = spec.data.name === 'commute' ? engine.commuteData() : spec.data;
    if (spec.data.name !== undefined) expect(spec.data.name).toBe('commute');
    const model = own(engine.createRegression(data, spec.model));
    const { lambda = 0, penalizeBias = true } = spec.model;
    // The test's own closed form: (XᵀX/n + λP) W = XᵀY/n, X = [1, inputs].
    const n = data.targets.length;
    const d = data.inputDim + 1;
    const rows = Array.from({ length: n }, (_, i) => [
      1,
      ...data.inputs.slice(i * data.inputDim, (i + 1) * data.inputDim),
    ]);
    const gram = Array.from({ length: d }, (_, j) =>
      Array.from({ length: d }, (_, k) => rows.reduce((sum, x) => sum + x[j] * x[k], 0) / n),
    );
    for (let k = penalizeBias ? 0 : 1; k < d; k++) gram[k][k] += lambda;
    const moment = Array.from(
      { length: d },
      (_, j) => rows.reduce((sum, x, i) => sum + x[j] * data.targets[i], 0) / n,
    );
    const closedForm = solve(gram, moment);
    const scale = Math.max(1, norm(closedForm));

    const solved = model.solve();
    expect(solved.ok, solved.message).toBe(true);
    expect(norm(minus(solved.weights, closedForm))).toBeLessThanOrEqual(1e-9 * scale);
    if (spec.weights) {
      expect(norm(minus(spec.weights, closedForm))).toBeLessThanOrEqual(1e-9 * scale);
    }
    if (spec.fitted) {
      const fitted = rows.map((x) => x.reduce((sum, v, k) => sum + v * closedForm[k], 0));
      expect(norm(minus(spec.fitted, fitted))).toBeLessThanOrEqual(1e-9 * norm(fitted));
    }
    expectOnlyKeys(spec.trainer, KEYS.trainer, 'trainer');
    const trainer = own(model.createTrainer(spec.trainer, spec.initial));
    trainer.step(spec.steps);
    const end = Array.from(trainer.params());
    expect(norm(minus(end, closedForm)), `descent ended at ${end}`).toBeLessThanOrEqual(
      spec.tolerance * scale,
    );
    return [...solved.weights, ...end, model.cost(end)];
  },

  'gradient-check'(spec) {
    expectOnlyKeys(spec.network, KEYS.network, 'network');
    expectOnlyKeys(spec.data, KEYS.data, 'data');
    expectOnlyKeys(spec.trainer, KEYS.trainer, 'trainer');
    const network = own(engine.createNetwork(spec.network, spec.data, spec.trainer));
    network.step(spec.steps);
    const { step = 1e-5, floor = 1e-4, maxRelativeError = 1e-6 } = spec.check;
    const theta = Array.from(network.params());
    const cost = network.trainCost();
    const analytic = Array.from(network.gradientCheck({}).analytic);
    // The test's own central differences on the full training cost (penalty included).
    let worst = 0;
    let worstIndex = -1;
    for (let i = 0; i < theta.length; i++) {
      const h = step * Math.max(1, Math.abs(theta[i]));
      const at = (offset) => {
        const shifted = theta.slice();
        shifted[i] += offset;
        network.setParams(shifted);
        return network.trainCost();
      };
      const numeric = (at(h) - at(-h)) / (2 * h);
      const error =
        Math.abs(analytic[i] - numeric) /
        Math.max(Math.abs(analytic[i]) + Math.abs(numeric), floor);
      if (error > worst) [worst, worstIndex] = [error, i];
    }
    network.setParams(theta);
    expect(worst, `relative error at parameter ${worstIndex}`).toBeLessThanOrEqual(
      maxRelativeError,
    );
    return [...theta, cost, ...analytic];
  },

  'computation-graph'(spec) {
    const { w, x, b, y } = spec.inputs;
    const graph = engine.regressionGraph(w, x, b, y);
    const byName = new Map(graph.nodes.map((node) => [node.name, node]));
    for (const [part, field] of [
      ['values', 'value'],
      ['gradients', 'gradient'],
    ]) {
      for (const [name, expected] of Object.entries(spec[part])) {
        expect(byName.has(name), `the graph has a node '${name}'`).toBe(true);
        const actual = byName.get(name)[field];
        expect(Math.abs(actual - expected), `${field} of ${name}`).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(actual)),
        );
      }
    }
    return graph.nodes.flatMap((node) => [node.value, node.gradient]);
  },
};

/** A trainer on a surface from spec.start, run spec.steps steps. */
function descend(spec) {
  expectOnlyKeys(spec.surface, KEYS.surface, 'surface');
  expectOnlyKeys(spec.trainer, KEYS.trainer, 'trainer');
  const { name, ...options } = spec.surface;
  const surface = own(engine.createSurface(name, options));
  const [x, y] = spec.start;
  const trainer = own(surface.createTrainer(spec.trainer, { x, y }));
  trainer.step(spec.steps);
  return trainer;
}

const names = new Set();
for (const file of files) {
  const { about, cases, ...rest } = readJson(`cases/${file}`);
  describe(file, () => {
    it('is { about: [lines], cases } with uniquely named cases of known kinds', () => {
      expect(Object.keys(rest)).toEqual([]);
      expect(Array.isArray(about) && about.every((line) => typeof line === 'string')).toBe(true);
      for (const spec of cases) {
        expect(names.has(spec.name), `duplicate case name ${spec.name}`).toBe(false);
        names.add(spec.name);
        expect(Object.keys(CASE_KEYS)).toContain(spec.kind);
      }
    });
    for (const spec of cases) {
      it(`${spec.name}: holds its invariant and reproduces its recorded numbers`, () => {
        const { name, kind, ...fields } = spec;
        expectOnlyKeys(fields, CASE_KEYS[kind], `case ${name}`);
        const numbers = RUNNERS[kind](spec);
        const expected = recorded[name];
        expect(expected, `a recording for ${name} in recorded.json`).toBeDefined();
        expect(numbers.length).toBe(expected.length);
        numbers.forEach((value, i) => {
          const tolerance = 1e-12 * Math.max(1, Math.abs(expected[i]));
          expect(Math.abs(value - expected[i]), `entry ${i}`).toBeLessThanOrEqual(tolerance);
        });
      });
    }
  });
}

it('every recording has its case', () => {
  expect(Object.keys(recorded).filter((name) => !names.has(name))).toEqual([]);
});
