// What the core's linear models (Regression, Classifier) share: a wrapper that owns its Embind
// handle, the full cost, the cost over two weights, and a Trainer on the model's own objective.
import { Trainer } from './trainer.js';

export class LinearModel {
  /** @param {any} handle an Embind Regression or Classifier; this object owns it */
  constructor(handle) {
    this.handle = handle;
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
    return this.handle.cost(Array.from(weights));
  }
  /**
   * Exact cost over weights i (columns) and j (rows); the others as in `base`.
   * @param {number} i @param {number} j @param {ArrayLike<number>} base
   * @param {{ iMin: number, iMax: number, jMin: number, jMax: number }} box @param {number} n (≤ 256)
   * @returns {Float32Array} view, n×n row-major, row 0 at jMin; valid until the next call into the module
   */
  costGrid(i, j, base, box, n) {
    return this.handle.costGrid(i, j, Array.from(base), box, n);
  }
  /**
   * @param {import('./trainer.js').TrainerOptions} options
   * @param {ArrayLike<number>} initial parameterCount() numbers
   */
  createTrainer(options, initial) {
    return new Trainer(this.handle.makeTrainer(options, Array.from(initial)));
  }
  dispose() {
    this.handle?.delete();
    this.handle = null;
  }
}
