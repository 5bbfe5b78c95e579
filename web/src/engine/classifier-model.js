// Linear classifiers on ±1 labels (seed 004 §1.4, §2.2.2, §3.1): margin-loss models trained by
// the shared Trainer, and the perceptron, computed by the core.
import { LinearModel } from './linear-model.js';

/** An Embind Classifier, owned (LinearModel). */
export class ClassifierModel extends LinearModel {
  /** @returns {string} 'squared-hinge' | 'hinge' | 'logistic' */
  loss() {
    return this.handle.loss();
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
