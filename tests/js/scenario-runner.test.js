// The headless runner on every example of docs/scenarios.md: it runs, it is deterministic, it
// learns, and it prints the same numbers as the lab module the browser calls.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import { parseScenario, runScenario, scenarioLabs } from '../../web/src/scenario/scenario.js';

const EXAMPLES = 'docs/scenarios';
const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'));

/** Runs bin/descent.mjs and parses its JSON output. */
function runner(...args) {
  return JSON.parse(
    execFileSync('node', ['bin/descent.mjs', ...args, '--compact'], { encoding: 'utf8' }),
  );
}

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

describe('docs/scenarios examples', () => {
  it('cover every lab and are all linked from docs/scenarios.md', () => {
    const docs = readFileSync('docs/scenarios.md', 'utf8');
    for (const file of files) expect(docs).toContain(`scenarios/${file}`);
    const labs = files.map((file) => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')).lab);
    expect(new Set(labs)).toEqual(new Set(scenarioLabs()));
  });

  for (const file of files) {
    it(`${file}: runs twice with identical numbers, lowers the cost, and matches the in-page run`, () => {
      const path = join(EXAMPLES, file);
      const first = runner('run', path);
      const second = runner('run', path);
      expect(second).toEqual(first);
      expect(Number.isFinite(first.finalCost)).toBe(true);
      expect(first.stopReason).not.toBe('diverged');
      expect(first.finalCost).toBeLessThan(first.cost.values[0]);
      const inPage = runScenario(engine, parseScenario(readFileSync(path, 'utf8')));
      expect(JSON.parse(JSON.stringify(inPage))).toEqual(first);
    });
  }
});

describe('bin/descent.mjs errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'descent-'));
  const cases = [
    ['not JSON', '{ "format": ', /not valid JSON/],
    [
      'wrong format',
      '{ "format": "other", "version": 1, "lab": "valley" }',
      /Not a Descent scenario/,
    ],
    [
      'unknown lab',
      '{ "format": "descent-scenario", "version": 1, "lab": "nope" }',
      /Unknown lab "nope"/,
    ],
  ];
  for (const [name, text, message] of cases) {
    it(`refuses ${name} with a readable message and exit code 1`, () => {
      const file = join(dir, `${name.replace(/\s/g, '-')}.json`);
      writeFileSync(file, text);
      const result = spawnSync('node', ['bin/descent.mjs', 'run', file], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    });
  }
  it('says how to use it', () => {
    const result = spawnSync('node', ['bin/descent.mjs', 'help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/descent run <scenario.json>/);
  });
});
