// The scenario file: one JSON object that describes a complete run of one lab (docs/scenarios.md).
// The browser exports and imports it; bin/descent.mjs runs it headless. Both go through the
// lab's own module (web/src/scenario/<lab>-scenario.js), so the numbers are the same.
//
// A lab module exports: lab (its id), scenarioFromState(state), stateFromScenario(scenario) and
// runScenario(engine, scenario) → plain JSON result.

import * as networkScenario from './network-scenario.js';
import * as valleyScenario from './valley-scenario.js';
import * as regressionScenario from './regression-scenario.js';
import * as classificationScenario from './classification-scenario.js';

import { SCENARIO_FORMAT, SCENARIO_VERSION } from './scenario-envelope.js';

export { SCENARIO_FORMAT, SCENARIO_VERSION, withEnvelope } from './scenario-envelope.js';

/** @type {Record<string, { lab: string, scenarioFromState: Function, stateFromScenario: Function, runScenario: Function }>} */
const LAB_MODULES = {};

/** Makes a lab's scenario module known (called once per lab module, below). */
function registerLab(module) {
  LAB_MODULES[module.lab] = module;
}
// -- scenario modules --
registerLab(networkScenario);
registerLab(valleyScenario);
registerLab(regressionScenario);
registerLab(classificationScenario);

/** @returns {string[]} the labs that have a scenario module */
export function scenarioLabs() {
  return Object.keys(LAB_MODULES);
}

/**
 * Checks the envelope of a scenario (format, version, lab) and returns its lab module.
 * Throws an Error with a readable message otherwise.
 * @param {unknown} scenario
 */
export function scenarioModule(scenario) {
  if (scenario === null || typeof scenario !== 'object' || Array.isArray(scenario)) {
    throw new Error('A scenario must be a JSON object.');
  }
  const { format, version, lab } = /** @type {Record<string, unknown>} */ (scenario);
  if (format !== SCENARIO_FORMAT) {
    throw new Error(`Not a Descent scenario: "format" must be "${SCENARIO_FORMAT}" (got ${JSON.stringify(format)}).`);
  }
  if (version !== SCENARIO_VERSION) {
    throw new Error(`Unsupported scenario version ${JSON.stringify(version)}; this build reads version ${SCENARIO_VERSION}.`);
  }
  const module = typeof lab === 'string' ? LAB_MODULES[lab] : undefined;
  if (!module) {
    throw new Error(`Unknown lab ${JSON.stringify(lab)}. Choose one of: ${scenarioLabs().join(', ')}.`);
  }
  return module;
}

/**
 * Parses scenario text (a file's contents). Throws a readable Error for bad JSON or a bad envelope.
 * @param {string} text
 */
export function parseScenario(text) {
  let scenario;
  try {
    scenario = JSON.parse(text);
  } catch (error) {
    throw new Error(`The scenario file is not valid JSON: ${error instanceof Error ? error.message : error}`);
  }
  scenarioModule(scenario);
  return scenario;
}

/**
 * The lab state a scenario describes (for import into the browser).
 * @param {object} scenario
 */
export function stateFromScenario(scenario) {
  return scenarioModule(scenario).stateFromScenario(scenario);
}

/**
 * Runs a scenario headless and returns its result (plain JSON).
 * @param {import('../engine/engine.js').Engine} engine
 * @param {object} scenario
 */
export function runScenario(engine, scenario) {
  return scenarioModule(scenario).runScenario(engine, scenario);
}
