// One value of one field: reading it from URL text, checking it against its field's row
// (type, bounds, choices) and writing it back as URL text. The table-wide operations
// (field-table.js) are built on these. No wasm, no DOM.

/** The longest piece of an offending value a message quotes. */
export const QUOTE_LIMIT = 60;

/**
 * A short, readable rendering of any value for a message: at most `limit` characters, so a
 * megabyte array never becomes a megabyte message.
 * @param {unknown} value
 * @param {number} [limit]
 * @returns {string}
 */
export function quote(value, limit = QUOTE_LIMIT) {
  const text = render(value, limit + 1);
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

function render(value, budget) {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, budget));
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length && text.length <= budget; i++) {
      text += (i ? ', ' : '') + render(value[i], budget - text.length);
    }
    return `${text}]`;
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    const shown = keys
      .slice(0, 8)
      .map((k) => JSON.stringify(k))
      .join(', ');
    return `{${shown}${keys.length > 8 ? ', …' : ''}}`;
  }
  return typeof value;
}

/**
 * @typedef {object} FieldCheck
 * @property {unknown} [value]  the accepted (canonical) value
 * @property {string} [error]   why the value is refused: "must be …"
 * @property {unknown} [fix]    the lenient replacement when refused (bounded, rounded or default)
 * @property {string} [note]    a lenient change made to an accepted value (e.g. a point relabelled)
 * @property {string} [strictError] how strict reading refuses what `note` would change
 * @property {unknown} [got]     the offending part of the value, quoted instead of all of it
 */

/**
 * The Error that refuses a value by its name: "<name> <problem> (got <value, quoted>)."
 * @param {string} name @param {string} problem @param {unknown} value
 */
export function refusal(name, problem, value) {
  return new Error(`${name}${problem ? ` ${problem}` : ''} (got ${quote(value)}).`);
}

const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);

/** The choices of a field for the names the engine gave and the state read so far. */
export function choicesOf(field, names, state) {
  const choices = field.choices ?? field.item?.choices;
  return typeof choices === 'function' ? choices(names, state) : (choices ?? []);
}

/** "[min, max]" of a field, or "0 or [min, max]" when 0 switches it off. */
export function boundsText(field) {
  const range = `[${field.min}, ${field.max}]`;
  return field.zeroOff ? `0 or ${range}` : range;
}

function checkNumber(field, value) {
  if (!isNumber(value)) return { error: 'must be a finite number', fix: undefined };
  const { min = -Infinity, max = Infinity } = field;
  if (field.zeroOff && value === 0) return { value };
  if (value < min || value > max) {
    const clamped = Math.min(max, Math.max(min, value));
    const fix = field.zeroOff && value < min ? (value <= 0 ? 0 : min) : clamped;
    return { error: `must be in ${boundsText(field)}`, fix };
  }
  if (field.type === 'integer' && !Number.isInteger(value)) {
    return { error: 'must be a whole number', fix: Math.round(value) };
  }
  return { value };
}

function checkList(field, value, names, state) {
  if (!Array.isArray(value)) return { error: 'must be a list' };
  const { minLength = 0, maxLength = Infinity } = field;
  const item = field.item ?? {};
  // A hole in a list given through the API ([1, , 2]) is an undefined entry, checked like any
  // other: array methods would skip it.
  let items = Array.from(value);
  let error;
  let got;
  if (item.choices) {
    const choices = choicesOf(field, names, state);
    const unknownAt = items.findIndex((v) => !choices.includes(v));
    const unknown = items[unknownAt];
    if (unknownAt >= 0) {
      error = `has an entry that is not one of: ${choices.join(', ')}`;
      got = unknown;
    }
    // Canonical order, each once: the same set of choices is always the same list.
    items = choices.filter((c) => items.includes(c));
  } else {
    const checked = items.map((v) => checkNumber({ ...item, type: item.type ?? 'number' }, v));
    const bad = checked.findIndex((c) => c.error);
    if (bad >= 0) {
      error = `[${bad}] ${checked[bad].error}`;
      got = items[bad];
      items = checked.map((c) => ('value' in c ? c.value : c.fix)).filter((v) => v !== undefined);
    }
  }
  if (items.length > maxLength) {
    error ??= `must have at most ${maxLength} entries`;
    items = items.slice(0, maxLength);
  }
  if (items.length < minLength) {
    error ??= `must have at least ${minLength} entr${minLength === 1 ? 'y' : 'ies'}`;
    return { error, fix: undefined, got };
  }
  return error ? { error, fix: items, got } : { value: items };
}

