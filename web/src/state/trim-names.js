// The names the `hide=` and `lock=` URL parameters take, per lab: every field of the lab's field
// table (its state name), the lab's panels, its command buttons, and the page's own parts (the
// language selector and the navigation). The page registers its elements under these names
// (labs/shared/lab-controls.js); docs/parameters.md lists them (field-docs.js).
// hide/lock are page settings for a class, not part of the model: a scenario never carries them.
import { CLASSIFICATION_TABLE } from './classification-state.js';
import { fieldNames } from './field-table.js';
import { NETWORK_TABLE } from './network-state.js';
import { REGRESSION_TABLE } from './regression-state.js';
import { VALLEY_TABLE } from './valley-state.js';

/** The URL keys of the two lists. */
export const TRIM_KEYS = Object.freeze(['hide', 'lock']);

/** The command buttons every lab has (LabControls), with what each is. */
export const SHARED_BUTTONS = Object.freeze({
  play: 'the Play / Pause button',
  step: 'the Step button',
  reset: 'the Reset button',
  exportScenario: 'the Export scenario button',
  importScenario: 'the Import scenario button',
  exportPng: 'the Export PNG button',
  exportCsv: 'the Export CSV button',
});

/** Parts of the page around every lab (the embed kit adds its two beside the file buttons). */
export const PAGE_PARTS = Object.freeze({
  language: 'the language selector in the page header',
  nav: 'the links to the other labs in the page header',
  embed: 'the Embed button (the snippet for a course page)',
  openFullPage: 'the Open full page link (embed mode only)',
});

/** What the table says of a field set by the URL or a scenario only. */
const URL_ONLY = 'no control on the page (set by the URL or a scenario)';
/** @param {string[]} names @returns {Record<string, string>} */
const urlOnly = (names) => Object.fromEntries(names.map((name) => [name, URL_ONLY]));

/**
 * Each lab's panels and own buttons, and the fields it offers no control for (a value set
 * another way: by clicking a plot, by the URL or a scenario; `lock` still keeps them fixed).
 * @type {Record<string, { panels: Record<string, string>, buttons: Record<string, string>,
 *   noControl: Record<string, string> }>}
 */
export const LAB_PARTS = Object.freeze({
  valley: {
    panels: {
      map: 'the contour map with the balls and paths (click: drop the balls there)',
      lossChart: 'the loss-per-step chart card',
      racers: 'the racers card: which optimizers run, the focused one and its settings',
      probe: 'the directional-derivative card (slice and polar plots)',
      stopRules: 'the stop-rules box',
      readouts: 'the readouts of the focused racer',
    },
    buttons: {},
    noControl: {
      startX: 'set by clicking the map',
      startY: 'set by clicking the map',
    },
  },
  regression: {
    panels: {
      dataPlot: 'the data plot with the fitted curve (click: add or remove a point)',
      weightValley: 'the cost valley over two weights with the descent path',
      costChart: 'the cost-per-step chart card',
      distanceChart: 'the distance-to-W* chart card',
      polynomial: 'the polynomial-degree card',
      graph: 'the computation-graph card',
      readouts: 'the readouts (step, cost, weights)',
    },
    buttons: { preset: 'the seed-document preset button' },
    noControl: {
      ...urlOnly(['sineCount', 'noise', 'maxSteps']),
      points: 'set by clicking the data plot',
    },
  },
  classification: {
    panels: {
      dataPlot: 'the data plot with the decision boundary (click: add or remove a point)',
      weightValley: 'the cost valley over (w1, w2) with the descent path',
      lossChart: 'the loss-per-step chart card',
      accuracyChart: 'the accuracy chart card',
      readouts: 'the readouts (step, loss, weights)',
    },
    buttons: {},
    noControl: {
      ...urlOnly(['count', 'sampling', 'schedule', 'decay', 'period', 'minRate']),
      ...urlOnly(['maxSteps', 'parameterChangeTol', 'gradientTol']),
      points: 'set by clicking the data plot',
    },
  },
  network: {
    panels: {
      settings: 'the whole settings panel (data, features, training, model, view)',
      diagram: 'the network diagram (weights, neurons, layer buttons)',
      map: 'the decision-boundary heat map card (click: add a point)',
      lossChart: 'the train/test loss chart card',
      layerChart: 'the per-layer gradient chart card',
      stepThrough: 'the forward/backward step-through panel',
      gradientCheck: 'the gradient-check panel',
      landscape: 'the loss-landscape panel',
      readouts: 'the epoch, step, loss and accuracy readouts',
    },
    buttons: {
      stepEpoch: 'the Step epoch button',
      newWeights: 'the New weights button (`weightSeed` names it too)',
      regenerate: 'the Regenerate data button (`seed` names it too)',
    },
    noControl: {
      ...urlOnly(['count', 'sampling']),
      points: 'set by clicking the heat map',
    },
  },
});

