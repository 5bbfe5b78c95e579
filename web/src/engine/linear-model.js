// What the core's linear models (Regression, Classifier) share: a wrapper that owns its Embind
// handle, the full cost, the cost over two weights, and a Trainer on the model's own objective.
import { Trainer } from './trainer.js';

export class LinearModel {
  /**
   * @param {any} handle an Embind Regression or Classifier; this object owns it
   * @param {import('./refusal.js').Checked} checked
   */
  constructor(handle, checked) {
    this.handle = handle;
    this.checked = checked;
  }
  /** @returns {number} number of weights, bias first (inputDim + 1) */
  parameterCount() {
    return this.handle.parameterCount();
  }
  sampleCount() {
    return this.handle.sampleCount();
  }
  /** @param {ArrayLike<number>} weights @returns {number} exact full cost */
  cost(weights) {
    return this.checked(this.handle.cost(Array.from(weights)));
  }
  /**
   * Exact cost over weights i (columns) and j (rows); the others as in `base`.
   * @param {number} i @param {number} j @param {ArrayLike<number>} base
   * @param {{ iMin: number, iMax: number, jMin: number, jMax: number }} box
   * @param {number} n (≤ 256)
   * @returns {Float32Array} view, n×n row-major, row 0 at jMin; valid until the next call
   */
  costGrid(i, j, base, box, n) {
    return this.checked(this.handle.costGrid(i, j, Array.from(base), box, n));
  }
  /**
   * A trainer on this model's cost. Call dispose() on it when done.
   * @param {import('./trainer.js').TrainerOptions} options
   * @param {ArrayLike<number>} initial parameterCount() numbers
   */
  createTrainer(options, initial) {
    const handle = this.checked(this.handle.makeTrainer(options, Array.from(initial)));
    return new Trainer(handle, this.checked);
  }
  dispose() {
    this.handle?.delete();
    this.handle = null;
  }
}
