// The Valley lab's state: one plain, serialisable object with defaults, validation and a URL
// round trip. Nothing here touches wasm or the DOM.

/**
 * @typedef {object} ValleyState
 * @property {string} surface
 * @property {number} conditionNumber   the bowl's κ = λmax/λmin
 * @property {number} rotationDegrees   the bowl's rotation
 * @property {number} learningRate      η
 * @property {number} speed             gradient steps per animation frame
 * @property {number | null} startX     where the ball was dropped (null: the surface's standard start)
 * @property {number | null} startY
 * @property {boolean} logColor
 * @property {boolean} logLoss
 */

/** @type {ValleyState} */
export const VALLEY_DEFAULTS = Object.freeze({
  surface: 'rosenbrock',
  conditionNumber: 10,
  rotationDegrees: 30,
  learningRate: 0.001,
  speed: 1,
  startX: null,
  startY: null,
  logColor: true,
  logLoss: true,
});

export const LEARNING_RATE_RANGE = Object.freeze({ min: 1e-5, max: 10 });
export const SPEED_RANGE = Object.freeze({ min: 1, max: 1000 });

const clamp = (value, min, max) => Math.min(max, Math.max(min, value));

/**
 * Returns a valid state built from `raw`, replacing anything invalid by its default.
 * @param {Partial<Record<keyof ValleyState, unknown>>} raw
 * @param {string[]} surfaceNames the names the core knows
 * @returns {ValleyState}
 */
export function normalizeValleyState(raw, surfaceNames) {
  const number = (value, fallback, min, max) => {
    const n = typeof value === 'number' ? value : Number.parseFloat(String(value));
    return Number.isFinite(n) ? clamp(n, min, max) : fallback;
  };
  const coordinate = (value) => {
    if (value === null || value === undefined || value === '') return null;
    const n = typeof value === 'number' ? value : Number.parseFloat(String(value));
    return Number.isFinite(n) && Math.abs(n) < 1e6 ? n : null;
  };
  const flag = (value, fallback) =>
    typeof value === 'boolean' ? value : value === '1' ? true : value === '0' ? false : fallback;
  const d = VALLEY_DEFAULTS;
  const surface =
    typeof raw.surface === 'string' && surfaceNames.includes(raw.surface) ? raw.surface : d.surface;
  let startX = coordinate(raw.startX);
  let startY = coordinate(raw.startY);
  if (startX === null || startY === null) startX = startY = null;
  return {
    surface,
    conditionNumber: number(raw.conditionNumber, d.conditionNumber, 1, 1000),
    rotationDegrees: number(raw.rotationDegrees, d.rotationDegrees, -180, 180),
    learningRate: number(raw.learningRate, d.learningRate, LEARNING_RATE_RANGE.min, LEARNING_RATE_RANGE.max),
    speed: Math.round(number(raw.speed, d.speed, SPEED_RANGE.min, SPEED_RANGE.max)),
    startX,
    startY,
    logColor: flag(raw.logColor, d.logColor),
    logLoss: flag(raw.logLoss, d.logLoss),
  };
}

const QUERY_KEYS = /** @type {const} */ ({
  surface: 'surface',
  conditionNumber: 'kappa',
  rotationDegrees: 'rot',
  learningRate: 'lr',
  speed: 'speed',
  startX: 'x0',
  startY: 'y0',
  logColor: 'logc',
  logLoss: 'logl',
});

/**
 * Writes the fields that differ from the defaults into query parameters.
 * @param {ValleyState} state
 * @returns {URLSearchParams}
 */
export function valleyStateToQuery(state) {
  const params = new URLSearchParams();
  for (const [field, key] of Object.entries(QUERY_KEYS)) {
    const value = state[field];
    if (value === VALLEY_DEFAULTS[field] || value === null) continue;
    params.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return params;
}

/**
 * @param {URLSearchParams} params
 * @param {string[]} surfaceNames
 * @returns {ValleyState}
 */
export function valleyStateFromQuery(params, surfaceNames) {
  const raw = {};
  for (const [field, key] of Object.entries(QUERY_KEYS)) {
    if (params.has(key)) raw[field] = params.get(key);
  }
  return normalizeValleyState(raw, surfaceNames);
}
