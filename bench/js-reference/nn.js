// A straightforward JavaScript multilayer perceptron written the classic way, as TensorFlow
// Playground's nn.ts does it: one object per neuron and per link, forward and backward passes
// by walking those objects, plain doubles. It is the yardstick the benchmark compares the wasm
// core against (bench/README.md); it is deliberately not optimised beyond what such code
// usually is, but it is correct (tests/js/js-reference.test.js checks its gradient against
// finite differences and that it learns the spiral).
//
// Conventions match the C++ core (docs/architecture.md): per-sample cost C_x = ½(a − y)², the
// batch cost is the mean, and one SGD step moves every weight by −η · (mean gradient over the
// batch).

/** @typedef {{ output(x: number): number, der(x: number, output: number): number }} ActivationFn */

/** @type {Record<string, ActivationFn>} */
export const ACTIVATIONS = {
  tanh: { output: (x) => Math.tanh(x), der: (_x, out) => 1 - out * out },
  sigmoid: {
    output: (x) => 1 / (1 + Math.exp(-x)),
    der: (_x, out) => out * (1 - out),
  },
  relu: { output: (x) => Math.max(0, x), der: (x) => (x <= 0 ? 0 : 1) },
  linear: { output: (x) => x, der: () => 1 },
};

/** Seeded uniform [0, 1) generator (mulberry32), so runs are reproducible. */
export function makeRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One neuron: its incoming links, bias, and the values of the last forward/backward pass. */
export class Neuron {
  /** @param {string} id @param {ActivationFn} activation */
  constructor(id, activation) {
    this.id = id;
    this.activation = activation;
    /** @type {Link[]} */
    this.inputLinks = [];
    /** @type {Link[]} */
    this.outputs = [];
    this.bias = 0;
    this.totalInput = 0;
    this.output = 0;
    /** ∂C_x/∂a of this neuron for the current sample. */
    this.outputDer = 0;
    /** ∂C_x/∂z (δ) for the current sample. */
    this.inputDer = 0;
    /** Σ over the batch of δ, i.e. of ∂C_x/∂b. */
    this.accInputDer = 0;
    this.numAccumulatedDers = 0;
  }

  /** z = b + Σ w·a, a = σ(z). */
  updateOutput() {
    let total = this.bias;
    for (let i = 0; i < this.inputLinks.length; i++) {
      const link = this.inputLinks[i];
      total += link.weight * link.source.output;
    }
    this.totalInput = total;
    this.output = this.activation.output(total);
    return this.output;
  }
}

/** One weighted connection from a neuron of layer l − 1 to one of layer l. */
export class Link {
  /** @param {Neuron} source @param {Neuron} dest @param {number} weight */
  constructor(source, dest, weight) {
    this.id = `${source.id}-${dest.id}`;
    this.source = source;
    this.dest = dest;
    this.weight = weight;
    this.errorDer = 0;
    this.accErrorDer = 0;
    this.numAccumulatedDers = 0;
  }
}

/**
 * Builds a fully connected network. shape = [inputs, hidden..., outputs]. Weights are Xavier
 * uniform U(±√(6/(n_in + n_out))) from `random`, biases start at 0 (as the C++ default).
 * @param {number[]} shape
 * @param {{ activation?: string, outputActivation?: string, random?: () => number }} [options]
 * @returns {Neuron[][]}
 */
export function buildNetwork(shape, options = {}) {
  const hidden = ACTIVATIONS[options.activation ?? 'tanh'];
  const outputActivation = ACTIVATIONS[options.outputActivation ?? 'tanh'];
  const random = options.random ?? makeRandom(1);
  /** @type {Neuron[][]} */
  const network = [];
  let id = 1;
  for (let l = 0; l < shape.length; l++) {
    const isOutput = l === shape.length - 1;
    /** @type {Neuron[]} */
    const layer = [];
    for (let j = 0; j < shape[l]; j++) {
      const neuron = new Neuron(String(id++), isOutput ? outputActivation : hidden);
      if (l > 0) {
        const limit = Math.sqrt(6 / (shape[l - 1] + shape[l]));
        for (const source of network[l - 1]) {
          const link = new Link(source, neuron, (2 * random() - 1) * limit);
          source.outputs.push(link);
          neuron.inputLinks.push(link);
        }
      }
      layer.push(neuron);
    }
    network.push(layer);
  }
  return network;
}

