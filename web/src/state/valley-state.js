// The Valley lab's state: one plain, serialisable object with defaults, validation and a URL
// round trip. Nothing here touches wasm or the DOM.
//
// Several racers (one per optimizer of the core) descend the same surface from the same start.
// Each has its own hyper-parameters and learning-rate schedule; stop rules are shared.
import { flag, numberField as number, readQueryFields, toNumber } from './query-fields.js';

/**
 * @typedef {object} Racer
 * @property {string} optimizer       the core's optimizer name; one racer per optimizer
 * @property {boolean} enabled
 * @property {number} learningRate    base rate C of the schedule
 * @property {number} momentum        μ (momentum, nesterov)
 * @property {number} beta1           Adam
 * @property {number} beta2           Adam; RMSProp's decay ρ
 * @property {number} epsilon         AdaGrad, RMSProp, Adam
 * @property {number} rpropIncrease   η+
 * @property {number} rpropDecrease   η−
 * @property {string} schedule        'constant' | 'inverse-sqrt' | 'inverse' | 'step' | 'exponential' | 'cosine'
 * @property {number} decay
 * @property {number} period
 * @property {number} minRate
 */

/**
 * @typedef {object} ValleyState
 * @property {string} surface
 * @property {number} conditionNumber   the bowl's κ = λmax/λmin
 * @property {number} rotationDegrees   the bowl's rotation
 * @property {number} speed             gradient steps per animation frame (per racer)
 * @property {number | null} startX     where the balls were dropped (null: the surface's standard start)
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

export const OPTIMIZERS = Object.freeze(['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'rprop']);
export const SCHEDULES = Object.freeze(['constant', 'inverse-sqrt', 'inverse', 'step', 'exponential', 'cosine']);
export const RACER_COLORS = Object.freeze({
  sgd: '#ff4d4d', momentum: '#ffa630', nesterov: '#f7f052', adagrad: '#4dd9ff',
  rmsprop: '#b86bff', adam: '#ff6bd6', rprop: '#7dff8a',
});

// 8e-4 keeps plain descent under the stability limit 2/λmax ≈ 9.6e-4 at Rosenbrock's start.
const RACER_BASE = Object.freeze({
  enabled: false, learningRate: 0.0008, momentum: 0.9, beta1: 0.9, beta2: 0.999, epsilon: 1e-8,
  rpropIncrease: 1.2, rpropDecrease: 0.5, schedule: 'constant', decay: 0.5, period: 100, minRate: 0,
});
// Per-optimizer defaults that work on the default surface (Rosenbrock from its standard start).
const RACER_OVERRIDES = Object.freeze({
  sgd: { enabled: true },
  momentum: { enabled: true },
  nesterov: {},
  adagrad: { learningRate: 0.3 },
  rmsprop: { learningRate: 0.01, beta2: 0.9 },
  adam: { enabled: true, learningRate: 0.05 },
  rprop: { learningRate: 0.01 },
});

/** @returns {Racer} the default racer of an optimizer */
export function defaultRacer(optimizer) {
  return { optimizer, ...RACER_BASE, ...RACER_OVERRIDES[optimizer] };
}

export const VALLEY_DEFAULTS = Object.freeze({
  surface: 'rosenbrock',
  conditionNumber: 10,
  rotationDegrees: 30,
  speed: 1,
  startX: null,
  startY: null,
  logColor: true,
  logLoss: true,
  racers: OPTIMIZERS.map(defaultRacer),
  focus: 'sgd',
  maxSteps: 0,
  parameterChangeTol: 0,
  gradientTol: 0,
  directionDegrees: 45,
  showDirectional: true,
  showHessian: true,
  view3d: false,
});

