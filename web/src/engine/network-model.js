// The network of the Network lab, trained by the core: data (train/test split), weights,
// trainer, histories, heat-map grid, probe, gradient check and loss landscape.
//
// Copy vs view (see engine.js): methods named *View return typed arrays aliasing wasm memory,
// valid only until the next call into the module; everything else returns plain JS data.

/**
 * @typedef {object} NetworkOptions
 * @property {string[]} [features] 'x1' | 'x2' | 'x1^2' | 'x2^2' | 'x1*x2' | 'sin(x1)' | 'sin(x2)'
 * @property {number[]} [hiddenSizes] 0..8 hidden layers of 1..64 neurons
 * @property {string} [hiddenActivation] engine.hiddenActivationNames()
 * @property {string} [outputActivation] engine.outputActivationNames()
 * @property {number} [outputs] default: the data set's target width
 * @property {string} [cost] engine.costNames()
 * @property {string} [regularization] 'none' | 'l1' | 'l2'
 * @property {number} [regularizationRate] λ
 * @property {string} [init] engine.initNames()
 * @property {number} [initScale]
 * @property {number} [initBias]
 * @property {number} [seed] seed of the initial weights
 */

/**
 * @typedef {object} NetworkDataOptions
 * @property {string} [dataset] engine.generators() name
 * @property {number} [count] points in all (train + test)
 * @property {number} [noise] 0..0.5
 * @property {number} [seed]
 * @property {string} [encoding] default follows the output: 'zero-one' for sigmoid or binary
 *   cross-entropy, else 'plus-minus-one'
 * @property {number} [classes] 'blobs' only
 * @property {number} [testFraction] 0..0.9, default 0.5
 */

/** @typedef {{ xMin: number, xMax: number, yMin: number, yMax: number }} Box */

export class NetworkModel {
  /**
   * @param {any} handle an Embind NetworkModel; this object owns it
   * @param {import('./refusal.js').Checked} checked
   */
  constructor(handle, checked) {
    this.handle = handle;
    this.checked = checked;
    /** @type {number[]} [n_0, ..., n_L], cached: the shape never changes */
    this.sizes = handle.layerSizes();
  }

  // ---- training ----
  /** Runs n mini-batch steps in one call; fewer when the run stops. @returns {number} steps run */
  step(n) {
    return this.checked(this.handle.step(n));
  }
  /** Runs until `epochs` more epochs completed (or the run stops). @returns {number} steps run */
  stepEpochs(epochs) {
    return this.checked(this.handle.stepEpochs(epochs));
  }
  /** Back to the same initial weights; optimizer, counters and histories cleared. */
  reset() {
    this.handle.reset();
  }
  /** New initial weights drawn with `seed`, then reset(). */
  reinitialize(seed) {
    this.checked(this.handle.reinitialize(seed));
  }
  /**
   * New data (the weights stay; optimizer, counters and histories restart).
   * @param {NetworkDataOptions} options
   */
  setData(options) {
    this.checked(this.handle.setData(options));
  }
  /**
   * Adds a training point.
   * @param {number} label 0/1 (binary), class index (multi-class) or target (regression)
   */
  addPoint(x, y, label) {
    this.checked(this.handle.addPoint(x, y, label));
  }

  // ---- readouts (numbers) ----
  trainCost() {
    return this.handle.trainCost();
  }
  testCost() {
    return this.handle.testCost();
  }
  /** Cost of the last mini-batch. */
  batchCost() {
    return this.handle.batchCost();
  }
  /** @param {boolean} [test] */
  accuracy(test = false) {
    return this.handle.accuracy(test);
  }
  /** @returns {number[][]} copy: counts[trueClass][predictedClass] */
  confusion(test = false) {
    const k = this.handle.classCount();
    const flat = this.handle.confusion(test);
    const rows = [];
    for (let i = 0; i < k; i++) rows.push(Array.from(flat.subarray(i * k, i * k + k)));
    return rows;
  }
  classCount() {
    return this.handle.classCount();
  }
  /** Output value separating the two classes of a one-output network (0 or 0.5). */
  threshold() {
    return this.handle.threshold();
  }
  stepCount() {
    return this.handle.stepCount();
  }
  epoch() {
    return this.handle.epoch();
  }
  learningRate() {
    return this.handle.learningRate();
  }
  /** @returns {'ready'|'running'|'max-steps'|'converged'|'gradient-small'|'diverged'} */
  state() {
    return this.handle.state();
  }
  stopMessage() {
    return this.handle.stopMessage();
  }
  /** @returns {'binary'|'regression'|'multi-class'} */
  task() {
    return this.handle.task();
  }

