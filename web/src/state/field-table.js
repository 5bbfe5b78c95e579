// What a lab's field table gives, derived once for every lab: the defaults, lenient normalising
// (old URLs, controls: it says what it changed), strict validation (scenarios, the API: a bad
// value is refused by the field's name) and the hide/lock names. The URL and scenario
// conversions are in field-url.js and field-scenario.js.
//
// A table is { lab, fields, finish? }. Each field row:
//   key        the state field name (also its hide/lock name)
//   type       'number' | 'integer' | 'boolean' | 'choice' | 'list' | 'points' | 'text' | 'group'
//   default    a value, or (state so far, names) => value
//   min, max   bounds of numbers (zeroOff: 0 is allowed below min and switches the field off;
//              nullable: null is allowed, meaning "not set")
//   choices    a list, or (names, state so far) => list (names: what the engine gave)
//   query      its URL key, or null when it is not in the URL
//   scenario   its dotted path in the scenario file, or null (scale: file value = state × scale)
//   doc        a short description for docs/parameters.md (defaultDoc, rangeDoc: its default
//              and bounds in words, where they depend on the names or the state)
//   alwaysInUrl written to the URL even at its default
// choice: numeric (its choices are numbers). list: item { type, min, max } or
// item { choices: true } (then `choices` lists them), minLength, maxLength. points: stride,
// pointText, nested (state keeps rows, else flat), maxPoints, urlSeparator,
// checkPoint(row, state, names) → { point, note?, strictError? } | { error }.
// text: maxLength, urlMaxLength. group (Valley's racers): members(names), memberKey,
// memberScenario (its path in an entry), memberDefault(member), fields (a table of the
// member's fields), membership { field, query } (the members switched on, as one URL key),
// listed / unlisted (what a scenario's list implies for members it lists or leaves out).
// `finish(state, names, correct)` does what is truly lab-specific after every row is read.
import { checkValue, fromText, quote } from './field-values.js';

/** "<name> <problem> (got …)", or "<name>[3] <problem>" when the problem names an entry. */
function refused(name, problem, got) {
  const joined = problem.startsWith('[') ? `${name}${problem}` : `${name} ${problem}`;
  return new Error(`${joined} (got ${quote(got)}).`);
}

/**
 * @typedef {object} Correction a change lenient reading made to a value it was given
 * @property {string} field   the state field (`racers.adam.learningRate` inside a group)
 * @property {string} name    how the source calls it (URL key, scenario path or field)
 * @property {string} value   the value given, quoted (at most ~60 characters)
 * @property {string} reason  why it was changed
 * @property {string} now     the value used instead, quoted
 */

/** The default of a field for the state read so far. */
export function defaultOf(field, state, names) {
  const value = typeof field.default === 'function' ? field.default(state, names) : field.default;
  return Array.isArray(value) ? structuredClone(value) : value;
}

/** The table's default state for the names the engine gave. */
export function tableDefaults(table, names) {
  return normalizeWithTable(table, {}, names, { strict: true }).state;
}

/**
 * Reads `raw` (keyed by state field) through the table.
 * strict: a bad value throws an Error naming it (by `nameOf(field, member)`: a scenario path, a
 * URL key or the field); lenient: it is replaced (bounded, rounded, or its default) and the
 * change is listed in `corrections`. Missing fields take their defaults in both modes.
 * @param {{ fields: object[], finish?: Function }} table
 * @param {Record<string, unknown>} raw
 * @param {unknown} names
 * @param {{ strict?: boolean, nameOf?: (field: object, member?: { index: number, member: string })
 *   => string }} [options]
 * @returns {{ state: Record<string, any>, corrections: Correction[] }}
 */
