// The only JS that touches the wasm module (DESIGN.md): it creates core objects, owns their
// lifetime and hands out typed views.
//
// Copy vs view: methods documented as returning a *view* give a typed array that aliases wasm
// memory. A view is valid only until the next call into the module (memory may grow and detach
// it): fetch it, use it, drop it. Methods documented as returning a *copy* give plain JS data
// that is safe to keep.
import { SurfaceModel } from './surface-model.js';
// -- imports: network lab --
import { NetworkModel } from './network-model.js';

// -- imports: regression and classification labs --
import { ClassifierModel, PerceptronModel } from './classifier-model.js';
import { PolynomialModel, RegressionModel } from './regression-model.js';

// -- imports: valley lab extras --
import { SurfaceProbe } from './surface-probe.js';

export class Engine {
  /** @param {any} core the instantiated Embind module */
  constructor(core) {
    this.core = core;
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
  /** @returns {{ name: string, task: 'binary' | 'regression' | 'multi-class' }[]} 2-D data generators (copy) */
  generators() {
    const tasks = this.core.generatorTasks();
    return this.core.generatorNames().map((name, i) => ({ name, task: tasks[i] }));
  }
  /** @returns {string[]} sampling mode names (copy) */
  samplingNames() {
    return this.core.samplingNames();
  }

  /**
   * A 2-D surface of the Valley lab. Throws an Error with a readable message for an unknown name
   * or bad options. Call dispose() when done.
   * @param {string} name
   * @param {{ conditionNumber?: number, rotationDegrees?: number }} [options]
   */
  createSurface(name, options = {}) {
    return new SurfaceModel(new this.core.Surface(name, options));
  }

  // -- methods: network lab --
  /** @returns {{ features: string[], hiddenActivations: string[], outputActivations: string[], costs: string[], regularizations: string[], inits: string[] }} menu names (copy) */
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
   * A network with its data and trainer (Network lab). Throws an Error with a readable message
   * for bad options; nothing is created then. Call dispose() when done.
   * @param {import('./network-model.js').NetworkOptions} network
   * @param {import('./network-model.js').NetworkDataOptions} data
   * @param {import('./trainer.js').TrainerOptions} trainer
   * @returns {NetworkModel}
   */
  createNetwork(network = {}, data = {}, trainer = {}) {
    return new NetworkModel(new this.core.NetworkModel(network, data, trainer));
  }

  // -- methods: regression and classification labs --
  /** @returns {import('./regression-model.js').LinearData} copy: seed 004's commute table */
  commuteData() {
    return this.core.commuteData();
  }
  /**
   * 1-D noisy sin(2πx) training and test sets (copies).
   * @param {{ trainCount?: number, testCount?: number, noise?: number, evenlySpaced?: boolean, seed?: number }} options
   */
  sineData(options) {
    return this.core.sineData(options);
  }
  /** @param {{ dataset?: string, count?: number, noise?: number, seed?: number }} options 2-D generator; copy */
  generatePoints(options) {
    return this.core.generatePoints(options);
  }
  /**
   * Parses CSV text (last column the target). Never throws for bad text: ok false and a message
   * naming line and column.
   * @param {string} text
   */
  parseCsv(text, options = {}) {
    return this.core.parseCsv(String(text), options);
  }
  /** Seed 004 §4.2.2's graph with forward values and backward gradients (copy). */
  regressionGraph(w, x, b, y) {
    return this.core.regressionGraph(w, x, b, y);
  }
  /** @returns {string[]} margin losses of the linear classifier */
  marginLossNames() {
    return this.core.marginLossNames();
  }
  /**
   * Least squares on [1, x...] (bias first). Throws a readable Error on bad data.
   * @param {{ inputs: ArrayLike<number>, inputDim: number, targets: ArrayLike<number> }} data
   * @param {{ lambda?: number, penalizeBias?: boolean }} [options]
   */
  createRegression(data, options = {}) {
    return new RegressionModel(
      new this.core.Regression(Array.from(data.inputs), data.inputDim, Array.from(data.targets), options),
    );
  }
  /** Closed-form polynomial regression on 1-D data with a test set. */
  createPolynomial(trainX, trainY, testX = [], testY = []) {
    return new PolynomialModel(
      new this.core.Polynomial(Array.from(trainX), Array.from(trainY), Array.from(testX), Array.from(testY)),
    );
  }
  /**
   * Margin-loss linear classifier on [1, x...], labels ±1.
   * @param {{ inputs: ArrayLike<number>, inputDim: number, targets: ArrayLike<number> }} data
   * @param {{ loss?: string, lambda?: number }} [options]
   */
  createClassifier(data, options = {}) {
    return new ClassifierModel(
      new this.core.Classifier(Array.from(data.inputs), data.inputDim, Array.from(data.targets), options),
    );
  }
  /**
   * @param {{ inputs: ArrayLike<number>, inputDim: number, targets: ArrayLike<number> }} data
   * @param {{ learningRate?: number, maxEpochs?: number, shuffle?: boolean, seed?: number }} options
   * @param {ArrayLike<number>} [initial] inputDim + 1 weights (default zeros)
   */
  createPerceptron(data, options = {}, initial) {
    const start = initial ? Array.from(initial) : new Array(data.inputDim + 1).fill(0);
    return new PerceptronModel(
      new this.core.Perceptron(Array.from(data.inputs), data.inputDim, Array.from(data.targets), options, start),
    );
  }

  // -- methods: valley lab extras --
  /**
   * Directional derivative, slice and Hessian eigen-directions of a surface. The probe shares
   * the surface with `surface`, so either may be disposed first; call dispose() on both.
   * @param {SurfaceModel} surface
   */
  createSurfaceProbe(surface) {
    return new SurfaceProbe(new this.core.SurfaceProbe(surface.handle));
  }
}
