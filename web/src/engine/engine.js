// The only JS that touches the wasm module (docs/architecture.md): it creates core objects, owns
// their lifetime, hands out typed views and turns the core's refusals into thrown Errors.
//
// Copy vs view: every accessor's JSDoc says which it returns (and methods named *View return
// views). A *view* is a typed array that aliases wasm memory, valid only until the next call
// into the module (memory may grow and detach it): fetch it, use it, drop it. A *copy* is plain
// JS data, safe to keep.
//
// Errors: a bad argument is refused by the core with a readable message, which the wrappers
// throw as an EngineError (refusal.js); nothing is created or changed then.
import { ClassifierModel, PerceptronModel } from './classifier-model.js';
import { NetworkModel } from './network-model.js';
import { refusalCheck } from './refusal.js';
import { PolynomialModel, RegressionModel } from './regression-model.js';
import { SurfaceModel } from './surface-model.js';
import { SurfaceProbe } from './surface-probe.js';

/**
 * @typedef {{ inputs: ArrayLike<number>, inputDim: number, targets: ArrayLike<number> }}
 *   LinearDataInput
 */

export class Engine {
  /** @param {any} core the instantiated Embind module */
  constructor(core) {
    this.core = core;
    this.checked = refusalCheck(core);
  }

  /** @returns {string[]} surface names, in display order (copy) */
  surfaceNames() {
    return this.core.surfaceNames();
  }
  /** @returns {string[]} optimizer names (copy) */
  optimizerNames() {
    return this.core.optimizerNames();
  }
  /** @returns {string[]} learning-rate schedule names (copy) */
  scheduleNames() {
    return this.core.scheduleNames();
  }
  /**
   * The 2-D data generators in menu order, with their tasks.
   * @returns {{ name: string, task: 'binary' | 'regression' | 'multi-class' }[]} copy
   */
  generators() {
    const tasks = this.core.generatorTasks();
    return this.core.generatorNames().map((name, i) => ({ name, task: tasks[i] }));
  }
  /** @returns {string[]} sampling mode names (copy) */
  samplingNames() {
    return this.core.samplingNames();
  }

  /**
   * A 2-D surface of the Valley lab. Throws an EngineError for an unknown name or bad options.
   * Call dispose() when done.
   * @param {string} name
   * @param {{ conditionNumber?: number, rotationDegrees?: number }} [options]
   */
  createSurface(name, options = {}) {
    return new SurfaceModel(
      this.checked(this.core.createSurface(String(name), options)),
      this.checked,
    );
  }
  /**
   * Directional derivative, slice and Hessian eigen-directions of a surface. The probe shares
   * the surface with `surface`, so either may be disposed first; call dispose() on both.
   * @param {SurfaceModel} surface
   */
  createSurfaceProbe(surface) {
    return new SurfaceProbe(
      this.checked(this.core.createSurfaceProbe(surface.handle)),
      this.checked,
    );
  }

  /**
   * The Network lab's menus (copies).
   * @returns {{ features: string[], hiddenActivations: string[], outputActivations: string[],
   *   costs: string[], regularizations: string[], inits: string[] }}
   */
  networkNames() {
    const c = this.core;
    return {
      features: c.featureNames(),
      hiddenActivations: c.hiddenActivationNames(),
      outputActivations: c.outputActivationNames(),
      costs: c.costNames(),
      regularizations: c.regularizationNames(),
      inits: c.initNames(),
    };
  }
  /**
   * A network with its data and trainer (Network lab). Throws an EngineError for bad options;
   * nothing is created then. Call dispose() when done.
   * @param {import('./network-model.js').NetworkOptions} network
   * @param {import('./network-model.js').NetworkDataOptions} data
   * @param {import('./trainer.js').TrainerOptions} trainer
   * @returns {NetworkModel}
   */
  createNetwork(network = {}, data = {}, trainer = {}) {
    return new NetworkModel(
      this.checked(this.core.createNetwork(network, data, trainer)),
      this.checked,
    );
  }

  /** @returns {import('./regression-model.js').LinearData} copy: seed 004's commute table */
  commuteData() {
    return this.core.commuteData();
  }
  /**
   * 1-D noisy sin(2πx) training and test sets (copies).
   * @param {{ trainCount?: number, testCount?: number, noise?: number, evenlySpaced?: boolean,
   *   seed?: number }} options
   */
  sineData(options) {
    return this.checked(this.core.sineData(options));
  }
  /**
   * Points of a 2-D generator (copy; first target column only).
   * @param {{ dataset?: string, count?: number, noise?: number, seed?: number }} options
   */
  generatePoints(options) {
    return this.checked(this.core.generatePoints(options));
  }
  /**
   * Parses CSV text (the last column the target) into a copy. Bad text is no error: ok is false
   * and the message names line and column. Bad options throw an EngineError.
   * @param {string} text
   * @param {{ targetColumns?: number, header?: 'auto' | 'present' | 'absent' }} [options]
   */
  parseCsv(text, options = {}) {
    return this.checked(this.core.parseCsv(String(text), options));
  }
  /** Seed 004 §4.2.2's graph with forward values and backward gradients (copy). */
  regressionGraph(w, x, b, y) {
    return this.checked(this.core.regressionGraph(w, x, b, y));
  }
  /** @returns {string[]} margin losses of the linear classifier (copy) */
  marginLossNames() {
    return this.core.marginLossNames();
  }
  /**
   * Least squares on [1, x...] (bias first). Throws an EngineError on bad data.
   * @param {LinearDataInput} data
   * @param {{ lambda?: number, penalizeBias?: boolean }} [options]
   */
  createRegression(data, options = {}) {
    const handle = this.core.createRegression(
      Array.from(data.inputs),
      data.inputDim,
      Array.from(data.targets),
      options,
    );
    return new RegressionModel(this.checked(handle), this.checked);
  }
  /** Closed-form polynomial regression on 1-D data with a test set. */
  createPolynomial(trainX, trainY, testX = [], testY = []) {
    const handle = this.core.createPolynomial(
      Array.from(trainX),
      Array.from(trainY),
      Array.from(testX),
      Array.from(testY),
    );
    return new PolynomialModel(this.checked(handle), this.checked);
  }
  /**
   * Margin-loss linear classifier on [1, x...], labels ±1.
   * @param {LinearDataInput} data
   * @param {{ loss?: string, lambda?: number }} [options]
   */
  createClassifier(data, options = {}) {
    const handle = this.core.createClassifier(
      Array.from(data.inputs),
      data.inputDim,
      Array.from(data.targets),
      options,
    );
    return new ClassifierModel(this.checked(handle), this.checked);
  }
  /**
   * @param {LinearDataInput} data
   * @param {{ learningRate?: number, maxEpochs?: number, shuffle?: boolean, seed?: number }}
   *   options
   * @param {ArrayLike<number>} [initial] inputDim + 1 weights (default zeros)
   */
  createPerceptron(data, options = {}, initial) {
    const start = initial ? Array.from(initial) : new Array(data.inputDim + 1).fill(0);
    const handle = this.core.createPerceptron(
      Array.from(data.inputs),
      data.inputDim,
      Array.from(data.targets),
      options,
      start,
    );
    return new PerceptronModel(this.checked(handle), this.checked);
  }
}
