// What every scenario file carries (format, version, lab) and how long it runs (run.steps or
// run.epochs, bounded). Its own module so that a lab's scenario module can use it without
// importing scenario.js, which imports every lab module.
import { quote, refusal } from '../state/field-values.js';

export const SCENARIO_FORMAT = 'descent-scenario';
export const SCENARIO_VERSION = 1;
/** The envelope's paths, read by checkEnvelope (every lab accepts them). */
export const ENVELOPE_PATHS = Object.freeze(['format', 'version', 'lab']);
/** The most epochs any lab runs in one scenario. */
export const MAX_RUN_EPOCHS = 10000;

/** Adds the envelope to a lab's scenario body (envelope keys first, as the files show them). */
export function withEnvelope(lab, body) {
  return { format: SCENARIO_FORMAT, version: SCENARIO_VERSION, lab, ...body };
}

/** The order of a scenario's sections in the files (sections not listed follow, as given). */
const SECTION_ORDER = [
  'seed',
  'surface',
  'start',
  'data',
  'model',
  'initial',
  'racers',
  'optimizer',
  'schedule',
  'sampling',
  'stop',
  'run',
  'view',
];

/**
 * A lab's scenario: the envelope, then the body's sections in the files' order.
 * @param {string} lab
 * @param {Record<string, unknown>} body
 */
export function scenarioOf(lab, body) {
  const ordered = {};
  for (const key of SECTION_ORDER) if (body[key] !== undefined) ordered[key] = body[key];
  for (const key of Object.keys(body)) if (!(key in ordered)) ordered[key] = body[key];
  return withEnvelope(lab, ordered);
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks that `scenario` is a scenario object of `lab`: a wrong format first, then the lab (a
 * file for another lab says so), then a missing format; a version left out is version 1.
 * Throws an Error with a readable message otherwise.
 * @param {unknown} scenario
 * @param {string} lab
 */
export function checkEnvelope(scenario, lab) {
  if (!isObject(scenario)) throw new Error('A scenario must be a JSON object.');
  const { format, version } = /** @type {Record<string, unknown>} */ (scenario);
  const given = /** @type {Record<string, unknown>} */ (scenario).lab;
  const notScenario = () =>
    refusal('Not a Descent scenario: "format"', `must be "${SCENARIO_FORMAT}"`, format);
  if (format !== undefined && format !== SCENARIO_FORMAT) throw notScenario();
  if (given !== lab) {
    throw new Error(`This scenario is for the ${quote(given)} lab, not the ${lab} lab.`);
  }
  if (format === undefined) throw notScenario();
  if (version !== undefined && version !== SCENARIO_VERSION) {
    const reads = `this build reads version ${SCENARIO_VERSION}`;
    throw new Error(`Unsupported scenario version ${quote(version)}; ${reads}.`);
  }
}

function wholeNumber(value, name, max) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw refusal(name, `must be a whole number in [0, ${max}]`, value);
  }
  return value;
}

/**
 * How long a scenario runs: { steps } or { epochs }, each a whole number within its bound.
 * @param {any} scenario
 * @param {{ steps: number, maxSteps: number, maxEpochs?: number }} limits the lab's default
 *   steps and bounds; without maxEpochs the lab runs by steps only
 * @returns {{ steps: number, epochs?: undefined } | { epochs: number, steps?: undefined }}
 */
export function runLength(scenario, limits) {
  const run = scenario.run ?? {};
  if (!isObject(run)) throw new Error(`run must be an object (got ${quote(run)}).`);
  const unknown = Object.keys(run).find((key) => key !== 'steps' && key !== 'epochs');
  if (unknown) throw refusal(`Unknown scenario field run.${unknown}`, '', run[unknown]);
  if (run.steps !== undefined && run.epochs !== undefined) {
    throw new Error('run takes either "steps" or "epochs", not both.');
  }
  if (run.epochs !== undefined) {
    if (limits.maxEpochs === undefined) {
      throw refusal('run.epochs', 'is not offered: this lab runs by steps (run.steps)', run.epochs);
    }
    return { epochs: wholeNumber(run.epochs, 'run.epochs', limits.maxEpochs) };
  }
  return { steps: wholeNumber(run.steps ?? limits.steps, 'run.steps', limits.maxSteps) };
}

/** run.steps of a lab that runs by steps only. */
export function runSteps(scenario, limits) {
  return /** @type {number} */ (runLength(scenario, limits).steps);
}

/**
 * Steps until `epochs` epochs are done or the run stops. A step advances at most one epoch, so
 * stepping as many steps as epochs are left never overshoots.
 */
export function stepEpochs(trainer, epochs) {
  while (trainer.epoch() < epochs) {
    if (trainer.step(epochs - trainer.epoch()) === 0) break;
  }
}

/**
 * The scenario's `initial` parameters: a list of finite numbers, or undefined when not given.
 * @param {any} scenario
 * @param {number} [count] the number of parameters the model has (checked when given)
 */
export function initialParams(scenario, count) {
  const initial = scenario.initial;
  if (initial === undefined) return undefined;
  const finite = (v) => typeof v === 'number' && Number.isFinite(v);
  // Array.from: a hole ([1, , 2], possible through the API) is refused, not skipped.
  if (!Array.isArray(initial) || !Array.from(initial).every(finite)) {
    throw refusal('initial', 'must be a list of finite numbers', initial);
  }
  if (count !== undefined && initial.length !== count) {
    throw refusal('initial', `must have ${count} numbers, one per parameter`, initial);
  }
  return initial;
}