  // ---- parameters ----
  /** @returns {number[]} copy: [n_0 (features), ..., n_L (outputs)] */
  layerSizes() {
    return this.sizes.slice();
  }
  /** @returns {number} Σ n_l, layer 0 included (the neurons of grid() and the probe) */
  neuronCount() {
    return this.sizes.reduce((a, b) => a + b, 0);
  }
  /** @returns {number} index of neuron j of layer l in per-neuron buffers */
  neuronOffset(l) {
    let offset = 0;
    for (let i = 0; i < l; i++) offset += this.sizes[i];
    return offset;
  }
  parameterCount() {
    return this.handle.parameterCount();
  }
  /** @returns {Float64Array} view: θ (layout: W^1 row-major, b^1, W^2, b^2, ...) */
  paramsView() {
    return this.handle.params();
  }
  /** @returns {number[]} copy of θ */
  params() {
    return Array.from(this.handle.params());
  }
  /** @returns {number[]} copy of the initial θ that reset() returns to */
  initialParams() {
    return Array.from(this.handle.initialParams());
  }
  /** @returns {Float64Array} view: batch gradient of the last step */
  gradientView() {
    return this.handle.gradient();
  }
  /** w^l_jk: from neuron k of layer l−1 to neuron j of layer l (l = 1..L). */
  getWeight(l, j, k) {
    return this.checked(this.handle.getWeight(l, j, k));
  }
  setWeight(l, j, k, value) {
    this.checked(this.handle.setWeight(l, j, k, value));
  }
  getBias(l, j) {
    return this.checked(this.handle.getBias(l, j));
  }
  setBias(l, j, value) {
    this.checked(this.handle.setBias(l, j, value));
  }
  /** Sets the current θ (not the initial one). @param {ArrayLike<number>} params */
  setParams(params) {
    this.checked(this.handle.setParams(Array.from(params)));
  }

  // ---- histories (copies) ----
  /** @returns {{ epochs: number[], train: number[], test: number[] }} copy: costs per epoch */
  costHistory() {
    const epochs = Array.from(this.handle.costHistoryEpochs());
    const values = this.handle.costHistoryValues();
    const train = [];
    const test = [];
    for (let i = 0; i < epochs.length; i++) {
      train.push(values[2 * i]);
      test.push(values[2 * i + 1]);
    }
    return { epochs, train, test };
  }
  /** @returns {{ steps: number[], values: number[] }} mini-batch cost per step (decimated) */
  batchCostHistory() {
    return {
      steps: Array.from(this.handle.batchCostSteps()),
      values: Array.from(this.handle.batchCostValues()),
    };
  }
  /**
   * Per-layer histories, sampled once per step(n) call (so once per frame): entry i holds the
   * statistics of the call's last step, whose number is steps[i] (stepEpochs: the last step of
   * each epoch); the other steps skip them for speed. Decimated like every history.
   * deltaNorm[l − 1][i] = ‖δ^l‖ (batch mean per sample), gradientNorm = ‖∂C/∂W^l‖_F,
   * updateRatio = ‖ΔW^l‖/‖W^l‖.
   * @returns {{ steps: number[], deltaNorm: number[][], gradientNorm: number[][],
   *   updateRatio: number[][] }} copies
   */
  layerHistory() {
    const steps = Array.from(this.handle.layerHistorySteps());
    const layers = this.sizes.length - 1;
    const split = (flat) => {
      const out = [];
      for (let l = 0; l < layers; l++) {
        const row = new Array(steps.length);
        for (let i = 0; i < steps.length; i++) row[i] = flat[i * layers + l];
        out.push(row);
      }
      return out;
    };
    const deltaNorm = split(this.handle.deltaNormHistory());
    const gradientNorm = split(this.handle.weightGradientNormHistory());
    const updateRatio = split(this.handle.updateRatioHistory());
    return { steps, deltaNorm, gradientNorm, updateRatio };
  }
  /**
   * The last recorded step's per-layer values.
   * @returns {{ deltaNorm: number[], gradientNorm: number[], updateRatio: number[] }} copies
   */
  layerStats() {
    return {
      deltaNorm: Array.from(this.handle.deltaNorms()),
      gradientNorm: Array.from(this.handle.weightGradientNorms()),
      updateRatio: Array.from(this.handle.updateRatios()),
    };
  }

