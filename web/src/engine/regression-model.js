// Linear regression on [1, x...] (seed 004 ch. 1–2) and 1-D polynomial regression (§1.5–1.6),
// computed by the core.
import { Trainer } from './trainer.js';

/** @typedef {{ inputs: number[], inputDim: number, targets: number[], columns: string[] }} LinearData */
/** @typedef {{ ok: boolean, message: string, weights: number[], rank: number }} SolveResult */
/** @typedef {{ iMin: number, iMax: number, jMin: number, jMax: number }} WeightBox */

export class RegressionModel {
  /** @param {any} handle an Embind Regression; this object owns it */
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
  /** @param {ArrayLike<number>} weights @returns {number} exact full cost C(W) */
  cost(weights) {
    return this.handle.cost(Array.from(weights));
  }
  /**
   * Exact cost over weights i (columns) and j (rows); the others as in `base`.
   * @param {number} i @param {number} j @param {ArrayLike<number>} base @param {WeightBox} box @param {number} n
   * @returns {Float32Array} view, n×n row-major, row 0 at jMin; valid until the next call into the module
   */
  costGrid(i, j, base, box, n) {
    return this.handle.costGrid(i, j, Array.from(base), box, n);
  }
  /** @returns {number} λmax of the Hessian: GD is stable for η < 2/λmax */
  hessianMaxEigenvalue() {
    return this.handle.hessianMaxEigenvalue();
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
