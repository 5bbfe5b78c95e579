// Import and export for every lab: the scenario file (one error path, one set of messages), the
// PNG of the lab's main view and its CSV. The lab names the files and supplies the content.
import {
  csvText,
  downloadCanvasBlob,
  downloadText,
  errorText,
  readJsonFile,
  scenarioJson,
} from './file-export.js';

/**
 * The start weights a scenario carries (`initial`, as the headless runner reads it), or null.
 * @param {any} scenario @param {(key: string) => string} t
 * @returns {number[] | null}
 */
export function scenarioInitial(scenario, t) {
  const initial = scenario?.initial;
  if (initial === undefined) return null;
  if (!Array.isArray(initial) || !initial.every((v) => typeof v === 'number' && isFinite(v))) {
    throw new Error(t('files.badInitial'));
  }
  return initial;
}

/**
 * Why start weights do not fit a model, or null when they do (or there are none).
 * @param {number[] | null} initial @param {number} expected the model's parameter count
 * @param {(key: string, params?: object) => string} t
 */
export function initialMismatch(initial, expected, t) {
  if (!initial || initial.length === expected) return null;
  return t('files.initialLength', { count: initial.length, expected });
}

/**
 * Where a file is offered when the embedding page blocks downloads: in the lab, in its language.
 * @param {import('./lab-controller.js').LabController} controller
 */
function offerPage(controller) {
  return { t: controller.t, container: controller.lab.element };
}

/** @param {import('./lab-controller.js').LabController} controller */
export function exportScenario(controller) {
  const { lab, state } = controller;
  const scenario = controller.definition.scenario.scenarioFromState(state);
  const initial = lab.initialWeights?.();
  if (initial) scenario.initial = [...initial];
  downloadText(
    controller.definition.files(state).scenario,
    scenarioJson(scenario),
    'application/json',
    offerPage(controller),
  );
}

/**
 * Reads a scenario file into the lab. A bad file, or one the core refuses, leaves the current
 * work as it is and says why on the message line.
 * @param {import('./lab-controller.js').LabController} controller @param {File} file
 * @returns {Promise<boolean>} whether the scenario was applied
 */
export async function importScenario(controller, file) {
  const { t } = controller;
  let state;
  let initial;
  try {
    const scenario = await readJsonFile(file);
    state = controller.definition.scenario.stateFromScenario(scenario, controller.names);
    initial = scenarioInitial(scenario, t);
  } catch (error) {
    controller.setMessage(t('files.importFailed', { message: errorText(error) }), 'error');
    return false;
  }
  if (controller.disposed) return false;
  controller.setMessage('');
  if (!controller.replaceState(state, { initial })) {
    // The lab said why on the message line; say that the file was not taken.
    const reason = controller.controls.messageText();
    controller.setMessage(t('files.importFailed', { message: reason }), 'error');
    return false;
  }
  // A warning from the new model (e.g. a singular system) is more useful than "loaded".
  if (controller.controls.messageText() === '') controller.setMessage(t('files.imported'), 'info');
  return true;
}

/** @param {import('./lab-controller.js').LabController} controller */
export function exportPng(controller) {
  const canvas = controller.lab.pngCanvas();
  const name = controller.definition.files(controller.state).png;
  if (canvas) downloadCanvasBlob(name, canvas, offerPage(controller));
}

/** @param {import('./lab-controller.js').LabController} controller */
export function exportCsv(controller) {
  const rows = controller.lab.csvRows();
  if (!rows) return;
  const name = controller.definition.files(controller.state).csv;
  downloadText(name, csvText(rows), 'text/csv', offerPage(controller));
}