export function normalizeWithTable(table, raw, names, options = {}) {
  const { strict = false, nameOf = (field) => field.key } = options;
  /** @type {Correction[]} */
  const corrections = [];
  const reader = { strict, nameOf, names, corrections };
  const state = readFields(table.fields, raw ?? {}, reader, '', undefined);
  if (table.finish) {
    const correct = (field, name, value, reason, now) =>
      corrections.push({ field, name, value: quote(value), reason, now: quote(now) });
    table.finish(state, names, correct, strict);
  }
  return { state, corrections };
}

function readFields(fields, raw, reader, prefix, member, defaults) {
  const state = {};
  for (const field of fields) {
    if (field.type === 'group') {
      state[field.key] = readGroup(field, raw[field.key], reader);
      continue;
    }
    const fallback = defaults ? defaults[field.key] : defaultOf(field, state, reader.names);
    state[field.key] = readValue(field, raw[field.key], fallback, state, reader, prefix, member);
  }
  return state;
}

function readValue(field, given, fallback, state, reader, prefix, member) {
  if (given === undefined) return fallback;
  const value = reader.strict ? given : fromText(field, given);
  const checked = checkValue(field, value, reader.names, state);
  const name = () => reader.nameOf(field, member);
  if (checked.error) {
    if (reader.strict) throw refused(name(), checked.error, 'got' in checked ? checked.got : given);
    const now = checked.fix === undefined ? fallback : checked.fix;
    reader.corrections.push({
      field: prefix + field.key,
      name: name(),
      value: quote(given),
      reason: checked.error,
      now: quote(now),
    });
    return now;
  }
  if (checked.note) {
    // Strict reading never converts: what lenient reading would change is refused.
    if (reader.strict) {
      throw refused(name(), checked.strictError ?? checked.note, checked.got ?? given);
    }
    reader.corrections.push({
      field: prefix + field.key,
      name: name(),
      value: quote(given),
      reason: checked.note,
      now: quote(checked.value),
    });
  }
  return checked.value;
}

/** Members of a group, in the group's order, each read through the member table. */
function readGroup(group, given, reader) {
  const members = group.members(reader.names);
  const entries = given === undefined ? [] : given;
  if (!Array.isArray(entries)) {
    if (reader.strict) {
      throw new Error(`${reader.nameOf(group)} must be a list (got ${quote(given)}).`);
    }
    return members.map((member) => group.memberDefault(member));
  }
  const seen = new Set();
  entries.forEach((entry, index) => {
    const member = entry?.[group.memberKey];
    const where = reader.nameOf({ ...group, key: group.memberKey }, { index, member });
    let problem = null;
    if (!members.includes(member)) problem = `must be one of: ${members.join(', ')}`;
    else if (seen.has(member)) problem = `appears twice; each ${group.memberKey} is listed once`;
    if (problem && reader.strict) throw new Error(`${where} ${problem} (got ${quote(member)}).`);
    seen.add(member);
  });
  return members.map((member) => {
    const index = entries.findIndex((e) => e?.[group.memberKey] === member);
    const entry = index >= 0 ? entries[index] : {};
    const defaults = group.memberDefault(member);
    const read = readFields(
      group.fields,
      entry,
      reader,
      `${group.key}.${member}.`,
      { index, member },
      defaults,
    );
    return { [group.memberKey]: member, ...read };
  });
}

/**
 * A state from `raw` (keyed by state field), strictly: the API's check, which refuses a bad
 * value by its field name instead of replacing it.
 * @param {{ fields: object[], finish?: Function }} table
 * @param {Record<string, unknown>} raw
 * @param {unknown} names the engine's names
 */
export function strictState(table, raw, names) {
  return normalizeWithTable(table, raw, names, { strict: true }).state;
}

/**
 * The hide/lock names of a table: every field's key; a group's member fields as
 * `<group>.<key>` (they apply to every member).
 * @returns {string[]}
 */
export function fieldNames(table) {
  return table.fields.flatMap((field) =>
    field.type === 'group' ? field.fields.map((sub) => `${field.key}.${sub.key}`) : [field.key],
  );
}