export const LEARNING_RATE_RANGE = Object.freeze({ min: 1e-5, max: 10 });
export const SPEED_RANGE = Object.freeze({ min: 1, max: 1000 });
/** Ranges of the racer fields: [min, max], and whether the slider is logarithmic. */
export const RACER_RANGES = Object.freeze({
  learningRate: { min: LEARNING_RATE_RANGE.min, max: LEARNING_RATE_RANGE.max, log: true },
  momentum: { min: 0, max: 0.999, log: false },
  beta1: { min: 0, max: 0.999, log: false },
  beta2: { min: 0.5, max: 0.9999, log: false },
  epsilon: { min: 1e-12, max: 1, log: true },
  rpropIncrease: { min: 1, max: 3, log: false },
  rpropDecrease: { min: 0.05, max: 0.999, log: false },
  decay: { min: 0.01, max: 0.999, log: false },
  period: { min: 1, max: 100000, log: true },
  minRate: { min: 0, max: 10, log: false },
});


/**
 * @param {Partial<Record<keyof Racer, unknown>>} raw
 * @param {string} optimizer
 * @returns {Racer}
 */
export function normalizeRacer(raw, optimizer) {
  const d = defaultRacer(optimizer);
  const r = raw ?? {};
  const racer = { optimizer, enabled: flag(r.enabled, d.enabled) };
  for (const [field, range] of Object.entries(RACER_RANGES)) {
    racer[field] = number(r[field], d[field], range.min, range.max);
  }
  racer.period = Math.round(racer.period);
  racer.schedule = SCHEDULES.includes(/** @type {string} */ (r.schedule)) ? r.schedule : d.schedule;
  return /** @type {Racer} */ (racer);
}

/**
 * Returns a valid state built from `raw`, replacing anything invalid by its default.
 * @param {Partial<Record<keyof ValleyState, unknown>>} raw
 * @param {string[]} surfaceNames the names the core knows
 * @returns {ValleyState}
 */
export function normalizeValleyState(raw, surfaceNames) {
  const coordinate = (value) => {
    if (value === null || value === undefined || value === '') return null;
    const n = toNumber(value);
    return Number.isFinite(n) && Math.abs(n) < 1e6 ? n : null;
  };
  const d = VALLEY_DEFAULTS;
  const surface =
    typeof raw.surface === 'string' && surfaceNames.includes(raw.surface) ? raw.surface : d.surface;
  let startX = coordinate(raw.startX);
  let startY = coordinate(raw.startY);
  if (startX === null || startY === null) startX = startY = null;
  const rawRacers = Array.isArray(raw.racers) ? raw.racers : [];
  const racers = OPTIMIZERS.map((name) =>
    normalizeRacer(rawRacers.find((r) => r && r.optimizer === name), name));
  let focus = OPTIMIZERS.includes(/** @type {string} */ (raw.focus)) ? /** @type {string} */ (raw.focus) : d.focus;
  // The probes look at a ball that is on the map: a switched-off focus moves to the first racer.
  if (!racers.find((r) => r.optimizer === focus).enabled) focus = racers.find((r) => r.enabled)?.optimizer ?? focus;
  return {
    surface,
    conditionNumber: number(raw.conditionNumber, d.conditionNumber, 1, 1000),
    rotationDegrees: number(raw.rotationDegrees, d.rotationDegrees, -180, 180),
    speed: Math.round(number(raw.speed, d.speed, SPEED_RANGE.min, SPEED_RANGE.max)),
    startX,
    startY,
    logColor: flag(raw.logColor, d.logColor),
    logLoss: flag(raw.logLoss, d.logLoss),
    racers,
    focus,
    maxSteps: Math.round(number(raw.maxSteps, d.maxSteps, 0, 1e7)),
    parameterChangeTol: number(raw.parameterChangeTol, d.parameterChangeTol, 0, 1e3),
    gradientTol: number(raw.gradientTol, d.gradientTol, 0, 1e3),
    directionDegrees: number(raw.directionDegrees, d.directionDegrees, -180, 180),
    showDirectional: flag(raw.showDirectional, d.showDirectional),
    showHessian: flag(raw.showHessian, d.showHessian),
    view3d: flag(raw.view3d, d.view3d),
  };
}

