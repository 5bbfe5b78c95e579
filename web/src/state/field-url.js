// The URL round trip of a field table: the fields that differ from their defaults are written
// under their query keys; reading is lenient (a teacher's old link keeps working) and says what
// it changed. A group's member fields travel as `<member>.<key>` (Valley: adam.lr=0.05), the
// members switched on as one key (on=sgd.adam).
import { defaultOf, normalizeWithTable } from './field-table.js';
import { quote, sameValue, toText } from './field-values.js';
import { dataReference, referencedHash } from './data-reference.js';

const MEMBER_SEPARATOR = '.';
const NO_MEMBERS = 'none';

/**
 * Writes a state's fields that differ from their defaults into query parameters.
 * @param {{ fields: object[] }} table
 * @param {Record<string, any>} state
 * @param {unknown} [names] the engine's names (only for defaults that depend on them)
 * @returns {URLSearchParams}
 */
export function stateToQuery(table, state, names) {
  const params = new URLSearchParams();
  for (const field of table.fields) {
    const value = state[field.key];
    if (field.type === 'group') {
      writeGroup(field, value, params, names);
      continue;
    }
    if (!field.query || value === null || value === undefined) continue;
    if (!field.alwaysInUrl && sameValue(value, defaultOf(field, state, names))) continue;
    // Long text travels as a reference to its content (`#sha256:…`): the page keeps the text in
    // browser storage under that hash (labs/shared/stored-data.js); a scenario file carries it.
    if (field.urlMaxLength !== undefined && String(value).length > field.urlMaxLength) {
      params.set(field.query, dataReference(String(value)));
      continue;
    }
    params.set(field.query, toText(field, value));
  }
  return params;
}

function writeGroup(group, members, params, names) {
  const { field: flag, query } = group.membership;
  const on = members.filter((m) => m[flag]).map((m) => m[group.memberKey]);
  const defaultOn = group.members(names).filter((member) => group.memberDefault(member)[flag]);
  if (!sameValue(on, defaultOn)) {
    params.set(query, on.length ? on.join(MEMBER_SEPARATOR) : NO_MEMBERS);
  }
  for (const entry of members) {
    const member = entry[group.memberKey];
    const base = group.memberDefault(member);
    for (const sub of group.fields) {
      if (!sub.query || sameValue(entry[sub.key], base[sub.key])) continue;
      params.set(`${member}${MEMBER_SEPARATOR}${sub.query}`, toText(sub, entry[sub.key]));
    }
  }
}

/** The URL key of a field (inside a group: `<member>.<key>`). */
function queryName(table) {
  return (field, member) => {
    if (!member) return field.query ?? field.key;
    const group = table.fields.find((f) => f.type === 'group' && f.fields.includes(field));
    if (group && field.key === group.membership.field) return group.membership.query;
    return `${member.member}${MEMBER_SEPARATOR}${field.query ?? field.key}`;
  };
}

/**
 * Reads a state from query parameters, leniently: every value that is not valid is replaced
 * (bounded, rounded or its default) and listed in `corrections` by its URL key.
 * @param {{ fields: object[], finish?: Function }} table
 * @param {URLSearchParams} params
 * @param {unknown} names the engine's names
 * @returns {{ state: Record<string, any>, corrections: import('./field-table.js').Correction[] }}
 */
export function readQuery(table, params, names) {
  /** @type {Record<string, unknown>} */
  const raw = {};
  const extra = [];
  for (const field of table.fields) {
    if (field.type === 'group') {
      raw[field.key] = readGroupQuery(field, params, names, extra);
    } else if (field.query && params.has(field.query)) {
      raw[field.key] = params.get(field.query);
      if (field.type === 'text' && referencedHash(raw[field.key])) {
        // The page puts the stored text in place of its reference before reading; a reference
        // still here names data this browser does not hold.
        extra.push(missingData(field, raw[field.key], defaultOf(field, raw, names)));
        delete raw[field.key];
      }
    }
  }
  const result = normalizeWithTable(table, raw, names, { nameOf: queryName(table) });
  return { state: result.state, corrections: [...extra, ...result.corrections] };
}

/** The correction for a reference to stored data that is not in this browser. */
function missingData(field, reference, fallback) {
  return {
    field: field.key,
    name: field.query,
    value: quote(reference),
    reason: MISSING_DATA_REASON,
    now: quote(fallback),
  };
}

/** Why a text the URL references is not used (the page words it from this exact reason). */
export const MISSING_DATA_REASON = 'refers to data kept in another browser, not in this one';

function readGroupQuery(group, params, names, corrections) {
  const members = group.members(names);
  const { field: flag, query } = group.membership;
  let on = null;
  if (params.has(query)) {
    const text = String(params.get(query));
    on = text === NO_MEMBERS || text === '' ? [] : text.split(MEMBER_SEPARATOR);
    const unknown = on.filter((name) => !members.includes(name));
    if (unknown.length) {
      corrections.push({
        field: `${group.key}.${flag}`,
        name: query,
        value: quote(text),
        reason: `${unknown.map((u) => quote(u)).join(', ')} not one of: ${members.join(', ')}`,
        now: quote(on.filter((name) => members.includes(name)).join(MEMBER_SEPARATOR)),
      });
    }
  }
  return members.map((member) => {
    const entry = { [group.memberKey]: member };
    if (on) entry[flag] = on.includes(member);
    for (const sub of group.fields) {
      const key = `${member}${MEMBER_SEPARATOR}${sub.query}`;
      if (sub.query && params.has(key)) entry[sub.key] = params.get(key);
    }
    return entry;
  });
}
