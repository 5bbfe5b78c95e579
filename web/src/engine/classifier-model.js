// Linear classifiers on ±1 labels (seed 004 §1.4, §2.2.2, §3.1): margin-loss models trained by
// the shared Trainer, and the perceptron, computed by the core.
import { LinearModel } from './linear-model.js';

/**
 * @typedef {object} MarginInfo
 * @property {boolean} defined
 * @property {number} signedMargin
 * @property {number} signedMarginIndex
 * @property {number} closestDistance
 * @property {number} closestIndex
 */

/** An Embind Classifier, owned (LinearModel). */
export class ClassifierModel extends LinearModel {
  /** @returns {string} engine.marginLossNames() */
  loss() {
    return this.handle.loss();
  }
  /** @returns {number} fraction of samples with y Wᵀx > 0 */
  accuracy(weights) {
    return this.checked(this.handle.accuracy(Array.from(weights)));
  }
  /** @returns {number[]} copy: indices with y Wᵀx ≤ 0 */
  misclassified(weights) {
    return this.checked(this.handle.misclassified(Array.from(weights)));
  }
  /** @returns {MarginInfo} copy */
  margin(weights) {
    return this.checked(this.handle.margin(Array.from(weights)));
  }
}

export class PerceptronModel {
  /**
   * @param {any} handle an Embind Perceptron; this object owns it
   * @param {import('./refusal.js').Checked} checked
   */
  constructor(handle, checked) {
    this.handle = handle;
    this.checked = checked;
  }
  /** Visits up to n samples in one call; returns the visits made (0 once converged). */
  step(n) {
    return this.checked(this.handle.step(n));
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
