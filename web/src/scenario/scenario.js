// The scenario file: one JSON object that describes a complete run of one lab (docs/scenarios.md).
// The browser exports and imports it; bin/descent.mjs runs it headless. Both go through the
// lab's own module (web/src/scenario/<lab>-scenario.js), so the numbers are the same.
//
// A lab module exports: lab (its id), namesFrom(engine) (the names its state is checked
// against), scenarioFromState(state), stateFromScenario(scenario, names) and
// runScenario(engine, scenario) → plain JSON result.
import * as networkScenario from './network-scenario.js';
import * as valleyScenario from './valley-scenario.js';
import * as regressionScenario from './regression-scenario.js';
import * as classificationScenario from './classification-scenario.js';
import { quote } from '../state/field-values.js';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from './scenario-envelope.js';

export { SCENARIO_FORMAT, SCENARIO_VERSION, withEnvelope } from './scenario-envelope.js';

/**
 * @typedef {object} LabScenarioModule
 * @property {string} lab
 * @property {(engine: any) => unknown} namesFrom
 * @property {(state: any) => object} scenarioFromState
 * @property {(scenario: any, names: any) => object} stateFromScenario
 * @property {(engine: any, scenario: any) => object} runScenario
 */

/** The lab modules by lab id (a Map: a lab named "__proto__" is just unknown). */
const LAB_MODULES = new Map(
  [networkScenario, valleyScenario, regressionScenario, classificationScenario].map((module) => [
    module.lab,
    /** @type {LabScenarioModule} */ (module),
  ]),
);

/** @returns {string[]} the labs that have a scenario module */
export function scenarioLabs() {
  return [...LAB_MODULES.keys()];
}

/**
 * Checks the envelope of a scenario (format, version, lab) and returns its lab module.
 * Throws an Error with a readable message otherwise.
 * @param {unknown} scenario
 * @returns {LabScenarioModule}
 */
export function scenarioModule(scenario) {
  if (scenario === null || typeof scenario !== 'object' || Array.isArray(scenario)) {
    throw new Error('A scenario must be a JSON object.');
  }
  const { format, version, lab } = /** @type {Record<string, unknown>} */ (scenario);
  if (format !== SCENARIO_FORMAT) {
    throw new Error(
      `Not a Descent scenario: "format" must be "${SCENARIO_FORMAT}" (got ${quote(format)}).`,
    );
  }
  if (version !== undefined && version !== SCENARIO_VERSION) {
    const reads = `this build reads version ${SCENARIO_VERSION}`;
    throw new Error(`Unsupported scenario version ${quote(version)}; ${reads}.`);
  }
  const module = typeof lab === 'string' ? LAB_MODULES.get(lab) : undefined;
  if (!module) {
    throw new Error(`Unknown lab ${quote(lab)}. Choose one of: ${scenarioLabs().join(', ')}.`);
  }
  return module;
}

/**
 * Parses scenario text (a file's contents; a byte-order mark is skipped, as browsers do).
 * Throws a readable Error for bad JSON or a bad envelope.
 * @param {string} text
 */
export function parseScenario(text) {
  let scenario;
  try {
    scenario = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The scenario file is not valid JSON: ${reason.slice(0, 200)}`, {
      cause: error,
    });
  }
  scenarioModule(scenario);
  return scenario;
}

/**
 * The lab state a scenario describes (for import into the browser, or `descent check`).
 * @param {object} scenario
 * @param {any} engine the names the state is checked against come from it
 */
export function stateFromScenario(scenario, engine) {
  const module = scenarioModule(scenario);
  return module.stateFromScenario(scenario, module.namesFrom(engine));
}

/**
 * Runs a scenario headless and returns its result (plain JSON).
 * @param {import('../engine/engine.js').Engine} engine
 * @param {object} scenario
 */
export function runScenario(engine, scenario) {
  return scenarioModule(scenario).runScenario(engine, scenario);
}
