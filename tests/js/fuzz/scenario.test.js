// Fuzz tier: the scenario parser and runner (the `descent run` path: parseScenario, then
// runScenario with the wasm engine) on mutated real scenarios and corrupted scenario text.
// Every case either runs or is refused with a readable Error; no TypeError, no wasm trap, no
// case over the time limit, no NaN in a result whose run did not diverge, and the wasm stack,
// Embind handles and C++ objects back where they were after every case.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../web/src/engine/load-node.js';
import {
  parseScenario,
  runScenario,
  scenarioModule,
  stateFromScenario,
} from '../../../web/src/scenario/scenario.js';
import {
  assertFiniteUnlessDiverged,
  assertRefusal,
  assertSameFootprint,
  footprint,
  fuzzParameters,
  heapBytes,
  nextTurn,
  testTimeout,
  trackObjects,
  withinTime,
} from './fuzz-support.js';
import {
  describeInput,
  editText,
  mutateScenario,
  realScenarioTexts,
  scenarioArbitraries,
  textArbitraries,
  withRun,
} from './scenario-mutations.js';

const MUTATION_RUNS = 2400;
const TEXT_RUNS = 3000;

let engine;
let objects;
const texts = realScenarioTexts();
const tally = { run: 0, refused: 0, diverged: 0, parsed: 0, textRefused: 0 };

beforeAll(async () => {
  engine = await loadEngine();
  objects = trackObjects(engine.core);
});
afterAll(() => {
  console.log(`scenario fuzz: ${JSON.stringify(tally)}`);
});

/**
 * One case of the runner: runs the scenario, checks the outcome and the footprint.
 * @param {object} scenario
 */
function runCase(scenario) {
  const input = () => describeInput(scenario);
  const before = footprint(engine.core, objects);
  let result;
  try {
    result = withinTime(() => runScenario(engine, scenario), 'runScenario');
  } catch (error) {
    if (String(error?.message).startsWith('hang:')) throw error;
    assertRefusal(error, input);
    tally.refused++;
  }
  if (result !== undefined) {
    tally.run++;
    if (result.stopReason === 'diverged') tally.diverged++;
    assertFiniteUnlessDiverged(result, input);
    // The result is plain JSON: it survives a round trip (the runner prints it).
    expect(() => JSON.stringify(result)).not.toThrow();
  }
  assertSameFootprint(before, footprint(engine.core, objects), input);
}

describe('scenario fuzz', () => {
  it('finds the real scenarios to mutate', () => {
    expect(texts.length).toBeGreaterThanOrEqual(7);
    for (const text of texts) expect(() => parseScenario(text)).not.toThrow();
  });

  it(
    'mutated real scenarios run or are refused by name; memory stays put',
    async () => {
      const { base, mutations, run } = scenarioArbitraries(texts);
      const property = fc.asyncProperty(base, mutations, run, async (scenario, changes, length) => {
        await nextTurn();
        runCase(withRun(mutateScenario(scenario, changes), length));
      });
      await fc.assert(property, fuzzParameters(MUTATION_RUNS));
      // The heap only grows, so a leak shows as growth when the same cases run again: the
      // first pass has already grown it to what those cases need.
      const heap = heapBytes(engine.core);
      await fc.assert(property, fuzzParameters(MUTATION_RUNS / 4));
      expect(heapBytes(engine.core)).toBe(heap);
    },
    testTimeout(MUTATION_RUNS * 1.25, 60),
  );

  it(
    'corrupted scenario text is parsed or refused, and what parses runs or is refused',
    async () => {
      const { text, edits } = textArbitraries(texts);
      const property = fc.asyncProperty(text, edits, async (original, changes) => {
        await nextTurn();
        const edited = editText(original, changes);
        let scenario;
        try {
          scenario = parseScenario(edited);
        } catch (error) {
          assertRefusal(error, edited);
          tally.textRefused++;
          return;
        }
        tally.parsed++;
        // The page's import and the runner read the same text alike (a byte-order mark too).
        expect(() => scenarioModule(scenario)).not.toThrow();
        runCase(withRun(scenario, { steps: 3 }));
      });
      await fc.assert(property, fuzzParameters(TEXT_RUNS));
    },
    testTimeout(TEXT_RUNS, 40),
  );

  it(
    'the lab state of a mutated scenario is refused by name or is a state the runner accepts',
    async () => {
      const { base, mutations } = scenarioArbitraries(texts);
      const property = fc.asyncProperty(base, mutations, async (scenario, changes) => {
        await nextTurn();
        const mutated = mutateScenario(scenario, changes);
        const input = () => describeInput(mutated);
        let state;
        try {
          state = stateFromScenario(mutated, engine);
        } catch (error) {
          assertRefusal(error, input);
          return;
        }
        // `descent check` accepted it: the page's export of that state reads back to a state
        // that exports the same file (what the page exports, the runner reads alike).
        const module = scenarioModule(mutated);
        const written = module.scenarioFromState(state);
        const rewritten = module.scenarioFromState(stateFromScenario(written, engine));
        if (!isDeepStrictEqual(rewritten, written)) expect(rewritten, input()).toEqual(written);
      });
      await fc.assert(property, fuzzParameters(MUTATION_RUNS));
    },
    testTimeout(MUTATION_RUNS, 20),
  );
});
