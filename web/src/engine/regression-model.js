// Linear regression on [1, x...] (seed 004 ch. 1–2) and 1-D polynomial regression (§1.5–1.6),
// computed by the core.
import { LinearModel } from './linear-model.js';

/** @typedef {{ inputs: number[], inputDim: number, targets: number[], columns: string[] }} LinearData */
/** @typedef {{ ok: boolean, message: string, weights: number[], rank: number }} SolveResult */
/** @typedef {{ iMin: number, iMax: number, jMin: number, jMax: number }} WeightBox */

/** An Embind Regression, owned (LinearModel). */
export class RegressionModel extends LinearModel {
  /** @returns {number} ridge λ of this model */
  lambda() {
    return this.handle.lambda();
  }
  /** @returns {SolveResult} copy: the closed form W* at this model's λ (normal equation when λ = 0) */
  solve() {
    return this.handle.solve();
  }
  /** @param {number} lambda @returns {SolveResult} copy: the ridge closed form for another λ */
  solveRidge(lambda) {
    return this.handle.solveRidge(lambda);
  }
  /** @returns {number} λmax of the Hessian: GD is stable for η < 2/λmax */
  hessianMaxEigenvalue() {
    return this.handle.hessianMaxEigenvalue();
  }
}

export class PolynomialModel {
  /** @param {any} handle an Embind Polynomial; this object owns it */
  constructor(handle) {
    this.handle = handle;
  }
  /**
   * Closed-form fit of degree m with ridge λ; kept for curve().
   * @returns {{ ok: boolean, message: string, weights: number[], powerCoefficients: number[], trainCost: number, testCost: number }} copy
   */
  fit(degree, lambda) {
    return this.handle.fit(degree, lambda);
  }
  /** @returns {Float64Array} view: the last fit at `count` evenly spaced x in [xMin, xMax] */
  curve(xMin, xMax, count) {
    return this.handle.curve(xMin, xMax, count);
  }
  /** @returns {{ degrees: number[], train: number[], test: number[] }} copy; NaN where a degree fails */
  costsByDegree(lambda) {
    return this.handle.costsByDegree(lambda);
  }
  dispose() {
    this.handle?.delete();
    this.handle = null;
  }
}