/** Forward pass for one sample; returns the first output's activation. */
export function forwardProp(network, inputs) {
  const inputLayer = network[0];
  for (let i = 0; i < inputLayer.length; i++) inputLayer[i].output = inputs[i];
  for (let l = 1; l < network.length; l++) {
    const layer = network[l];
    for (let j = 0; j < layer.length; j++) layer[j].updateOutput();
  }
  return network[network.length - 1][0].output;
}

/** Half squared error ½(a − y)² and its derivative a − y. */
export const SQUARE_ERROR = {
  error: (output, target) => 0.5 * (output - target) * (output - target),
  der: (output, target) => output - target,
};

/**
 * Backward pass for one sample after forwardProp, accumulating ∂C_x/∂w and ∂C_x/∂b into the
 * links and neurons (BP1–BP4 walked neuron by neuron).
 */
export function backProp(network, target, errorFunc = SQUARE_ERROR) {
  const outputLayer = network[network.length - 1];
  // The single-output case of TF Playground generalised: target may be a number or an array.
  for (let j = 0; j < outputLayer.length; j++) {
    const t = typeof target === 'number' ? target : target[j];
    outputLayer[j].outputDer = errorFunc.der(outputLayer[j].output, t);
  }
  for (let l = network.length - 1; l >= 1; l--) {
    const layer = network[l];
    for (let j = 0; j < layer.length; j++) {
      const neuron = layer[j];
      neuron.inputDer = neuron.outputDer * neuron.activation.der(neuron.totalInput, neuron.output);
      neuron.accInputDer += neuron.inputDer;
      neuron.numAccumulatedDers++;
    }
    for (let j = 0; j < layer.length; j++) {
      const neuron = layer[j];
      for (let k = 0; k < neuron.inputLinks.length; k++) {
        const link = neuron.inputLinks[k];
        link.errorDer = neuron.inputDer * link.source.output;
        link.accErrorDer += link.errorDer;
        link.numAccumulatedDers++;
      }
    }
    if (l === 1) continue;
    const previous = network[l - 1];
    for (let k = 0; k < previous.length; k++) {
      const neuron = previous[k];
      let der = 0;
      for (let m = 0; m < neuron.outputs.length; m++) {
        const link = neuron.outputs[m];
        der += link.weight * link.dest.inputDer;
      }
      neuron.outputDer = der;
    }
  }
}

/** One SGD update with the mean of the accumulated derivatives; clears the accumulators. */
export function updateWeights(network, learningRate) {
  for (let l = 1; l < network.length; l++) {
    const layer = network[l];
    for (let j = 0; j < layer.length; j++) {
      const neuron = layer[j];
      if (neuron.numAccumulatedDers > 0) {
        neuron.bias -= (learningRate * neuron.accInputDer) / neuron.numAccumulatedDers;
        neuron.accInputDer = 0;
        neuron.numAccumulatedDers = 0;
      }
      for (let k = 0; k < neuron.inputLinks.length; k++) {
        const link = neuron.inputLinks[k];
        if (link.numAccumulatedDers > 0) {
          link.weight -= (learningRate * link.accErrorDer) / link.numAccumulatedDers;
          link.accErrorDer = 0;
          link.numAccumulatedDers = 0;
        }
      }
    }
  }
}

/** Mean cost ½(a − y)² over points {x, y, label}. */
export function meanCost(network, points) {
  let sum = 0;
  const input = [0, 0];
  for (const p of points) {
    input[0] = p.x;
    input[1] = p.y;
    sum += SQUARE_ERROR.error(forwardProp(network, input), p.label);
  }
  return sum / points.length;
}

