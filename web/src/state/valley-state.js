// The Valley lab's state: its field table and what is truly Valley's (the racers' per-optimizer
// defaults, the start that is set as a pair, the focus on a racer that races). Defaults,
// normalising, the URL round trip and the scenario conversion come from the table.
// Nothing here touches wasm or the DOM.
//
// Several racers (one per optimizer of the core) descend the same surface from the same start.
// Each has its own hyper-parameters and learning-rate schedule; stop rules are shared.
import { normalizeWithTable, tableDefaults } from './field-table.js';
import { readQuery, stateToQuery } from './field-url.js';
import { OPTIMIZERS, RACER_FIELDS, defaultRacer, number } from './valley-racer-fields.js';

export {
  OPTIMIZERS,
  RACER_COLORS,
  RACER_FIELDS,
  SCHEDULES,
  defaultRacer,
} from './valley-racer-fields.js';
/** @typedef {import('./valley-racer-fields.js').Racer} Racer */

/**
 * @typedef {object} ValleyState
 * @property {string} surface
 * @property {number} conditionNumber   the bowl's κ = λmax/λmin
 * @property {number} rotationDegrees   the bowl's rotation
 * @property {number} speed             gradient steps per animation frame (per racer)
 * @property {number | null} startX     where the balls were dropped (null: the standard start)
 * @property {number | null} startY
 * @property {boolean} logColor
 * @property {boolean} logLoss
 * @property {Racer[]} racers           one per optimizer, in the core's order
 * @property {string} focus             optimizer name of the racer the probes look at
 * @property {number} maxSteps          0: no limit
 * @property {number} parameterChangeTol ‖ΔW‖ < tol stops (0: off)
 * @property {number} gradientTol       ‖∇f‖ < tol stops (0: off)
 * @property {number} directionDegrees  angle of the direction l of the directional derivative
 * @property {boolean} showDirectional
 * @property {boolean} showHessian
 * @property {boolean} view3d           the 3-D surface view is open
 */

const view = (key, def, query, doc) => ({
  key,
  type: 'boolean',
  default: def,
  query,
  scenario: `view.${key}`,
  doc,
});

/**
 * The Valley lab's fields. Names: the core's surface names (engine.surfaceNames()).
 * @type {{ lab: string, fields: object[], finish: Function }}
 */
export const VALLEY_TABLE = {
  lab: 'valley',
  fields: [
    {
      key: 'surface',
      type: 'choice',
      default: 'rosenbrock',
      choices: (names) => names ?? [],
      query: 'surface',
      scenario: 'surface.name',
      doc: 'the surface f(x, y)',
    },
    number(
      'conditionNumber',
      10,
      1,
      1000,
      'kappa',
      'surface.conditionNumber',
      "the quadratic bowl's condition number κ = λmax/λmin",
    ),
    number(
      'rotationDegrees',
      30,
      -180,
      180,
      'rot',
      'surface.rotationDegrees',
      "the quadratic bowl's rotation (degrees)",
    ),
    {
      ...number(
        'speed',
        1,
        1,
        1000,
        'speed',
        'view.speed',
        'gradient steps per animation frame (per racer)',
      ),
      type: 'integer',
    },
    number(
      'startX',
      null,
      -1e6,
      1e6,
      'x0',
      'start.0',
      "x of the start (not set: the surface's standard start)",
      { nullable: true },
    ),
    number('startY', null, -1e6, 1e6, 'y0', 'start.1', 'y of the start (set with x)', {
      nullable: true,
    }),
    view('logColor', true, 'logc', 'colour map on a log scale'),
    view('logLoss', true, 'logl', 'cost chart on a log axis'),
    {
      key: 'racers',
      type: 'group',
      members: () => OPTIMIZERS,
      memberKey: 'optimizer',
      memberScenario: 'optimizer.name',
      memberDefault: defaultRacer,
      fields: RACER_FIELDS,
      membership: { field: 'enabled', query: 'on' },
      scenario: 'racers',
      listed: { enabled: true },
      unlisted: { enabled: false },
      doc: 'one racer per optimizer; URL `on=sgd.adam` lists those that race',
    },
    {
      key: 'focus',
      type: 'choice',
      default: 'sgd',
      choices: OPTIMIZERS,
      query: 'focus',
      scenario: 'view.focus',
      doc: 'the racer the probes look at (moves to one that races)',
    },
    {
      ...number(
        'maxSteps',
        0,
        0,
        1e7,
        'max',
        'stop.maxSteps',
        'stop after this many steps (0: off)',
      ),
      type: 'integer',
    },
    number(
      'parameterChangeTol',
      0,
      0,
      1e3,
      'dwtol',
      'stop.parameterChangeTol',
      'stop when ‖θ_{t+1} − θ_t‖ < tol (0: off)',
    ),
    number('gradientTol', 0, 0, 1e3, 'gtol', 'stop.gradientTol', 'stop when ‖∇f‖ < tol (0: off)'),
    number(
      'directionDegrees',
      45,
      -180,
      180,
      'dir',
      'view.directionDegrees',
      'angle of the direction l of the directional derivative',
    ),
    view('showDirectional', true, 'dd', 'show the directional derivative'),
    view('showHessian', true, 'hess', "show the Hessian's eigen-directions"),
    view('view3d', false, '3d', 'the 3-D surface view is open'),
  ],
  finish(state, names, correct) {
    // The start is a pair: one coordinate alone means the standard start.
    if ((state.startX === null) !== (state.startY === null)) {
      const [key, name] = state.startX === null ? ['startY', 'y0'] : ['startX', 'x0'];
      correct(key, name, state[key], 'the start needs both x and y', null);
      state.startX = state.startY = null;
    }
    // The probes look at a ball that is on the map: a switched-off focus moves to the first racer.
    if (!state.racers.find((r) => r.optimizer === state.focus).enabled) {
      state.focus = state.racers.find((r) => r.enabled)?.optimizer ?? state.focus;
    }
  },
};

