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

// -- imports: valley lab extras --

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

  // -- methods: valley lab extras --
}