/**
 * Every parameter as {get, set} and the accumulated mean gradient, in a fixed order (per
 * layer: each neuron's incoming weights, then its bias). For gradient checks.
 */
export function parameterHandles(network) {
  const handles = [];
  for (let l = 1; l < network.length; l++) {
    for (const neuron of network[l]) {
      for (const link of neuron.inputLinks) {
        handles.push({
          get: () => link.weight,
          set: (v) => (link.weight = v),
          gradient: () => link.accErrorDer / link.numAccumulatedDers,
        });
      }
      handles.push({
        get: () => neuron.bias,
        set: (v) => (neuron.bias = v),
        gradient: () => neuron.accInputDer / neuron.numAccumulatedDers,
      });
    }
  }
  return handles;
}

/**
 * A mini-batch SGD trainer over points {x, y, label}: batches drawn without replacement,
 * reshuffled every epoch (like the core's Sampler).
 */
export class Trainer {
  constructor(network, points, { learningRate = 0.03, batchSize = 10, seed = 3 } = {}) {
    this.network = network;
    this.points = points;
    this.learningRate = learningRate;
    this.batchSize = batchSize;
    this.random = makeRandom(seed);
    this.order = points.map((_p, i) => i);
    this.cursor = points.length;
    this.input = [0, 0];
    this.steps = 0;
  }

  /** Runs n steps of batchSize samples (the last batch of an epoch may be short). */
  step(n) {
    const { network, points, order, input } = this;
    for (let s = 0; s < n; s++) {
      if (this.cursor >= order.length) {
        for (let i = order.length - 1; i > 0; i--) {
          const j = Math.floor(this.random() * (i + 1));
          const t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
        this.cursor = 0;
      }
      const end = Math.min(this.cursor + this.batchSize, order.length);
      for (; this.cursor < end; this.cursor++) {
        const p = points[order[this.cursor]];
        input[0] = p.x;
        input[1] = p.y;
        forwardProp(network, input);
        backProp(network, p.label);
      }
      updateWeights(network, this.learningRate);
      this.steps++;
    }
  }
}

/**
 * The decision heat map and every neuron's thumbnail, TF Playground style: each grid point is
 * forwarded through the network and every neuron's output copied into its own Float32Array.
 * Returns a Map from neuron id to N² values (row-major, row 0 at yMin).
 */
export class NetworkGrid {
  constructor(network, resolution) {
    this.network = network;
    this.resolution = resolution;
    /** @type {Map<string, Float32Array>} */
    this.images = new Map();
    for (const layer of network) {
      for (const neuron of layer)
        this.images.set(neuron.id, new Float32Array(resolution * resolution));
    }
  }

  evaluate(xMin, xMax, yMin, yMax) {
    const n = this.resolution;
    const input = [0, 0];
    const neurons = this.network.flat();
    const images = neurons.map((neuron) => this.images.get(neuron.id));
    for (let row = 0; row < n; row++) {
      input[1] = yMin + ((yMax - yMin) * row) / (n - 1);
      for (let col = 0; col < n; col++) {
        input[0] = xMin + ((xMax - xMin) * col) / (n - 1);
        forwardProp(this.network, input);
        const cell = row * n + col;
        for (let i = 0; i < neurons.length; i++) images[i][cell] = neurons[i].output;
      }
    }
  }
}

/**
 * TF Playground's two-spiral data set (classifySpiralData), labels ±1, points in about
 * [−5, 5]²; `noise` shifts each coordinate by a uniform offset in [−noise, noise].
 */
export function spiralData(count, noise = 0, random = makeRandom(7)) {
  const points = [];
  const n = count / 2;
  const gen = (deltaT, label) => {
    for (let i = 0; i < n; i++) {
      const r = (i / n) * 5;
      const t = ((1.75 * i) / n) * 2 * Math.PI + deltaT;
      const x = r * Math.sin(t) + (random() * 2 - 1) * noise;
      const y = r * Math.cos(t) + (random() * 2 - 1) * noise;
      points.push({ x, y, label });
    }
  };
  gen(0, 1);
  gen(Math.PI, -1);
  return points;
}
