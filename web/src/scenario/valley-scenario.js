// The Valley lab's scenario module (docs/scenarios.md): lab state ⇄ scenario JSON through the
// Valley field table, and a headless run of every racer with the trainer options the page uses.
import { scenarioFromFields, stateFromFields } from '../state/field-scenario.js';
import { quote, refusal } from '../state/field-values.js';
import { VALLEY_TABLE, racerTrainerOptions } from '../state/valley-state.js';
import { ENVELOPE_PATHS, checkEnvelope, runSteps, scenarioOf } from './scenario-envelope.js';

export const lab = 'valley';
const DEFAULT_RUN_STEPS = 1000;
/** The most steps a racer runs in one scenario. */
export const MAX_RUN_STEPS = 1e7;
// Paths the module reads itself; `seed` is accepted for the shared envelope (a surface race
// draws nothing at random).
const EXTRA_PATHS = [...ENVELOPE_PATHS, 'seed', 'run'];

/** Why a race with every racer switched off is refused (the page says the same). */
export const NO_RACER = 'racers: no racer is enabled, so nothing runs (enable at least one).';

/** The names the state is checked against, from the engine: the core's surfaces. */
export function namesFrom(engine) {
  return engine.surfaceNames();
}

/**
 * Lab state → scenario (plain JSON). Every racer is listed; `enabled: false` keeps a switched-off
 * racer's settings so that an import restores the page exactly.
 * @param {import('../state/valley-state.js').ValleyState} state
 */
export function scenarioFromState(state) {
  const body = scenarioFromFields(VALLEY_TABLE, state);
  return scenarioOf(lab, { seed: 1, ...body, run: { steps: DEFAULT_RUN_STEPS } });
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The shorthands of the file format, written out: `surface` as a name, one `optimizer`. */
function expandShorthands(scenario) {
  const expanded = { ...scenario };
  if (typeof scenario.surface === 'string') expanded.surface = { name: scenario.surface };
  const { start } = scenario;
  if (start !== undefined && (!Array.isArray(start) || start.length !== 2)) {
    throw refusal('start', 'must be [x, y]', start);
  }
  if (scenario.optimizer !== undefined || scenario.schedule !== undefined) {
    // A single-optimizer scenario (the shared format's "optimizer"/"schedule" fields).
    if (scenario.racers !== undefined) {
      throw new Error('Give either "racers" or one "optimizer" (with its "schedule"), not both.');
    }
    if (!isObject(scenario.optimizer)) {
      throw new Error(`optimizer must be an object (got ${quote(scenario.optimizer)}).`);
    }
    const racer = { optimizer: scenario.optimizer };
    if (scenario.schedule !== undefined) racer.schedule = scenario.schedule;
    expanded.racers = [racer];
    delete expanded.optimizer;
    delete expanded.schedule;
  }
  if (Array.isArray(expanded.racers)) {
    expanded.racers = expanded.racers.map((entry) => {
      if (!isObject(entry)) return entry;
      const copy = { ...entry };
      if (typeof entry.optimizer === 'string') copy.optimizer = { name: entry.optimizer };
      if (typeof entry.schedule === 'string') copy.schedule = { name: entry.schedule };
      return copy;
    });
  }
  return expanded;
}

/**
 * Scenario → lab state. Throws an Error that names a bad field; omitted fields take the lab's
 * defaults.
 * @param {any} scenario
 * @param {string[]} surfaceNames the core's surface names (namesFrom(engine))
 */
export function stateFromScenario(scenario, surfaceNames) {
  checkEnvelope(scenario, lab);
  if (!Array.isArray(surfaceNames)) {
    throw new Error('stateFromScenario needs the surface names of the engine (namesFrom(engine)).');
  }
  return /** @type {import('../state/valley-state.js').ValleyState} */ (
    stateFromFields(VALLEY_TABLE, expandShorthands(scenario), surfaceNames, {
      extraPaths: EXTRA_PATHS,
    })
  );
}

/**
 * Runs every enabled racer for `run.steps` steps (or until its stop rule fires) and returns the
 * results. The top-level fields describe the first enabled racer; valley.racers lists all.
 * @param {import('../engine/engine.js').Engine} engine
 * @param {any} scenario
 */
export function runScenario(engine, scenario) {
  const state = stateFromScenario(scenario, namesFrom(engine));
  const steps = runSteps(scenario, { steps: DEFAULT_RUN_STEPS, maxSteps: MAX_RUN_STEPS });
  // Refused before anything is made, as the page says it cannot run (valley.noRacer).
  if (!state.racers.some((r) => r.enabled)) throw new Error(NO_RACER);
  const surface = engine.createSurface(state.surface, {
    conditionNumber: state.conditionNumber,
    rotationDegrees: state.rotationDegrees,
  });
  const racers = [];
  try {
    const start =
      state.startX === null ? surface.standardStart() : { x: state.startX, y: state.startY };
    for (const racer of state.racers.filter((r) => r.enabled)) {
      const trainer = surface.createTrainer(racerTrainerOptions(racer, state), start);
      try {
        trainer.step(steps);
        const params = Array.from(trainer.params());
        racers.push({
          optimizer: racer.optimizer,
          stopReason: trainer.state(),
          stopMessage: trainer.stopMessage(),
          steps: trainer.stepCount(),
          cost: trainer.costHistory(),
          finalCost: surface.value(params[0], params[1]),
          params,
        });
      } finally {
        trainer.dispose();
      }
    }
  } finally {
    surface.dispose();
  }
  const first = racers[0];
  return {
    lab,
    stopReason: first.stopReason,
    stopMessage: first.stopMessage,
    steps: first.steps,
    epochs: 0,
    cost: first.cost,
    finalCost: first.finalCost,
    params: first.params,
    valley: { surface: state.surface, racers },
  };
}