/**
 * The core's trainer options of one racer (the lab and runScenario both build trainers from
 * this, so a scenario reproduces what the page shows).
 * @param {Racer} racer
 * @param {Pick<ValleyState, 'maxSteps' | 'parameterChangeTol' | 'gradientTol'>} stop
 */
export function racerTrainerOptions(racer, stop) {
  return {
    optimizer: racer.optimizer,
    learningRate: racer.learningRate,
    momentum: racer.momentum,
    beta1: racer.beta1,
    beta2: racer.beta2,
    epsilon: racer.epsilon,
    rpropIncrease: racer.rpropIncrease,
    rpropDecrease: racer.rpropDecrease,
    schedule: racer.schedule,
    decay: racer.decay,
    period: racer.period,
    minRate: racer.minRate,
    maxSteps: stop.maxSteps,
    parameterChangeTol: stop.parameterChangeTol,
    gradientTol: stop.gradientTol,
  };
}

const QUERY_KEYS = /** @type {const} */ ({
  surface: 'surface',
  conditionNumber: 'kappa',
  rotationDegrees: 'rot',
  speed: 'speed',
  startX: 'x0',
  startY: 'y0',
  logColor: 'logc',
  logLoss: 'logl',
  focus: 'focus',
  maxSteps: 'max',
  parameterChangeTol: 'dwtol',
  gradientTol: 'gtol',
  directionDegrees: 'dir',
  showDirectional: 'dd',
  showHessian: 'hess',
  view3d: '3d',
});
// Racer fields in the URL: `<optimizer>.<key>`, e.g. adam.lr=0.05&adam.b1=0.8.
const RACER_KEYS = /** @type {const} */ ({
  learningRate: 'lr', momentum: 'mu', beta1: 'b1', beta2: 'b2', epsilon: 'eps',
  rpropIncrease: 'inc', rpropDecrease: 'dec', schedule: 'sched', decay: 'decay',
  period: 'period', minRate: 'min',
});

const encode = (value) => (typeof value === 'boolean' ? (value ? '1' : '0') : String(value));

/**
 * Writes the fields that differ from the defaults into query parameters. The set of racing
 * optimizers is written as `on=sgd.adam` whenever it differs from the default set.
 * @param {ValleyState} state
 * @returns {URLSearchParams}
 */
export function valleyStateToQuery(state) {
  const params = new URLSearchParams();
  const d = VALLEY_DEFAULTS;
  for (const [field, key] of Object.entries(QUERY_KEYS)) {
    const value = state[field];
    if (value === d[field] || value === null) continue;
    params.set(key, encode(value));
  }
  const on = state.racers.filter((r) => r.enabled).map((r) => r.optimizer).join('.');
  const defaultOn = d.racers.filter((r) => r.enabled).map((r) => r.optimizer).join('.');
  if (on !== defaultOn) params.set('on', on === '' ? 'none' : on);
  for (const racer of state.racers) {
    const base = defaultRacer(racer.optimizer);
    for (const [field, key] of Object.entries(RACER_KEYS)) {
      if (racer[field] !== base[field]) params.set(`${racer.optimizer}.${key}`, encode(racer[field]));
    }
  }
  return params;
}

/**
 * @param {URLSearchParams} params
 * @param {string[]} surfaceNames
 * @returns {ValleyState}
 */
export function valleyStateFromQuery(params, surfaceNames) {
  const raw = readQueryFields(params, QUERY_KEYS);
  const on = params.has('on') ? String(params.get('on')).split('.') : null;
  // Links from before the race carried one learning rate `lr`: it was plain descent's.
  if (params.has('lr') && !params.has('sgd.lr')) {
    params = new URLSearchParams(params);
    params.set('sgd.lr', String(params.get('lr')));
  }
  raw.racers = OPTIMIZERS.map((optimizer) => {
    const racer = { optimizer };
    if (on) racer.enabled = on.includes(optimizer);
    for (const [field, key] of Object.entries(RACER_KEYS)) {
      const name = `${optimizer}.${key}`;
      if (params.has(name)) racer[field] = params.get(name);
    }
    return racer;
  });
  return normalizeValleyState(raw, surfaceNames);
}
