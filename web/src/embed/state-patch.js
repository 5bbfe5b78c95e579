// setState for the host API: a lab's next state from URL-style parameters (merged over the
// current ones) or from a scenario patch (sections merged over the current scenario). Strict,
// unlike a shared link: a value the lab would correct, or a name it does not know, refuses the
// whole patch by name, and the lab keeps its state.
import { readClassificationQuery } from '../state/classification-state.js';
import { readNetworkQuery } from '../state/network-state.js';
import { readRegressionQuery } from '../state/regression-state.js';
import { readValleyQuery } from '../state/valley-state.js';
import { scenarioInitial } from '../labs/shared/lab-files.js';

/** Each lab's lenient query reader, which lists what it corrected. */
const QUERY_READERS = {
  valley: readValleyQuery,
  regression: readRegressionQuery,
  classification: readClassificationQuery,
  network: readNetworkQuery,
};

/** Page parameters a host cannot change by setState (they pick the page, not the state). */
const PAGE_KEYS = ['lab', 'lang', 'embed', 'origin'];

/** @typedef {import('../labs/shared/lab-controller.js').LabController} LabController */

/**
 * '?a=1&b=2', 'a=1&b=2' or { a: 1, b: '2' } as URLSearchParams; anything else is refused.
 * @param {unknown} params
 */
function toSearchParams(params) {
  if (typeof params === 'string') return new URLSearchParams(params.replace(/^\?/, ''));
  if (params !== null && typeof params === 'object' && !Array.isArray(params)) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (!['string', 'number', 'boolean'].includes(typeof value)) {
        throw new Error(`params.${key} must be a string, number or boolean`);
      }
      query.set(key, String(value));
    }
    return query;
  }
  throw new Error('params must be a query string ("kappa=20&sgd.lr=0.05") or an object');
}

/**
 * The state `params` asks for, over the controller's current state.
 * @param {LabController} controller @param {string} labId @param {unknown} params
 */
export function stateFromParams(controller, labId, params) {
  const given = toSearchParams(params);
  const { toQuery } = controller.definition.state;
  const current = toQuery(controller.state);
  const merged = new URLSearchParams(current);
  for (const [key, value] of given) {
    if (PAGE_KEYS.includes(key)) {
      throw new Error(`"${key}" picks the page, not the state: change the iframe's src instead`);
    }
    merged.set(key, value);
  }
  const read = QUERY_READERS[labId];
  if (!read) throw new Error(`no query reader for the lab "${labId}"`);
  const { state, corrections } = read(merged, controller.names);
  if (corrections.length > 0) {
    const reasons = corrections.map((c) => `${c.name}=${c.value}: ${c.reason}`);
    throw new Error(`refused: ${reasons.join('; ')}`);
  }
  const known = new Set([...current.keys(), ...toQuery(state).keys()]);
  const unknown = [...given.keys()].filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new Error(`unknown parameter(s) for the ${labId} lab: ${unknown.join(', ')}`);
  }
  return state;
}

/**
 * The state and start weights a scenario patch asks for: each top-level section given replaces
 * the current one; sections left out keep their current values. The envelope (format, version,
 * lab) is the current lab's.
 * @param {LabController} controller @param {unknown} patch
 * @returns {{ state: object, initial: number[] | null }}
 */
export function stateFromScenarioPatch(controller, patch) {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw new Error('scenario must be an object of scenario sections (docs/scenarios.md)');
  }
  const { scenarioFromState, stateFromScenario } = controller.definition.scenario;
  const merged = { ...scenarioFromState(controller.state), ...patch };
  const state = stateFromScenario(merged, controller.names);
  return { state, initial: scenarioInitial(patch, controller.t) };
}

/**
 * Applies a setState message ({ params } or { scenario }) to the lab. Throws a readable Error
 * when the patch is refused, by the checks above or by the core; the lab's state is kept.
 * @param {LabController} controller @param {string} labId
 * @param {{ params?: unknown, scenario?: unknown }} request
 */
export function applyStatePatch(controller, labId, request) {
  const hasParams = request.params !== undefined;
  const hasScenario = request.scenario !== undefined;
  if (hasParams === hasScenario) {
    throw new Error('setState needs exactly one of "params" or "scenario"');
  }
  const { state, initial } = hasParams
    ? { state: stateFromParams(controller, labId, request.params), initial: null }
    : stateFromScenarioPatch(controller, request.scenario);
  if (!controller.replaceState(state, { initial })) {
    throw new Error(`the lab refused the state: ${controller.controls.messageText()}`);
  }
}
