// Field parsing shared by the labs' state modules: a value from a URL, a scenario file or a
// control becomes a valid field or falls back to its default. No wasm, no DOM.

export const clamp = (value, min, max) => Math.min(max, Math.max(min, value));

/** A number, or a string parsed as one (NaN when it is not). */
export const toNumber = (value) => (typeof value === 'number' ? value : Number.parseFloat(String(value)));

/** A finite number clamped to [min, max], else `fallback`. */
export function numberField(value, fallback, min, max) {
  const n = toNumber(value);
  return Number.isFinite(n) ? clamp(n, min, max) : fallback;
}

/** numberField, rounded to an integer. */
export const integerField = (value, fallback, min, max) => Math.round(numberField(value, fallback, min, max));

/** `value` when it is one of `names`, else `fallback`. */
export const oneOf = (value, names, fallback) => (names.includes(/** @type {string} */ (value)) ? value : fallback);

/** A boolean, or '1' / '0' from a URL, else `fallback`. */
export const flag = (value, fallback) =>
  typeof value === 'boolean' ? value : value === '1' ? true : value === '0' ? false : fallback;

/**
 * The raw strings of the fields present in a query, by state field name (to be normalised).
 * @param {URLSearchParams} params @param {Record<string, string>} keys state field → query key
 * @returns {Record<string, string>}
 */
export function readQueryFields(params, keys) {
  const raw = {};
  for (const [field, key] of Object.entries(keys)) {
    if (params.has(key)) raw[field] = /** @type {string} */ (params.get(key));
  }
  return raw;
}

/** "a:b;c:d" → [a, b, c, d] (flat user points in a URL; '' → []). @param {string} text */
export function parseFlatPoints(text) {
  if (!text) return [];
  return text.split(';').flatMap((point) => point.split(':').map(Number));
}

/** [a, b, c, d] → "a:b;c:d" with `stride` numbers a point. @param {ArrayLike<number>} values @param {number} stride */
export function encodeFlatPoints(values, stride) {
  const points = [];
  for (let i = 0; i < values.length; i += stride) points.push(Array.from({ length: stride }, (_, k) => values[i + k]).join(':'));
  return points.join(';');
}
