// A trainer of the core: runs an optimizer on a surface, linear model or network.
//
// Copy vs view (see engine.js): every accessor says which it returns. A view aliases wasm memory
// and is valid only until the next call into the module.
/**
 * @typedef {object} TrainerOptions
 * @property {number} [learningRate] base rate C of the schedule
 * @property {string} [optimizer] engine.optimizerNames()
 * @property {number} [momentum] μ of momentum and Nesterov
 * @property {number} [beta1] Adam first-moment decay
 * @property {number} [beta2] Adam second-moment decay; RMSProp's decay ρ
 * @property {number} [epsilon]
 * @property {number} [rpropIncrease] η+ of Rprop
 * @property {number} [rpropDecrease] η− of Rprop
 * @property {number} [rpropMinStep]
 * @property {number} [rpropMaxStep]
 * @property {string} [schedule] engine.scheduleNames()
 * @property {number} [decay] factor of the step and exponential schedules
 * @property {number} [period] steps per decay (cosine: steps to the floor)
 * @property {number} [minRate] floor of the cosine schedule
 * @property {string} [sampling] engine.samplingNames()
 * @property {number} [batchSize]
 * @property {number} [maxSteps] 0: no limit
 * @property {number} [parameterChangeTol] stop when ‖θ_{t+1} − θ_t‖ < tol (0: off)
 * @property {number} [gradientTol] stop when ‖∇C‖ < tol (0: off)
 * @property {number} [divergenceCost] |cost| above this counts as diverged
 * @property {number} [seed]
 * @property {number} [historyCapacity] points kept of the cost history
 * @property {number} [pathCapacity] points kept of the parameter path
 * @property {boolean} [recordPath]
 */

export class Trainer {
  /**
   * @param {any} handle an Embind Trainer; this object owns it
   * @param {import('./refusal.js').Checked} checked
   */
  constructor(handle, checked) {
    this.handle = handle;
    this.checked = checked;
  }

  /** Runs up to n steps in one call into wasm; fewer when the run stops. @returns steps run */
  step(n) {
    return this.checked(this.handle.step(n));
  }
  /** Back to the initial parameters; optimizer state and histories cleared. */
  reset() {
    this.handle.reset();
  }
  /** @param {ArrayLike<number>} params new initial parameters, then reset */
  resetTo(params) {
    this.checked(this.handle.resetTo(Array.from(params)));
  }
  /** Sets one parameter (a weight edited by hand). */
  setParam(index, value) {
    this.checked(this.handle.setParam(index, value));
  }

  /** Batch cost evaluated by the last step. */
  cost() {
    return this.handle.cost();
  }
  /** Cost over all samples at the current parameters. */
  fullCost() {
    return this.handle.fullCost();
  }
  learningRate() {
    return this.handle.learningRate();
  }
  stepCount() {
    return this.handle.stepCount();
  }
  epoch() {
    return this.handle.epoch();
  }
  parameterCount() {
    return this.handle.parameterCount();
  }
  /** @returns {'ready'|'running'|'max-steps'|'converged'|'gradient-small'|'diverged'} */
  state() {
    return this.handle.state();
  }
  /** Why the run stopped, in plain English; '' while it can go on. */
  stopMessage() {
    return this.handle.stopMessage();
  }

  /** @returns {Float64Array} view: current parameters θ */
  params() {
    return this.handle.params();
  }
  /** @returns {Float64Array} view: gradient at θ before the last update */
  gradient() {
    return this.handle.gradient();
  }
  /** @returns {Float64Array} view: Δθ of the last update */
  lastUpdate() {
    return this.handle.lastUpdate();
  }
  /** @returns {Float64Array} view: momentum/Nesterov velocity */
  velocity() {
    return this.handle.velocity();
  }
  /** @returns {Float64Array} view: Adam's first moment */
  firstMoment() {
    return this.handle.firstMoment();
  }
  /** @returns {Float64Array} view: second moment (Adam, RMSProp, AdaGrad) */
  secondMoment() {
    return this.handle.secondMoment();
  }
  /** @returns {Float64Array} view: per-parameter step sizes (Rprop; adaptive methods' steps) */
  stepSizes() {
    return this.handle.stepSizes();
  }
  /** @returns {{ steps: number[], values: number[] }} copy of the (decimated) cost history */
  costHistory() {
    return {
      steps: Array.from(this.handle.costSteps()),
      values: Array.from(this.handle.costValues()),
    };
  }
  /**
   * Views of the parameter path: values row-major, parameterCount() numbers per entry.
   * @returns {{ steps: Float64Array, values: Float64Array }}
   */
  pathViews() {
    const steps = this.handle.pathSteps();
    const values = this.handle.pathValues();
    return { steps, values };
  }

  dispose() {
    this.handle?.delete();
    this.handle = null;
  }
}