export const VALLEY_DEFAULTS = Object.freeze(tableDefaults(VALLEY_TABLE, undefined));

const rangeOf = (field) =>
  Object.freeze({ min: field.min, max: field.max, log: Boolean(field.log) });
/** Ranges of the racer fields: [min, max], and whether the slider is logarithmic. */
export const RACER_RANGES = Object.freeze(
  Object.fromEntries(
    RACER_FIELDS.filter((f) => f.type === 'number' || f.type === 'integer').map((f) => [
      f.key,
      rangeOf(f),
    ]),
  ),
);
export const LEARNING_RATE_RANGE = Object.freeze({
  min: RACER_RANGES.learningRate.min,
  max: RACER_RANGES.learningRate.max,
});
const speedField = VALLEY_TABLE.fields.find((f) => f.key === 'speed');
export const SPEED_RANGE = Object.freeze({ min: speedField.min, max: speedField.max });

/**
 * Returns a valid state built from `raw`, replacing anything invalid (lenient).
 * @param {Record<string, unknown>} raw
 * @param {string[]} surfaceNames the names the core knows
 * @returns {ValleyState}
 */
export function normalizeValleyState(raw, surfaceNames) {
  return /** @type {ValleyState} */ (normalizeWithTable(VALLEY_TABLE, raw, surfaceNames).state);
}

/**
 * The core's trainer options of one racer (the lab and runScenario both build trainers from
 * this, so a scenario reproduces what the page shows).
 * @param {Racer} racer
 * @param {Pick<ValleyState, 'maxSteps' | 'parameterChangeTol' | 'gradientTol'>} stop
 */
export function racerTrainerOptions(racer, stop) {
  const options = {};
  for (const field of RACER_FIELDS) {
    if (field.key !== 'enabled') options[field.key] = racer[field.key];
  }
  return {
    optimizer: racer.optimizer,
    ...options,
    maxSteps: stop.maxSteps,
    parameterChangeTol: stop.parameterChangeTol,
    gradientTol: stop.gradientTol,
  };
}

/**
 * Writes the fields that differ from the defaults into query parameters.
 * @param {ValleyState} state
 * @returns {URLSearchParams}
 */
export function valleyStateToQuery(state) {
  return stateToQuery(VALLEY_TABLE, state, undefined);
}

/**
 * Reads a state from a URL query, leniently, and says what it changed.
 * @param {URLSearchParams} params
 * @param {string[]} surfaceNames
 * @returns {{ state: ValleyState, corrections: import('./field-table.js').Correction[] }}
 */
export function readValleyQuery(params, surfaceNames) {
  // Links from before the race carried one learning rate `lr`: it was plain descent's.
  if (params.has('lr') && !params.has('sgd.lr')) {
    params = new URLSearchParams(params);
    params.set('sgd.lr', String(params.get('lr')));
  }
  const { state, corrections } = readQuery(VALLEY_TABLE, params, surfaceNames);
  return { state: /** @type {ValleyState} */ (state), corrections };
}

/**
 * @param {URLSearchParams} params
 * @param {string[]} surfaceNames
 * @returns {ValleyState}
 */
export function valleyStateFromQuery(params, surfaceNames) {
  return readValleyQuery(params, surfaceNames).state;
}
