// Polynomial ridge through the runner (issue 16.3): the coefficients it prints are the seed's
// closed form W* = (XᵀX/n + λP)⁻¹XᵀY/n on φ(x) = [1, x, …, x^m], with P = I by default and the
// bias left out when model.penalizeBias is false. The C++ suite checks the same in long double.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import { runScenario } from '../../web/src/scenario/scenario.js';
import { buildRegressionData, firstColumn } from '../../web/src/labs/regression/regression-data.js';
import { regressionStateFromQuery } from '../../web/src/state/regression-state.js';

const POINTS = [
  [0.5, 1.2],
  [1.1, 0.4],
  [2.3, 2.9],
  [3.0, 2.2],
  [4.2, 5.1],
  [5.5, 4.0],
  [6.1, 6.6],
];

/** Solves the small dense system A c = b by Gaussian elimination with partial pivoting. */
function solve(matrix, right) {
  const a = matrix.map((row, i) => [...row, right[i]]);
  const d = right.length;
  for (let col = 0; col < d; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < d; r += 1) {
      if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    }
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < d; r += 1) {
      if (r === col) continue;
      const factor = a[r][col] / a[col][col];
      for (let c = col; c <= d; c += 1) a[r][c] -= factor * a[col][c];
    }
  }
  return a.map((row, r) => row[d] / row[r]);
}

/** The seed's closed form in raw powers of x. */
function closedForm(degree, lambda, penalizeBias) {
  const d = degree + 1;
  const n = POINTS.length;
  const system = Array.from({ length: d }, () => new Array(d).fill(0));
  const right = new Array(d).fill(0);
  for (const [x, y] of POINTS) {
    const powers = Array.from({ length: d }, (_, k) => x ** k);
    for (let r = 0; r < d; r += 1) {
      for (let c = 0; c < d; c += 1) system[r][c] += (powers[r] * powers[c]) / n;
      right[r] += (powers[r] * y) / n;
    }
  }
  for (let k = penalizeBias ? 0 : 1; k < d; k += 1) system[k][k] += lambda;
  return solve(system, right);
}

const scenario = (penalizeBias) => ({
  format: 'descent-scenario',
  version: 1,
  lab: 'regression',
  data: { name: 'points', points: POINTS },
  model: { degree: 3, lambda: 0.05, penalizeBias },
  run: { steps: 1 },
});

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

describe('polynomial ridge', () => {
  for (const penalizeBias of [true, false]) {
    it(`penalises the stated coefficients (penalizeBias ${penalizeBias})`, () => {
      const result = /** @type {any} */ (runScenario(engine, scenario(penalizeBias)));
      const printed = result.regression.polynomial.coefficients;
      const exact = closedForm(3, 0.05, penalizeBias);
      expect(printed).toHaveLength(4);
      printed.forEach((c, k) => expect(Math.abs(c - exact[k])).toBeLessThan(1e-9));
    });
  }

  it('gives a different fit when the bias is spared', () => {
    const withBias = /** @type {any} */ (runScenario(engine, scenario(true)));
    const spared = /** @type {any} */ (runScenario(engine, scenario(false)));
    const c0 = (r) => r.regression.polynomial.coefficients[0];
    expect(Math.abs(c0(withBias) - c0(spared))).toBeGreaterThan(1e-3);
  });

  it("tames degree 9 on the sine data at the page's first λ (1e-3), as PRML's figure 1.7", () => {
    // The page switches ridge on at λ = 1e-3 (regression-panel.js): the over-fit's test cost
    // falls (0.119 → 0.093) where 1e-2 would under-fit (0.122).
    const state = regressionStateFromQuery(new URLSearchParams('data=sine&deg=9'));
    const data = /** @type {any} */ (buildRegressionData(engine, state));
    const polynomial = engine.createPolynomial(
      firstColumn(data),
      data.targets,
      data.test.inputs,
      data.test.targets,
    );
    try {
      const testCost = (lambda) => polynomial.fit(9, lambda, true).testCost;
      expect(testCost(0)).toBeCloseTo(0.1186, 3);
      expect(testCost(1e-3)).toBeCloseTo(0.0926, 3);
      expect(testCost(1e-2)).toBeCloseTo(0.1222, 3);
    } finally {
      polynomial.dispose();
    }
  });
});
