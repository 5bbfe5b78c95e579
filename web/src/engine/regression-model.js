// Linear regression on [1, x...] (seed 004 ch. 1–2) and 1-D polynomial regression (§1.5–1.6),
// computed by the core.
import { LinearModel } from './linear-model.js';

/**
 * @typedef {{ inputs: number[], inputDim: number, targets: number[], columns: string[] }}
 *   LinearData
 */
/** @typedef {{ ok: boolean, message: string, weights: number[], rank: number }} SolveResult */
/** @typedef {{ iMin: number, iMax: number, jMin: number, jMax: number }} WeightBox */

/** An Embind Regression, owned (LinearModel). */
export class RegressionModel extends LinearModel {
  /** @returns {number} ridge λ of this model */
  lambda() {
    return this.handle.lambda();
  }
  /** @returns {SolveResult} copy: the closed form W* at this model's λ (λ = 0: normal eq.) */
  solve() {
    return this.handle.solve();
  }
  /** @param {number} lambda @returns {SolveResult} copy: the ridge closed form for another λ */
  solveRidge(lambda) {
    return this.checked(this.handle.solveRidge(lambda));
  }
  /** @returns {number} λmax of the Hessian: GD is stable for η < 2/λmax */
  hessianMaxEigenvalue() {
    return this.handle.hessianMaxEigenvalue();
  }
}

export class PolynomialModel {
  /**
   * @param {any} handle an Embind Polynomial; this object owns it
   * @param {import('./refusal.js').Checked} checked
   */
  constructor(handle, checked) {
    this.handle = handle;
    this.checked = checked;
  }
  /**
   * Closed-form fit of degree m with ridge λ on the coefficients of 1, x, …, x^m (the bias
   * included unless penalizeBias is false); kept for curve().
   * @returns {{ ok: boolean, message: string, weights: number[], powerCoefficients: number[],
   *   trainCost: number, testCost: number }} copy
   */
  fit(degree, lambda, penalizeBias = true) {
    return this.checked(this.handle.fit(degree, lambda, penalizeBias));
  }
  /**
   * The last fit at `count` evenly spaced x in [xMin, xMax] (empty before a successful fit).
   * @returns {Float64Array} view, valid until the next call into the module
   */
  curve(xMin, xMax, count) {
    return this.checked(this.handle.curve(xMin, xMax, count));
  }
  /**
   * Train and test cost of every degree at λ; NaN where a degree cannot be fitted.
   * @returns {{ degrees: number[], train: number[], test: number[] }} copy
   */
  costsByDegree(lambda, penalizeBias = true) {
    return this.checked(this.handle.costsByDegree(lambda, penalizeBias));
  }
  dispose() {
    this.handle?.delete();
    this.handle = null;
  }
}
