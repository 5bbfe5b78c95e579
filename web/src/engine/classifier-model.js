// Linear classifiers on ±1 labels (seed 004 §1.4, §2.2.2, §3.1): margin-loss models trained by
// the shared Trainer, and the perceptron, computed by the core.
import { Trainer } from './trainer.js';

export class ClassifierModel {
  /** @param {any} handle an Embind Classifier; this object owns it */
  constructor(handle) {
    this.handle = handle;
  }
  parameterCount() {
    return this.handle.parameterCount();
  }
  sampleCount() {
    return this.handle.sampleCount();
  }
  /** @returns {string} 'squared-hinge' | 'hinge' | 'logistic' */
  loss() {
    return this.handle.loss();
  }
  /** @param {ArrayLike<number>} weights @returns {number} full cost */
  cost(weights) {
    return this.handle.cost(Array.from(weights));
  }
  /**
   * Cost over weights i (columns) and j (rows), others as in `base`.
   * @param {number} i @param {number} j @param {ArrayLike<number>} base
   * @param {{ iMin: number, iMax: number, jMin: number, jMax: number }} box @param {number} n (≤ 256)
   * @returns {Float32Array} view, n×n row-major, row 0 at jMin; valid until the next call into the module
   */
  costGrid(i, j, base, box, n) {
    return this.handle.costGrid(i, j, Array.from(base), box, n);
  }
  /** @returns {number} fraction of samples with y Wᵀx > 0 */
  accuracy(weights) {
    return this.handle.accuracy(Array.from(weights));
  }
  /** @returns {number[]} copy: indices with y Wᵀx ≤ 0 */
  misclassified(weights) {
    return this.handle.misclassified(Array.from(weights));
  }
  /** @returns {{ defined: boolean, signedMargin: number, signedMarginIndex: number, closestDistance: number, closestIndex: number }} copy */
  margin(weights) {
    return this.handle.margin(Array.from(weights));
  }
  /** @param {import('./trainer.js').TrainerOptions} options @param {ArrayLike<number>} initial */
  createTrainer(options, initial) {
    return new Trainer(this.handle.makeTrainer(options, Array.from(initial)));
  }
  dispose() {
    this.handle?.delete();
    this.handle = null;
  }
}

export class PerceptronModel {
  /** @param {any} handle an Embind Perceptron; this object owns it */
  constructor(handle) {
    this.handle = handle;
  }
  /** Visits up to n samples in one call; returns the visits made (0 once converged). */
  step(n) {
    return this.handle.step(n);
  }
  reset() {
    this.handle.reset();
  }
  /** @returns {Float64Array} view: W, bias first; valid until the next call into the module */
  weights() {
    return this.handle.weights();
  }
  /** @returns {'running' | 'converged' | 'max-epochs'} */
  state() {
    return this.handle.state();
  }
  epoch() {
    return this.handle.epoch();
  }
  position() {
    return this.handle.position();
  }
  totalUpdates() {
    return this.handle.totalUpdates();
  }
  lastSample() {
    return this.handle.lastSample();
  }
  lastWasMistake() {
    return this.handle.lastWasMistake();
  }
  mistakesThisEpoch() {
    return this.handle.mistakesThisEpoch();
  }
  /** @returns {number[]} copy */
  mistakesPerEpoch() {
    return this.handle.mistakesPerEpoch();
  }
  dispose() {
    this.handle?.delete();
    this.handle = null;
  }
}
