// Rows of the gradient-check table: which parameter, analytic vs numeric derivative, relative
// error and the core's verdict; sorting and paging. Pure: the core's check results in, rows out.
// The core judges (core/diagnostics/gradient_check.h): 1e-7 relative, or within what finite
// differences can resolve there, is right; a kink inside the step is named, never called wrong.
import { parameterLayout } from './parameter-layout.js';

/** The relative errors the core's judge uses (for the legend). */
export const GOOD_BELOW = 1e-7;
export const WARN_BELOW = 1e-4;

/** The core's verdict names → the table's colour classes. */
const VERDICT_CLASSES = { right: 'good', suspicious: 'warn', wrong: 'bad', kink: 'kink' };

/**
 * @typedef {object} CheckRow
 * @property {number} index θ index
 * @property {number} layer l
 * @property {number} j
 * @property {number | null} k null for a bias
 * @property {number} analytic
 * @property {number} numeric
 * @property {number} relativeError
 * @property {'good' | 'warn' | 'bad' | 'kink'} verdict
 */

/** @param {string} name the core's verdict @returns {'good' | 'warn' | 'bad' | 'kink'} */
export function verdictClass(name) {
  const known = VERDICT_CLASSES[name];
  if (!known) throw new Error(`Gradient check: unknown verdict "${name}"`);
  return known;
}

/**
 * @param {number[]} layerSizes
 * @param {{ indices: ArrayLike<number>, analytic: ArrayLike<number>, numeric: ArrayLike<number>,
 *   relativeError: ArrayLike<number>, verdict: ArrayLike<string> }} result parallel arrays, one
 *   entry per checked parameter
 * @returns {CheckRow[]}
 */
export function checkRows(layerSizes, result) {
  const layout = parameterLayout(layerSizes);
  const count = result.indices.length;
  for (const name of ['analytic', 'numeric', 'relativeError', 'verdict']) {
    if (result[name].length !== count) {
      throw new Error(
        `Gradient check: ${name} has ${result[name].length} entries for ${count} parameters`,
      );
    }
  }
  const rows = [];
  for (let i = 0; i < count; i++) {
    const index = result.indices[i];
    const { layer, j, k } = layout.describe(index);
    const relativeError = result.relativeError[i];
    rows.push({
      index,
      layer,
      j,
      k,
      analytic: result.analytic[i],
      numeric: result.numeric[i],
      relativeError,
      verdict: verdictClass(result.verdict[i]),
    });
  }
  return rows;
}

/** Verdicts from the most to the least severe; a kink is no worse than right. */
const SEVERITY = ['bad', 'warn', 'good', 'kink'];

/**
 * The counts per verdict, the overall kind (the most severe verdict present) and the worst row:
 * the largest relative error among the rows of that verdict (NaN counts as the largest).
 * @param {CheckRow[]} rows
 */
export function summarize(rows) {
  const counts = { good: 0, warn: 0, bad: 0, kink: 0 };
  for (const row of rows) counts[row.verdict]++;
  const kind = SEVERITY.find((verdict) => counts[verdict] > 0) ?? 'good';
  let worst = null;
  for (const row of rows) {
    if (row.verdict !== kind) continue;
    if (!worst || !(row.relativeError <= worst.relativeError)) worst = row;
  }
  const maxRelativeError = worst ? worst.relativeError : 0;
  return { count: rows.length, kind, worst, maxRelativeError, counts };
}

/** Columns a table can sort by; 'parameter' sorts in θ order (layer, then W before b). */
export const SORT_KEYS = ['parameter', 'analytic', 'numeric', 'relativeError'];

/**
 * A sorted copy; NaN errors sort as the largest.
 * @param {CheckRow[]} rows
 * @param {string} key one of SORT_KEYS
 * @param {boolean} descending
 */
export function sortRows(rows, key, descending) {
  if (!SORT_KEYS.includes(key)) throw new Error(`Cannot sort by ${key}`);
  const value = (row) => {
    if (key === 'parameter') return row.index;
    const v = row[key];
    return Number.isNaN(v) ? Infinity : v;
  };
  const sign = descending ? -1 : 1;
  return [...rows].sort((p, q) => sign * (value(p) - value(q)) || p.index - q.index);
}

/**
 * @param {CheckRow[]} rows
 * @param {number} page 0-based; clipped to the last page
 * @param {number} pageSize
 */
export function pageOf(rows, page, pageSize) {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(current * pageSize, (current + 1) * pageSize), page: current, pages };
}

/**
 * The parameter's name in LaTeX-free text: "w¹₀₁"-style is hard to read in a table, so
 * "W2[0,1]" / "b2[0]".
 */
export function parameterLabel(row) {
  return row.k === null ? `b${row.layer}[${row.j}]` : `W${row.layer}[${row.j},${row.k}]`;
}
