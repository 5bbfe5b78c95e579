// Fuzz tier: URL state (each lab's read*Query, the page's fromQuery) on mutated real links and
// on arbitrary query strings. Lenient reading never throws and always gives a state that strict
// reading accepts; it says what it changed; the state survives the URL round trip; the runner
// reads the page's state as the page does (the scenario written from it reads back to it), and
// runs it or refuses it by name, without a crash, a NaN of a run that did not diverge, or a leak.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../web/src/engine/load-node.js';
import * as classificationScenario from '../../../web/src/scenario/classification-scenario.js';
import * as networkScenario from '../../../web/src/scenario/network-scenario.js';
import * as regressionScenario from '../../../web/src/scenario/regression-scenario.js';
import * as valleyScenario from '../../../web/src/scenario/valley-scenario.js';
import { parseScenario, runScenario } from '../../../web/src/scenario/scenario.js';
import * as classification from '../../../web/src/state/classification-state.js';
import { strictState } from '../../../web/src/state/field-table.js';
import * as network from '../../../web/src/state/network-state.js';
import * as regression from '../../../web/src/state/regression-state.js';
import * as valley from '../../../web/src/state/valley-state.js';
import {
  assertFiniteUnlessDiverged,
  assertRefusal,
  assertSameFootprint,
  footprint,
  fuzzParameters,
  nextTurn,
  testTimeout,
  trackObjects,
  withinTime,
} from './fuzz-support.js';
import { realScenarioTexts } from './scenario-mutations.js';

const URL_RUNS = 2400;
const RAW_RUNS = 1600;

let engine;
let objects;
/** @type {{ id: string, table: any, names: unknown, read: Function, write: Function,
 *   scenario: any }[]} */
let labs;
const tally = { links: 0, corrections: 0, ran: 0, refusedByCore: 0 };

beforeAll(async () => {
  engine = await loadEngine();
  objects = trackObjects(engine.core);
  const surfaceNames = engine.surfaceNames();
  const networkNames = network.networkNames(engine);
  labs = [
    {
      id: 'valley',
      table: valley.VALLEY_TABLE,
      names: surfaceNames,
      read: (params) => valley.readValleyQuery(params, surfaceNames),
      write: valley.valleyStateToQuery,
      scenario: valleyScenario,
    },
    {
      id: 'regression',
      table: regression.REGRESSION_TABLE,
      names: undefined,
      read: regression.readRegressionQuery,
      write: regression.regressionStateToQuery,
      scenario: regressionScenario,
    },
    {
      id: 'classification',
      table: classification.CLASSIFICATION_TABLE,
      names: undefined,
      read: classification.readClassificationQuery,
      write: classification.classificationStateToQuery,
      scenario: classificationScenario,
    },
    {
      id: 'network',
      table: network.NETWORK_TABLE,
      names: networkNames,
      read: (params) => network.readNetworkQuery(params, networkNames),
      write: network.networkStateToQuery,
      scenario: networkScenario,
    },
  ];
});
afterAll(() => console.log(`URL state fuzz: ${JSON.stringify(tally)}`));

/** Real links: each lab's default state and the state of every shipped scenario, as URLs. */
function realLinks() {
  const links = labs.map((lab) => ({ lab: lab.id, query: '' }));
  for (const text of realScenarioTexts()) {
    const scenario = parseScenario(text);
    const lab = labs.find((l) => l.id === scenario.lab);
    const state = lab.scenario.stateFromScenario(scenario, lab.scenario.namesFrom(engine));
    links.push({ lab: lab.id, query: lab.write(state).toString() });
  }
  return links;
}

/** Every URL key the tables know (a group's member keys as `<member>.<key>`). */
function queryKeys() {
  const keys = new Set(['lr']);
  for (const lab of labs) {
    for (const field of lab.table.fields) {
      if (field.query) keys.add(field.query);
      if (field.type !== 'group') continue;
      keys.add(field.membership.query);
      for (const member of field.members(lab.names)) {
        for (const sub of field.fields) if (sub.query) keys.add(`${member}.${sub.query}`);
      }
    }
  }
  return [...keys];
}

const NASTY_TEXT = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-0',
  '0x1F',
  ' 3 ',
  '1,2',
  '1.2.3',
  'none',
  'true',
  'x1.x2.sin(x1)',
  '__proto__',
  '%E2%88%9E',
  '\u0000',
  '−1',
  '4294967297',
  '9007199254740993',
  'a'.repeat(5000),
  '0,0,1;1,1,-1',
];

