// Arbitraries for the scenario fuzzing: real scenario files (docs/scenarios and the JSON blocks
// of docs/scenarios.md) mutated the way a careless or hostile author would (a value replaced by
// an edge number, a wrong type, a huge array or another field's value; a key deleted or added
// under a name from the format or a prototype's), and their text corrupted character by
// character.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLES = 'docs/scenarios';

/** Every scenario the project ships: the example files and the examples in the docs. */
export function realScenarioTexts() {
  const files = readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => readFileSync(join(EXAMPLES, name), 'utf8'));
  const docs = readFileSync('docs/scenarios.md', 'utf8');
  const blocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]);
  return [...files, ...blocks].filter((text) => {
    try {
      return JSON.parse(text)?.format === 'descent-scenario';
    } catch {
      return false;
    }
  });
}

/** Every key and every leaf value that appears in `scenarios`, to graft onto others. */
function vocabulary(scenarios) {
  const keys = new Set();
  const leaves = [];
  const walk = (node) => {
    if (node === null || typeof node !== 'object') {
      leaves.push(node);
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!Array.isArray(node)) keys.add(key);
      walk(child);
    }
  };
  scenarios.forEach(walk);
  return { keys: [...keys], leaves };
}

const EDGE_NUMBERS = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  -1,
  1,
  0.5,
  1e-320,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 32 + 1,
  2 ** 53 + 1,
  1e9,
  1e12,
  Number.MAX_SAFE_INTEGER,
];
const NASTY_STRINGS = [
  '',
  ' ',
  'NaN',
  '1e3',
  '0x10',
  ' 7 ',
  '__proto__',
  'constructor',
  'toString',
  '\u0000',
  '\ufeff',
  '<script>alert(1)</script>',
  'x'.repeat(5000),
];
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''];

/** @param {string[]} texts real scenario texts */
export function scenarioArbitraries(texts) {
  const scenarios = texts.map((text) => JSON.parse(text));
  const { keys, leaves } = vocabulary(scenarios);
  const number = fc.oneof(
    fc.constantFrom(...EDGE_NUMBERS),
    fc.double(),
    fc.integer({ min: -5, max: 300 }),
  );
  const smallValue = fc.oneof(
    { weight: 8, arbitrary: number },
    { weight: 8, arbitrary: fc.constantFrom(...leaves) },
    { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(null, true, false, undefined) },
    { weight: 4, arbitrary: fc.array(number, { maxLength: 6 }) },
    { weight: 2, arbitrary: fc.array(fc.array(number, { maxLength: 4 }), { maxLength: 6 }) },
    {
      weight: 1,
      // A huge list (a pasted file, a hostile URL): refused or read, never slow or copied whole
      // into a message.
      arbitrary: fc
        .integer({ min: 1000, max: 30_000 })
        .map((n) => Array.from({ length: n }, (_, i) => (i % 7) / 3)),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...keys) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  const mutation = fc.record({
    kind: fc.constantFrom('set', 'set', 'add', 'delete'),
    at: fc.nat(),
    key,
    value: smallValue,
  });
  // Run lengths: short valid ones (a case stays fast) or refused ones; a valid long run would
  // only be slow, not wrong.
  const run = fc.oneof(
    { weight: 4, arbitrary: fc.record({ steps: fc.integer({ min: 0, max: 25 }) }) },
    { weight: 2, arbitrary: fc.record({ epochs: fc.integer({ min: 0, max: 2 }) }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        { steps: -1 },
        { steps: 1.5 },
        { steps: 1e15 },
        { steps: 2 ** 32 + 1 },
        { steps: 'lots' },
        { steps: NaN },
        { epochs: 1e9 },
        { epochs: -3 },
        { steps: 5, epochs: 1 },
        { stpes: 5 },
        'fast',
        [],
        null,
      ),
    },
  );
  return {
    base: fc.constantFrom(...scenarios),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 2 }),
    run,
  };
}

/** The most entries of one list that mutations reach (a huge list is one value, not 10⁵). */
const LIST_ENTRIES_REACHED = 8;

/** Paths (lists of keys) of the nodes of `root` except the run section, root included. */
function nodePaths(root) {
  const paths = [];
  const walk = (node, path) => {
    paths.push(path);
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    const reached = Array.isArray(node) ? keys.slice(0, LIST_ENTRIES_REACHED) : keys;
    for (const key of reached) {
      if (path.length === 0 && key === 'run') continue;
      walk(node[key], [...path, key]);
    }
  };
  walk(root, []);
  return paths;
}

/**
 * Applies mutations to a deep copy of `scenario` (keys are set with defineProperty, so a key
 * named "__proto__" becomes an own property, as JSON.parse makes it).
 * @param {object} scenario
 * @param {{ kind: string, at: number, key: string, value: unknown }[]} mutations
 */
export function mutateScenario(scenario, mutations) {
  const copy = structuredClone(scenario);
  for (const { kind, at, key, value } of mutations) {
    const paths = nodePaths(copy);
    const path = paths[at % paths.length];
    const parentPath = kind === 'add' ? path : path.slice(0, -1);
    let parent = copy;
    for (const step of parentPath) parent = parent?.[step];
    if (parent === null || typeof parent !== 'object') continue;
    const target = kind === 'add' ? key : path[path.length - 1];
    if (target === undefined) continue;
    if (kind === 'delete') {
      delete parent[target];
    } else {
      Object.defineProperty(parent, target, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}

/** Sets the run section (undefined leaves it out). */
export function withRun(scenario, run) {
  const copy = { ...scenario };
  delete copy.run;
  if (run !== undefined) copy.run = run;
  return copy;
}

/** Text edits: insert, delete or replace characters, truncate, or add a byte-order mark. */
export function textArbitraries(texts) {
  const edit = fc.record({
    kind: fc.constantFrom('insert', 'delete', 'replace', 'truncate', 'bom'),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '-', '1e999', 'null', '\\u0000', '\ufeff'),
    ),
  });
  return { text: fc.constantFrom(...texts), edits: fc.array(edit, { minLength: 1, maxLength: 5 }) };
}

/** @param {string} text @param {{ kind: string, at: number, text: string }[]} edits */
export function editText(text, edits) {
  let out = text;
  for (const { kind, at, text: piece } of edits) {
    const i = at % (out.length + 1);
    if (kind === 'insert') out = out.slice(0, i) + piece + out.slice(i);
    else if (kind === 'delete') out = out.slice(0, i) + out.slice(i + piece.length + 1);
    else if (kind === 'replace') out = out.slice(0, i) + piece + out.slice(i + piece.length);
    else if (kind === 'truncate') out = out.slice(0, i);
    else out = `\ufeff${out}`;
  }
  return out;
}

/** JSON text of a mutated scenario for a failure message (NaN and friends spelled out). */
export function describeInput(value) {
  return JSON.stringify(value, (_, v) =>
    typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
  );
}