/** Points are [[x…, label], …] (a flat list of numbers is read as well). */
function pointRows(value, stride) {
  if (!Array.isArray(value)) return null;
  // Holes become undefined entries (refused below) instead of being skipped.
  const list = Array.from(value);
  if (list.length > 0 && list.every((v) => typeof v === 'number')) {
    if (list.length % stride !== 0) return null;
    const rows = [];
    for (let i = 0; i < list.length; i += stride) rows.push(list.slice(i, i + stride));
    return rows;
  }
  return list.map((row) => (Array.isArray(row) ? Array.from(row) : row));
}

function checkPoints(field, value, names, state) {
  const rows = pointRows(value, field.stride);
  if (!rows) return { error: `must be a list of points [${field.pointText}]`, fix: undefined };
  const kept = [];
  const notes = [];
  let error;
  let got;
  let strictError;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let problem;
    if (!Array.isArray(row) || row.length !== field.stride || !row.every(isNumber)) {
      problem = `must be [${field.pointText}] of finite numbers`;
    } else {
      const checked = field.checkPoint ? field.checkPoint(row, state, names) : { point: row };
      if (checked.error) problem = checked.error;
      else {
        if (checked.note) {
          notes.push(`[${i}] ${checked.note}`);
          strictError ??= { text: `[${i}] ${checked.strictError ?? checked.note}`, row };
        }
        kept.push(checked.point);
        continue;
      }
    }
    if (error === undefined) {
      error = `[${i}] ${problem}`;
      got = row;
    }
  }
  let points = kept;
  if (points.length > field.maxPoints) {
    error ??= `must have at most ${field.maxPoints} points`;
    points = points.slice(0, field.maxPoints);
  }
  const shaped = field.nested ? points : points.flat();
  if (error) return { error, fix: shaped, got };
  if (notes.length === 0) return { value: shaped };
  const note = notes.join('; ');
  return { value: shaped, note, strictError: strictError.text, got: strictError.row };
}

/**
 * Checks a value (already of JS type: numbers, booleans, arrays) against its field.
 * @param {object} field a row of a field table
 * @param {unknown} value
 * @param {unknown} names the names the engine gave (for choices)
 * @param {Record<string, unknown>} state the fields read so far (earlier rows)
 * @returns {FieldCheck}
 */
export function checkValue(field, value, names, state) {
  switch (field.type) {
    case 'number':
    case 'integer':
      if (value === null && field.nullable) return { value };
      return checkNumber(field, value);
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { error: 'must be true or false' };
    case 'choice': {
      const choices = choicesOf(field, names, state);
      if (choices.includes(value)) return { value };
      return { error: `must be one of: ${choices.join(', ')}` };
    }
    case 'text':
      if (typeof value !== 'string') return { error: 'must be a text' };
      if (value.length > field.maxLength) {
        return { error: `must be at most ${field.maxLength} characters (got ${value.length})` };
      }
      return { value };
    case 'list':
      return checkList(field, value, names, state);
    case 'points':
      return checkPoints(field, value, names, state);
    default:
      throw new Error(`field ${field.key}: unknown type ${field.type}`);
  }
}

/**
 * URL text → a JS value of the field's type (a value that fails checkValue when the text is not
 * one). Also used leniently on values from controls, which may be strings.
 * @param {object} field
 * @param {unknown} text
 */
export function fromText(field, text) {
  if (typeof text !== 'string') return text;
  switch (field.type) {
    case 'number':
    case 'integer':
      if (text === '' && field.nullable) return null;
      return text.trim() === '' ? NaN : Number(text);
    case 'boolean':
      if (text === '1' || text === 'true') return true;
      return text === '0' || text === 'false' ? false : text;
    case 'list': {
      const items = text === '' ? [] : text.split(',');
      return field.item?.choices ? items : items.map((v) => (v.trim() === '' ? NaN : Number(v)));
    }
    case 'choice':
      return field.numeric ? Number(text) : text;
    case 'points':
      return text === ''
        ? []
        : text
            .split(';')
            .filter(Boolean)
            .map((p) => p.split(field.urlSeparator).map(Number));
    default:
      return text;
  }
}

/**
 * A checked value → URL text.
 * @param {object} field
 * @param {unknown} value
 */
export function toText(field, value) {
  switch (field.type) {
    case 'boolean':
      return value ? '1' : '0';
    case 'list':
      return /** @type {unknown[]} */ (value).join(',');
    case 'points': {
      const nested = /** @type {number[][]} */ (value);
      const rows = field.nested ? nested : (pointRows(value, field.stride) ?? []);
      return rows.map((p) => p.join(field.urlSeparator)).join(';');
    }
    default:
      return String(value);
  }
}

/** Deep equality of two field values (numbers, strings, booleans, nested arrays). */
export function sameValue(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  return Object.is(a, b) || a === b;
}