/** Text edits of a link: set, append (a duplicate key) or delete a key. */
function linkArbitrary(links) {
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
    { weight: 3, arbitrary: fc.double().map(String) },
    { weight: 2, arbitrary: fc.integer({ min: -3, max: 3000 }).map(String) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const edit = fc.record({
    kind: fc.constantFrom('set', 'set', 'append', 'delete'),
    key: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...queryKeys()) }, fc.string()),
    value,
  });
  return fc.tuple(fc.constantFrom(...links), fc.array(edit, { minLength: 1, maxLength: 5 }));
}

/** One link read by one lab's page: every property of lenient reading, then a short run. */
function readLink(lab, params) {
  const input = () => `${lab.id}?${params.toString()}`;
  const { state, corrections } = lab.read(params);
  tally.links++;
  tally.corrections += corrections.length;
  for (const correction of corrections) {
    expect(typeof correction.reason).toBe('string');
    expect(correction.value.length).toBeLessThanOrEqual(61);
  }
  // What lenient reading gives, strict reading accepts.
  expect(() => strictState(lab.table, state, lab.names), input()).not.toThrow();
  // The URL round trip: the page's link gives the same state back and no corrections.
  const again = lab.read(lab.write(state));
  const longText = lab.table.fields.filter(
    (f) => f.urlMaxLength !== undefined && String(state[f.key]).length > f.urlMaxLength,
  );
  // Compared as JSON: a seed of -0 read from "-0" comes back as 0, the same run.
  const comparable = (s) =>
    JSON.stringify({ ...s, ...Object.fromEntries(longText.map((f) => [f.key, ''])) });
  if (comparable(again.state) !== comparable(state)) {
    expect(comparable(again.state), input()).toBe(comparable(state));
  }
  if (longText.length === 0) expect(again.corrections, input()).toEqual([]);
  // The runner reads the page's export as the page does: the scenario written from the state
  // reads back to a state that writes the same scenario (settings a run ignores, such as the
  // sampling order of a full batch, are not part of the file).
  const names = lab.scenario.namesFrom(engine);
  const written = lab.scenario.scenarioFromState(state);
  const reread = lab.scenario.stateFromScenario(written, names);
  const rewritten = lab.scenario.scenarioFromState(reread);
  if (!isDeepStrictEqual(rewritten, written)) expect(rewritten, input()).toEqual(written);
  // And runs it, or the core refuses it by name.
  const scenario = { ...written, run: { steps: 3 } };
  const before = footprint(engine.core, objects);
  try {
    const result = withinTime(() => runScenario(engine, scenario), input());
    tally.ran++;
    assertFiniteUnlessDiverged(result, input);
  } catch (error) {
    if (String(error?.message).startsWith('hang:')) throw error;
    assertRefusal(error, input);
    tally.refusedByCore++;
  }
  assertSameFootprint(before, footprint(engine.core, objects), input);
}

describe('URL state fuzz', () => {
  it(
    'mutated real links read leniently into states the runner shares',
    async () => {
      const property = fc.asyncProperty(linkArbitrary(realLinks()), async ([link, edits]) => {
        await nextTurn();
        const params = new URLSearchParams(link.query);
        for (const { kind, key, value } of edits) {
          if (kind === 'delete') params.delete(key);
          else if (kind === 'append') params.append(key, value);
          else params.set(key, value);
        }
        readLink(
          labs.find((lab) => lab.id === link.lab),
          params,
        );
      });
      await fc.assert(property, fuzzParameters(URL_RUNS));
    },
    testTimeout(URL_RUNS, 40),
  );

  it(
    'any query string reads without throwing in every lab',
    async () => {
      const query = fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc
          .array(fc.tuple(fc.constantFrom(...queryKeys()), fc.constantFrom(...NASTY_TEXT)))
          .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
      );
      const property = fc.asyncProperty(query, fc.nat(3), async (text, which) => {
        await nextTurn();
        readLink(labs[which], new URLSearchParams(text));
      });
      await fc.assert(property, fuzzParameters(RAW_RUNS));
    },
    testTimeout(RAW_RUNS, 40),
  );
});
