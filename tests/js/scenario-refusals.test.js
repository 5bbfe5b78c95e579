// Issue 11 (items 3 and 4) and issue 16's scenario forms, one test per reproduction: a bad value
// in a scenario is refused by its path with at most ~60 characters of it quoted, never replaced;
// what the engine can do, a scenario can ask for; the runner reads what the page reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import { parseScenario, runScenario } from '../../web/src/scenario/scenario.js';
import { stateFromScenario as networkStateFromScenario } from '../../web/src/scenario/network-scenario.js';
import { QUOTE_LIMIT } from '../../web/src/state/field-values.js';
import {
  createNetworkModel,
  networkNames,
  readNetworkQuery,
} from '../../web/src/state/network-state.js';

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

const envelope = (lab, body = {}) => ({ format: 'descent-scenario', version: 1, lab, ...body });
const run = (lab, body) => runScenario(engine, envelope(lab, body));

/** The message of what `action` throws ('' when it does not throw). */
function messageOf(action) {
  try {
    action();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return '';
}

describe('bad values are refused by name, never replaced (issue 11.3)', () => {
  const cases = [
    [
      'momentum "abc"',
      'network',
      { optimizer: { name: 'momentum', momentum: 'abc' } },
      'optimizer.momentum must be a finite number (got "abc").',
    ],
    [
      'a racer\'s momentum "abc"',
      'valley',
      { racers: [{ optimizer: { name: 'momentum', momentum: 'abc' } }] },
      'racers[0].optimizer.momentum must be a finite number (got "abc").',
    ],
    [
      'beta1 −5',
      'network',
      { optimizer: { name: 'adam', beta1: -5 } },
      'optimizer.beta1 must be in [0, 0.9999] (got -5).',
    ],
    [
      'batchSize 0',
      'network',
      { sampling: { batchSize: 0 } },
      'sampling.batchSize must be in [1, 1000] (got 0).',
    ],
    [
      'a regression batchSize 0',
      'regression',
      { sampling: { mode: 'without-replacement', batchSize: 0 } },
      'model.miniBatchSize must be in [1, 1000] (got 0).',
    ],
    [
      'count 1e9',
      'network',
      { data: { count: 1e9 } },
      'data.count must be in [20, 2000] (got 1000000000).',
    ],
    [
      'a classification count 1e9',
      'classification',
      { data: { count: 1e9 } },
      'data.count must be in [4, 1000] (got 1000000000).',
    ],
    [
      'run.steps 4294967297',
      'regression',
      { run: { steps: 4294967297 } },
      'run.steps must be a whole number in [0, 10000000] (got 4294967297).',
    ],
    [
      'run.steps "lots"',
      'regression',
      { run: { steps: 'lots' } },
      'run.steps must be a whole number in [0, 10000000] (got "lots").',
    ],
    [
      'run.steps 1e12',
      'regression',
      { run: { steps: 1e12 } },
      'run.steps must be a whole number in [0, 10000000] (got 1000000000000).',
    ],
    [
      'run.epochs 1e9 (it used to hang)',
      'regression',
      { run: { epochs: 1e9 } },
      'run.epochs must be a whole number in [0, 10000] (got 1000000000).',
    ],
    [
      'run.epochs that come to too many steps',
      'regression',
      {
        data: { name: 'csv', csv: `x,y\n${'1,2\n'.repeat(2000)}` },
        model: { method: 'sgd' },
        run: { epochs: 10000 },
      },
      'run.epochs comes to 20000000 steps here, over the limit of 10000000 (got 10000).',
    ],
    [
      'network run.steps over its bound',
      'network',
      { run: { steps: 1e7 } },
      'run.steps must be a whole number in [0, 1000000] (got 10000000).',
    ],
    [
      'a misspelt field',
      'classification',
      { optimizer: { learningrate: 0.1 } },
      'Unknown scenario field optimizer.learningrate (got 0.1).',
    ],
    [
      'a valley run by epochs',
      'valley',
      { run: { epochs: 3 } },
      'run.epochs is not offered: this lab runs by steps (run.steps) (got 3).',
    ],
    [
      'an unknown hidden size',
      'network',
      { model: { hiddenSizes: [4, 40] } },
      'model.hiddenSizes[1] must be in [1, 16] (got 40).',
    ],
    [
      'an unknown feature',
      'network',
      { model: { features: ['x1', 'x3'] } },
      'model.features has an entry that is not one of: x1, x2, x1^2, x2^2, x1*x2, sin(x1), ' +
        'sin(x2) (got "x3").',
    ],
    [
      'an initial vector of the wrong length',
      'classification',
      { initial: [1, 2] },
      'initial must have 3 numbers, one per parameter (got [1, 2]).',
    ],
    [
      'a perceptron with a schedule',
      'classification',
      { model: { name: 'perceptron' }, schedule: { name: 'inverse' } },
      'schedule.name is not offered: the perceptron takes no schedule or stop rule ' +
        '(got "inverse").',
    ],
  ];
  it.each(cases)('%s', (_, lab, body, message) => {
    const started = Date.now();
    expect(messageOf(() => run(lab, body))).toBe(message);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('quotes at most ~60 characters of a huge value', () => {
    const huge = new Array(1e6).fill(0.5);
    const long = 'x'.repeat(1e6);
    const messages = [
      messageOf(() => run('classification', { data: { points: huge } })),
      messageOf(() => run('network', { model: { hiddenActivation: long } })),
      messageOf(() => run('regression', { data: { name: 'csv', csv: long } })),
      messageOf(() => run('valley', { surface: { name: huge } })),
      messageOf(() => parseScenario(JSON.stringify(envelope(long)))),
    ];
    for (const message of messages) {
      expect(message).not.toBe('');
      expect(message.length).toBeLessThan(QUOTE_LIMIT + 250);
    }
  });

  it('a lab named __proto__ or constructor is just unknown (no TypeError)', () => {
    for (const lab of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const text = `{"format":"descent-scenario","version":1,"lab":"${lab}"}`;
      expect(messageOf(() => parseScenario(text))).toMatch(/^Unknown lab ".*"\. Choose one of/);
    }
  });
});

describe('what the engine can do, a Classification scenario can ask for (issue 11.3)', () => {
  const base = { data: { name: 'gauss', count: 60 }, model: { name: 'logistic' } };

  it('run.epochs runs whole epochs', () => {
    const result = run('classification', {
      ...base,
      sampling: { mode: 'without-replacement', batchSize: 10 },
      run: { epochs: 4 },
    });
    expect(result.epochs).toBe(4);
    expect(result.steps).toBe(24);
  });

  it('stop rules stop the run', () => {
    const result = run('classification', { ...base, stop: { maxSteps: 7 }, run: { steps: 100 } });
    expect(result.stopReason).toBe('max-steps');
    expect(result.steps).toBe(7);
  });

  it('the schedule and the sampling mode change the numbers', () => {
    const sampled = {
      ...base,
      sampling: { mode: 'without-replacement', batchSize: 5 },
      run: { steps: 40 },
    };
    const plain = run('classification', sampled).params;
    const decayed = run('classification', { ...sampled, schedule: { name: 'inverse' } }).params;
    const inOrder = run('classification', {
      ...sampled,
      sampling: { mode: 'in-order', batchSize: 5 },
    }).params;
    expect(decayed).not.toEqual(plain);
    expect(inOrder).not.toEqual(plain);
  });
});

describe('page and runner agree (issue 11.4)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'descent-refusals-'));
  const runner = (file, ...args) =>
    spawnSync('node', ['bin/descent.mjs', 'run', file, '--compact', ...args], { encoding: 'utf8' });

  it('the runner reads a scenario with a byte-order mark', () => {
    const file = join(dir, 'bom.json');
    const scenario = envelope('regression', { data: { name: 'commute' }, run: { steps: 10 } });
    writeFileSync(file, `\uFEFF${JSON.stringify(scenario)}`);
    const result = runner(file);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).steps).toBe(10);
  });

  it('the runner refuses a lab named __proto__ with exit code 1 and no stack trace', () => {
    const file = join(dir, 'proto.json');
    writeFileSync(file, '{"format":"descent-scenario","version":1,"lab":"__proto__"}');
    const result = runner(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Unknown lab "__proto__"/);
    expect(result.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
  });

  it('Network URL points labelled −1 become 0, with a note, and the model builds', () => {
    const names = networkNames(engine);
    const query = new URLSearchParams('pts=1,1,-1;-2,0.5,1;0,0,-1');
    const { state, corrections } = readNetworkQuery(query, names);
    expect(state.points).toEqual([
      [1, 1, 0],
      [-2, 0.5, 1],
      [0, 0, 0],
    ]);
    expect(corrections).toEqual([
      expect.objectContaining({
        field: 'points',
        name: 'pts',
        reason: expect.stringMatching(/\[0\] label −1 is read as 0/),
      }),
    ]);
    const model = createNetworkModel(engine, state);
    model.dispose();
  });

  it('a Network scenario with a −1 label is refused by name', () => {
    expect(
      messageOf(() =>
        run('network', {
          data: {
            points: [
              [1, 1, 1],
              [1, 2, -1],
            ],
          },
        }),
      ),
    ).toBe(
      "data.points[1] must have the label 0 or 1 (−1 is the Classification lab's convention) " +
        '(got [1, 2, -1]).',
    );
  });
});

describe('the documented scenario forms work (issue 16)', () => {
  it('Regression data.points [[x, y], …] is the points data set', () => {
    const points = [
      [0, 1],
      [1, 3],
      [2, 2],
      [3, 5],
      [4, 4],
    ];
    const result = run('regression', { data: { points }, run: { steps: 2000 } });
    expect(result.regression.closedForm).toHaveLength(2);
    expect(result.regression.distanceToClosedForm).toBeLessThan(1e-3);
  });

  it('Regression model.degree is the degree of the polynomial fit', () => {
    const fit = (degree) =>
      run('regression', { data: { name: 'sine' }, model: { degree }, run: { steps: 1 } }).regression
        .polynomial;
    const line = fit(1);
    const quintic = fit(5);
    expect(line.coefficients).toHaveLength(2);
    expect(quintic.coefficients).toHaveLength(6);
    expect(quintic.trainCost).toBeLessThan(line.trainCost);
  });

  it('Classification data.points [[x, y, label], …] is the points data set', () => {
    const points = [
      [-1, -1, -1],
      [-2, -1, -1],
      [1, 1, 1],
      [2, 1.5, 1],
    ];
    const result = run('classification', { data: { points }, model: { name: 'logistic' } });
    expect(result.classification.accuracy).toBe(1);
  });

  it('Network sampling modes other than without-replacement run', () => {
    for (const mode of ['full', 'in-order', 'with-replacement']) {
      const result = run('network', { sampling: { mode, batchSize: 10 }, run: { epochs: 2 } });
      expect(result.epochs).toBe(2);
    }
  });
});

describe('the envelope', () => {
  it('names a wrong format, then another lab, then a missing format; no version is 1', () => {
    const names = networkNames(engine);
    const read = (scenario) => networkStateFromScenario(scenario, names);
    expect(messageOf(() => read({ lab: 'valley' }))).toBe(
      'This scenario is for the "valley" lab, not the network lab.',
    );
    expect(messageOf(() => read({ lab: 'network' }))).toBe(
      'Not a Descent scenario: "format" must be "descent-scenario" (got undefined).',
    );
    expect(messageOf(() => read({ format: 'descent-scenario', version: 2, lab: 'network' }))).toBe(
      'Unsupported scenario version 2; this build reads version 1.',
    );
    expect(read({ format: 'descent-scenario', lab: 'network' }).problem).toBe('classification');
    expect(messageOf(() => read({ format: 'nope' }))).toBe(
      'Not a Descent scenario: "format" must be "descent-scenario" (got "nope").',
    );
  });
});

describe('bin/descent.mjs with several files', () => {
  it('runs each and prints their results by file; a refused one names its file', () => {
    const files = ['regression-commute.json', 'valley-rosenbrock-race.json'].map(
      (name) => `docs/scenarios/${name}`,
    );
    const ok = spawnSync(
      'node',
      ['bin/descent.mjs', 'run', ...files, '--steps', '5', '--compact'],
      { encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    const results = JSON.parse(ok.stdout);
    expect(Object.keys(results)).toEqual(files);
    expect(results[files[1]].steps).toBe(5);
    const dir = mkdtempSync(join(tmpdir(), 'descent-several-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(envelope('network', { data: { count: 1e9 } })));
    const refused = spawnSync('node', ['bin/descent.mjs', 'check', files[0], bad], {
      encoding: 'utf8',
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `descent: ${bad}: data.count must be in [20, 2000] (got 1000000000).\n`,
    );
  });
});
