// The scenario side of a field table: each field lives at its dotted path in the scenario file
// (docs/scenarios.md, docs/parameters.md). Writing gives the file's body; reading is strict: a
// bad value, or a field the lab does not know, is refused by its path.
import { normalizeWithTable } from './field-table.js';
import { boundsText, quote, refusal } from './field-values.js';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at a dotted path ('optimizer.learningRate', 'start.0'), or undefined. */
export function getPath(object, path) {
  let value = object;
  for (const part of path.split('.')) {
    const missing = value === null || typeof value !== 'object' || !Object.hasOwn(value, part);
    if (missing) return undefined;
    value = value[part];
  }
  return value;
}

/** Sets the value at a dotted path, making objects (or arrays, for numeric parts) on the way. */
export function setPath(object, path, value) {
  const parts = path.split('.');
  let node = object;
  parts.slice(0, -1).forEach((part, i) => {
    if (node[part] === undefined) node[part] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    node = node[part];
  });
  node[parts[parts.length - 1]] = value;
}

function scenarioValue(field, value) {
  if (value === null || value === undefined) return undefined;
  if (field.type === 'points') {
    if (field.nested) return value.map((p) => [...p]);
    const rows = [];
    for (let i = 0; i < value.length; i += field.stride) {
      rows.push(value.slice(i, i + field.stride));
    }
    return rows;
  }
  if (Array.isArray(value)) return [...value];
  return field.scale ? roundScaled(value * field.scale) : value;
}

// 0.3 × 100 is 30.000000000000004: scaled values are rounded to 12 significant digits.
const roundScaled = (v) => Number(v.toPrecision(12));

/**
 * The scenario body of a state: every field with a scenario path at that path.
 * @param {{ fields: object[] }} table
 * @param {Record<string, any>} state
 * @returns {Record<string, any>}
 */
export function scenarioFromFields(table, state) {
  const body = {};
  for (const field of table.fields) {
    if (!field.scenario) continue;
    if (field.type === 'group') {
      body[field.scenario] = state[field.key].map((entry) => {
        const item = {};
        setPath(item, field.memberScenario, entry[field.memberKey]);
        for (const sub of field.fields) {
          const value = scenarioValue(sub, entry[sub.key]);
          if (sub.scenario && value !== undefined) setPath(item, sub.scenario, value);
        }
        return item;
      });
      continue;
    }
    const value = scenarioValue(field, state[field.key]);
    if (value !== undefined) setPath(body, field.scenario, value);
  }
  return body;
}

/** The raw value of a field read from the scenario, in state units (scale undone). */
function rawValue(field, value, name) {
  if (!field.scale || typeof value !== 'number') return value;
  const min = field.min * field.scale;
  const max = field.max * field.scale;
  if (Number.isFinite(value) && (value < min || value > max)) {
    throw refusal(name, `must be in ${boundsText({ ...field, min, max })}`, value);
  }
  const scaled = value / field.scale;
  return field.type === 'integer' ? Math.round(scaled) : scaled;
}

/**
 * Reads a state from a scenario, strictly: a value that is not valid, or a field the lab does
 * not know, throws an Error that names it by its path. Fields left out take their defaults.
 * @param {{ fields: object[], finish?: Function }} table
 * @param {Record<string, any>} scenario
 * @param {unknown} names the engine's names
 * @param {{ extraPaths?: string[] }} [options] paths the lab reads itself (run, initial, …)
 */
export function stateFromFields(table, scenario, names, options = {}) {
  refuseUnknownPaths(table, scenario, options.extraPaths ?? []);
  /** @type {Record<string, unknown>} */
  const raw = {};
  for (const field of table.fields) {
    if (!field.scenario) continue;
    const value = getPath(scenario, field.scenario);
    if (value === undefined) continue;
    if (field.type !== 'group') {
      raw[field.key] = rawValue(field, value, field.scenario);
      continue;
    }
    if (!Array.isArray(value)) {
      raw[field.key] = value;
      continue;
    }
    const entries = value.map((entry, i) => groupEntry(field, entry, i));
    // A member the list leaves out takes `unlisted` (Valley: a racer not listed does not race).
    for (const member of field.members(names)) {
      if (!entries.some((e) => e[field.memberKey] === member)) {
        entries.push({ ...field.unlisted, [field.memberKey]: member });
      }
    }
    raw[field.key] = entries;
  }
  const nameOf = (field, member) => {
    if (!member) return field.scenario ?? field.key;
    const group = table.fields.find(
      (f) => f.type === 'group' && (f.fields.includes(field) || f.memberKey === field.key),
    );
    const path = field.key === group.memberKey ? group.memberScenario : field.scenario;
    return `${group.scenario}[${member.index}].${path}`;
  };
  return normalizeWithTable(table, raw, names, { strict: true, nameOf }).state;
}

function groupEntry(group, entry, index) {
  const where = `${group.scenario}[${index}]`;
  if (!isObject(entry)) throw new Error(`${where} must be an object (got ${quote(entry)}).`);
  refuseUnknownPaths({ fields: group.fields }, entry, [group.memberScenario], `${where}.`);
  const item = { ...group.listed, [group.memberKey]: getPath(entry, group.memberScenario) };
  for (const sub of group.fields) {
    const value = sub.scenario ? getPath(entry, sub.scenario) : undefined;
    if (value !== undefined) item[sub.key] = rawValue(sub, value, `${where}.${sub.scenario}`);
  }
  return item;
}

/** Throws for the first path of the scenario that is no field's and no extra path. */
function refuseUnknownPaths(table, scenario, extraPaths, prefix = '') {
  const known = new Set([...table.fields.map((f) => f.scenario).filter(Boolean), ...extraPaths]);
  const parents = new Set();
  for (const path of known) {
    const parts = path.split('.');
    for (let i = 1; i < parts.length; i++) parents.add(parts.slice(0, i).join('.'));
  }
  const walk = (node, path) => {
    for (const key of Object.keys(node)) {
      const at = path ? `${path}.${key}` : key;
      if (known.has(at)) continue;
      const inner = node[key];
      if (parents.has(at) && (isObject(inner) || Array.isArray(inner))) walk(inner, at);
      else if (parents.has(at)) {
        throw new Error(`${prefix}${at} must be an object (got ${quote(node[key])}).`);
      } else {
        throw new Error(`Unknown scenario field ${prefix}${at} (got ${quote(node[key])}).`);
      }
    }
  };
  walk(scenario, '');
}