/** The field table of each lab. */
export const LAB_TABLES = Object.freeze({
  valley: VALLEY_TABLE,
  regression: REGRESSION_TABLE,
  classification: CLASSIFICATION_TABLE,
  network: NETWORK_TABLE,
});

/**
 * @typedef {{ name: string, kind: 'field' | 'panel' | 'button' | 'page', doc: string,
 *   control: boolean }} TrimName control: false when the page shows no control for it
 */

/** A field's row (a group's member: `<group>.<key>`) by its hide/lock name. */
function fieldRow(table, name) {
  const [key, member] = name.split('.');
  const row = table.fields.find((field) => field.key === key);
  return member ? row.fields.find((field) => field.key === member) : row;
}

/**
 * Every hide/lock name of a lab, in the order docs/parameters.md lists them.
 * @param {string} lab the lab's id
 * @returns {TrimName[]}
 */
export function trimNames(lab) {
  const table = LAB_TABLES[lab];
  const parts = LAB_PARTS[lab];
  if (!table || !parts) throw new Error(`Unknown lab "${lab}".`);
  const fields = fieldNames(table).map((name) => ({
    name,
    kind: /** @type {const} */ ('field'),
    doc:
      name in parts.noControl
        ? `${fieldRow(table, name).doc}; ${parts.noControl[name]}, lock keeps it`
        : fieldRow(table, name).doc,
    control: !(name in parts.noControl),
  }));
  const listed = (entries, kind) =>
    Object.entries(entries).map(([name, doc]) => ({ name, kind, doc, control: true }));
  return [
    ...fields,
    ...listed(parts.panels, /** @type {const} */ ('panel')),
    ...listed({ ...SHARED_BUTTONS, ...parts.buttons }, /** @type {const} */ ('button')),
    ...listed(PAGE_PARTS, /** @type {const} */ ('page')),
  ];
}

/**
 * The names in one `hide=` or `lock=` value: comma-separated, spaces around a name ignored,
 * empty entries dropped, each name once.
 * @param {string | null} text
 * @returns {string[]}
 */
export function parseNameList(text) {
  if (!text) return [];
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

/**
 * @typedef {{ hide: string[], lock: string[], unknown: string[] }} TrimRequest
 * hide, lock: the known names asked for (a name in both lists is hidden);
 * unknown: names the lab does not have, each once, in the order given
 */

/**
 * Reads `hide=` and `lock=` from a query for a lab. Unknown names are returned, never dropped
 * in silence: the page reports them by name.
 * @param {URLSearchParams} query
 * @param {string} lab
 * @returns {TrimRequest}
 */
export function readTrim(query, lab) {
  const known = new Set(trimNames(lab).map((entry) => entry.name));
  const hide = parseNameList(query.get('hide'));
  const lock = parseNameList(query.get('lock')).filter((name) => !hide.includes(name));
  const unknown = [...new Set([...hide, ...lock].filter((name) => !known.has(name)))];
  return {
    hide: hide.filter((name) => known.has(name)),
    lock: lock.filter((name) => known.has(name)),
    unknown,
  };
}
