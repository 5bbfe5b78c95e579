// Writing a field table's rows: the one row constructor the labs' tables share, and the rows
// that mean the same in several labs. (field-table.js documents every row property.)

/**
 * A row of a field table.
 * @param {string} key the state field (also the hide/lock name)
 * @param {string} type number, integer, boolean, choice, list, points, text, ...
 * @param {unknown} def the default
 * @param {string | null} query the URL key (null: not in the URL)
 * @param {string | null} scenario the dotted path in a scenario file (null: not in scenarios)
 * @param {string} doc the description in docs/parameters.md
 * @param {object} [extra] bounds, choices and the type's other properties
 */
export const field = (key, type, def, query, scenario, doc, extra = {}) => ({
  key,
  type,
  default: def,
  query,
  scenario,
  doc,
  ...extra,
});

/** The step limit of a trainer's stop rules (0: off), as the linear labs offer it. */
export const MAX_STEPS_FIELD = Object.freeze(
  field('maxSteps', 'integer', 0, 'max', 'stop.maxSteps', 'stop after this many steps (0: off)', {
    min: 0,
    max: 1e7,
  }),
);
