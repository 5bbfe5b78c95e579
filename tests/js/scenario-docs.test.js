// Docs that cannot go stale (issue 16.2): docs/parameters.md is what the field tables give,
// every JSON block of docs/scenarios.md is an example file the runner runs, and the numbers the
// page quotes are the numbers the runner prints.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import { parseScenario, runScenario } from '../../web/src/scenario/scenario.js';
import { parametersDoc } from '../../web/src/state/parameters-doc.js';

const DOCS = 'docs/scenarios.md';
const EXAMPLES = 'docs/scenarios';
const docs = readFileSync(DOCS, 'utf8');
const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'));
const blocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]);

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

/** Runs an example file in-process (the runner's own modules; scenario-runner.test.js checks
 * the command line prints the same). */
const runFile = (file) =>
  runScenario(engine, parseScenario(readFileSync(join(EXAMPLES, file), 'utf8')));

describe('docs/parameters.md', () => {
  it('is what the field tables give', () => {
    const current = readFileSync('docs/parameters.md', 'utf8');
    const stale = 'stale: run node bin/descent.mjs parameters > docs/parameters.md';
    expect(current, stale).toBe(parametersDoc(engine));
  });

  it('is linked from docs/scenarios.md, which states the bounds', () => {
    expect(docs).toContain('(parameters.md)');
    const rows = docs.split('\n').filter((line) => line.startsWith('| '));
    for (const bound of ['`run.steps`', '`run.epochs`', '`initial`', 'sizes', 'points', 'text']) {
      expect(
        // The first cell, however prettier pads the table's columns.
        rows.some((row) => row.split('|')[1].trim() === bound),
        bound,
      ).toBe(true);
    }
  });
});

describe('docs/scenarios.md JSON blocks', () => {
  it('has blocks, and each is an example file (so the runner runs it)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const examples = files.map((file) => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')));
    for (const block of blocks) {
      const scenario = parseScenario(block);
      expect(examples).toContainEqual(scenario);
    }
  });

  it('every block runs through bin/descent.mjs check', () => {
    for (const file of files) {
      const result = spawnSync('node', ['bin/descent.mjs', 'check', join(EXAMPLES, file)], {
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });
});

describe('the numbers docs/scenarios.md quotes', () => {
  const near = (value, expected, digits) =>
    expect(Number(value.toPrecision(digits))).toBe(expected);

  it('the Rosenbrock race', () => {
    const racers = Object.fromEntries(
      runFile('valley-rosenbrock-race.json').valley.racers.map((r) => [r.optimizer, r]),
    );
    const table = {
      sgd: [0.475, 0.311, 0.094],
      momentum: [4.5e-7, 0.9993, 0.9987],
      nesterov: [3.9e-7, 0.9994, 0.9988],
      adagrad: [0.204, 0.548, 0.299],
      rmsprop: [0.024, 0.937, 0.893],
      adam: [1.7e-12, 0.999999, 0.999997],
      rprop: [0.0088, 0.906, 0.821],
    };
    for (const [name, [cost, x, y]] of Object.entries(table)) {
      const digits = (v) => String(v).replace(/^0\.0*|e.*$|\./g, '').length;
      near(racers[name].finalCost, cost, digits(cost));
      near(racers[name].params[0], x, digits(x));
      near(racers[name].params[1], y, digits(y));
    }
  });

  it('the commute regressions', () => {
    const seed = runFile('regression-commute.json');
    expect([seed.stopReason, seed.steps, seed.epochs]).toEqual(['converged', 22, 7]);
    expect(seed.params.map((w) => Number(w.toFixed(2)))).toEqual([1.99, 7.89, 1.09]);
    expect(seed.regression.closedForm.map((w) => Number(w.toFixed(4)))).toEqual([
      6.0861, 6.5336, 2.1127,
    ]);
    const gd = runFile('regression-commute-gd.json');
    expect(gd.params).toEqual([6.086134453781482, 6.533613445378162, 2.1127450980392037]);
    expect(gd.regression.distanceToClosedForm).toBeLessThan(3e-14);
  });

  it('your own points and a polynomial', () => {
    const result = runFile('regression-points-degree.json');
    expect(result.regression.distanceToClosedForm).toBeLessThan(1e-13);
    expect(result.regression.closedForm[0]).toBeCloseTo(1.4, 12);
    expect(result.regression.closedForm[1]).toBeCloseTo(0.8, 12);
    const { coefficients, trainCost } = result.regression.polynomial;
    [39 / 35, 48 / 35, -1 / 7].forEach((c, k) => expect(coefficients[k]).toBeCloseTo(c, 10));
    near(trainCost, 0.3314, 4);
  });

  it('the linear classifiers', () => {
    const gauss = runFile('classification-gauss-logistic.json');
    near(gauss.cost.values[0], 0.693, 3);
    near(gauss.finalCost, 0.064, 2);
    expect(gauss.classification.misclassified).toHaveLength(2);
    const own = runFile('classification-points-in-order.json');
    expect([own.stopReason, own.steps, own.epochs]).toEqual(['converged', 136, 34]);
    expect(own.classification.accuracy).toBe(1);
  });

  it('the spiral network', () => {
    const spiral = runFile('network-spiral.json');
    expect([spiral.steps, spiral.epochs]).toEqual([5000, 200]);
    near(spiral.finalCost, 7.3e-5, 2);
    near(spiral.finalTestCost, 0.0072, 2);
    expect(spiral.accuracy).toEqual({ train: 1, test: 0.996 });
  });
});
