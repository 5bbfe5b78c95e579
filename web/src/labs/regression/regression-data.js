// Builds the Regression lab's data set from its state with the engine: no DOM, so the headless
// scenario runner uses the very same data as the page.
import { MAX_CSV_LENGTH } from '../../state/regression-state.js';

/**
 * @typedef {object} RegressionData
 * @property {number[]} inputs     row-major, inputDim per sample
 * @property {number} inputDim
 * @property {number[]} targets
 * @property {string[]} columns    input names, then the target name
 * @property {{ inputs: number[], targets: number[] } | null} test  held-out set (1-D sine data)
 */

/**
 * Data values beyond this make the cost overflow (its squares and sums) before training starts,
 * so a run would show Infinity and NaN in a state that is not "diverged" (docs/robustness.md).
 */
export const MAX_DATA_MAGNITUDE = 1e100;

/**
 * @param {import('../../engine/engine.js').Engine} engine
 * @param {import('../../state/regression-state.js').RegressionState} state
 * @returns {RegressionData} throws an Error with a readable message (bad CSV, no points, a
 *   value too large for a finite cost)
 */
export function buildRegressionData(engine, state) {
  const data = rawRegressionData(engine, state);
  refuseHugeValues(data);
  return data;
}

/** Throws, naming the row and column, when a value lies outside ±MAX_DATA_MAGNITUDE. */
function refuseHugeValues(data) {
  const { inputs, inputDim, targets, columns } = data;
  const tooLarge = (value) => Math.abs(value) > MAX_DATA_MAGNITUDE;
  for (let row = 0; row < targets.length; row++) {
    const values = [...inputs.slice(row * inputDim, (row + 1) * inputDim), targets[row]];
    const column = values.findIndex(tooLarge);
    if (column < 0) continue;
    const name = columns[column] ?? `column ${column + 1}`;
    throw new Error(
      `The data's ${name} in row ${row + 1} is ${values[column]}: values must lie within ` +
        `±${MAX_DATA_MAGNITUDE} (larger ones make the cost overflow).`,
    );
  }
}

/** @returns {RegressionData} */
function rawRegressionData(engine, state) {
  switch (state.data) {
    case 'sine': {
      const { train, test } = engine.sineData({
        trainCount: state.sineCount,
        testCount: 100,
        noise: state.noise,
        seed: state.seed,
      });
      return {
        ...train,
        columns: ['x', 'y'],
        test: { inputs: test.inputs, targets: test.targets },
      };
    }
    case 'plane': {
      const data = engine.generatePoints({
        dataset: 'plane',
        count: 60,
        noise: Math.min(state.noise, 0.5),
        seed: state.seed,
      });
      return { ...data, columns: ['x1', 'x2', 'y'], test: null };
    }
    case 'points': {
      const inputs = [];
      const targets = [];
      for (let i = 0; i < state.points.length; i += 2) {
        inputs.push(state.points[i]);
        targets.push(state.points[i + 1]);
      }
      return { inputs, inputDim: 1, targets, columns: ['x', 'y'], test: null };
    }
    case 'csv': {
      if (!state.csv)
        throw new Error('No CSV file loaded yet: choose a file with columns x1, ..., y.');
      const parsed = engine.parseCsv(state.csv);
      if (!parsed.ok) throw new Error(parsed.message);
      return {
        inputs: parsed.inputs,
        inputDim: parsed.inputDim,
        targets: parsed.targets,
        columns: parsed.columns,
        test: null,
      };
    }
    default: {
      const data = engine.commuteData();
      return { ...data, test: null };
    }
  }
}

/** x values of a 1-D data set (copy). */
export function firstColumn(data) {
  const xs = [];
  for (let i = 0; i < data.targets.length; i++) xs.push(data.inputs[i * data.inputDim]);
  return xs;
}

/**
 * Why the page does not take a CSV text as its data set, in the page's language, or null when
 * it does: any text the core's parser reads fits the state (MAX_CSV_LENGTH is derived from the
 * parser's row and column limits).
 * @param {import('../../engine/engine.js').Engine} engine @param {string} text
 * @param {(key: string, params?: object) => string} t
 * @returns {string | null}
 */
export function csvRefusal(engine, text, t) {
  if (text.length > MAX_CSV_LENGTH) {
    const count = (n) => n.toLocaleString('en-US');
    return t('data.csvTooLong', { length: count(text.length), max: count(MAX_CSV_LENGTH) });
  }
  const parsed = engine.parseCsv(text);
  return parsed.ok ? null : t('regression.csvError', { message: parsed.message });
}
