// Which part of a lab a state change reaches. A lab lists its parts from the most to the least
// costly to rebuild, each with the fields that define it; the first part with a changed field is
// what must be rebuilt (a data change also rebuilds the trainer, so it is the only answer).

/** Whether `key` differs between two states (arrays and objects compared by value). */
export function fieldChanged(state, previous, key) {
  return JSON.stringify(state[key]) !== JSON.stringify(previous[key]);
}

/**
 * @template {string} K
 * @param {object} state @param {object | null} previous null: everything is new
 * @param {[K, string[]][]} parts [name, fields] from the most to the least costly
 * @returns {K | 'all' | null} 'all' without a previous state, null when no listed field changed
 */
export function changedPart(state, previous, parts) {
  if (!previous) return 'all';
  for (const [name, fields] of parts) {
    if (fields.some((key) => fieldChanged(state, previous, key))) return name;
  }
  return null;
}