  // ---- data (views) ----
  /** @returns {{ inputs: Float64Array, targets: Float64Array }} views: n×2, n×outputs, row-major */
  trainDataView() {
    const inputs = this.handle.trainInputs();
    const targets = this.handle.trainTargets();
    return { inputs, targets };
  }
  /** @returns {{ inputs: Float64Array, targets: Float64Array }} views */
  testDataView() {
    const inputs = this.handle.testInputs();
    const targets = this.handle.testTargets();
    return { inputs, targets };
  }

  // ---- grid ----
  /**
   * Every neuron's activation over an n×n grid: neuron m (numbered as neuronOffset) at
   * [(m·n + row)·n + col], x1 = xMin + (xMax − xMin)·col/(n − 1), row 0 at yMin. The output
   * neuron(s) are the last. View, valid until the next call into the module.
   * @param {number} n @param {Box} box @returns {Float32Array}
   */
  gridView(n, box) {
    return this.checked(this.handle.grid(n, box.xMin, box.xMax, box.yMin, box.yMax));
  }

  // ---- probe ----
  /**
   * Traces one sample through the network (copy): z, a, delta per neuron (numbered as in
   * gridView; layer 0: the feature value, δ^0 = ∂C_x/∂a^0), the per-sample gradient ∂C_x/∂θ,
   * the point, its target and its cost C_x (no penalty).
   * @returns {{ cost: number, input: number[], target: number[], z: number[], a: number[],
   *   delta: number[], gradient: number[] }} copies
   */
  probe(index, test = false) {
    const cost = this.checked(this.handle.probe(index, test));
    return {
      cost,
      input: Array.from(this.handle.probeInput()),
      target: Array.from(this.handle.probeTarget()),
      z: Array.from(this.handle.probeZ()),
      a: Array.from(this.handle.probeA()),
      delta: Array.from(this.handle.probeDelta()),
      gradient: Array.from(this.handle.probeGradient()),
    };
  }

  // ---- diagnostics ----
  /**
   * Analytic vs finite-difference gradient at the current θ on all training points (copy), with
   * the core's verdict per parameter (right, suspicious, wrong, or kink: a kink inside the step)
   * and the number of cost evaluations made.
   * With `indices`, only those parameters are checked, in that order (the arrays then hold one
   * entry per index), so a caller can spread a big network's check over several frames.
   * Indices must be whole numbers in [0, parameterCount()); unknown keys are refused.
   * @param {{ step?: number, fivePoint?: boolean, indices?: ArrayLike<number> }} [options]
   * @returns {{ analytic: Float64Array, numeric: Float64Array, relativeError: Float64Array,
   *   resolution: Float64Array, verdict: string[], evaluations: number,
   *   maxRelativeError: number, maxAbsoluteError: number, worstIndex: number }} copies
   */
  gradientCheck(options = {}) {
    // The binding reads a plain array of indices: a typed array is copied into one here.
    const indices = options?.indices;
    const plain = ArrayBuffer.isView(indices)
      ? { ...options, indices: Array.from(indices) }
      : options;
    return this.checked(this.handle.gradientCheck(plain));
  }
  /** Starts a loss-landscape slice around the current θ (filter-normalised directions). */
  landscapeBegin(resolution, radius, seed) {
    this.checked(this.handle.landscapeBegin(resolution, radius, seed));
  }
  /** Computes the next `count` rows; @returns {number} rows done (== resolution when complete) */
  landscapeRows(count) {
    return this.checked(this.handle.landscapeRows(count));
  }
  landscapeResolution() {
    return this.handle.landscapeResolution();
  }
  landscapeRadius() {
    return this.handle.landscapeRadius();
  }
  /** @returns {Float64Array} view: N² costs, row-major (row ↔ β, col ↔ α), NaN until computed */
  landscapeValuesView() {
    return this.checked(this.handle.landscapeValues());
  }
  /** @returns {number[]} copy: [α0, β0, α1, β1, ...] of the recorded training path */
  landscapePath() {
    return Array.from(this.checked(this.handle.landscapePath()));
  }
  /**
   * Where the current θ lies on the slice (copy): it follows training although the slice's
   * costs stay those of the θ it was computed around.
   * @returns {[number, number]} [α, β]
   */
  landscapeProject() {
    const point = this.checked(this.handle.landscapeProject());
    return [point[0], point[1]];
  }

  dispose() {
    this.handle?.delete();
    this.handle = null;
  }
}
