// The Network lab's model through the wasm module: training, errors, views and determinism.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

const BOX = { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };
const NETWORK = {
  hiddenSizes: [4, 2],
  hiddenActivation: 'tanh',
  outputActivation: 'tanh',
  seed: 3,
};
const DATA = { dataset: 'circle', count: 200, noise: 0, seed: 5, testFraction: 0.5 };
const TRAINER = { learningRate: 0.03, sampling: 'without-replacement', batchSize: 10, seed: 7 };

describe('NetworkModel training', () => {
  let model;
  beforeAll(() => {
    model = engine.createNetwork(NETWORK, DATA, TRAINER);
  });
  afterAll(() => model.dispose());

  it('has the requested shape and data split', () => {
    expect(model.layerSizes()).toEqual([2, 4, 2, 1]);
    expect(model.parameterCount()).toBe(4 * 2 + 4 + 2 * 4 + 2 + 2 + 1);
    expect(model.trainDataView().inputs.length).toBe(200);
    expect(model.testDataView().targets.length).toBe(100);
    expect(model.task()).toBe('binary');
  });

  it('trains the circle to a low test loss and full accuracy', () => {
    const before = model.testCost();
    model.stepEpochs(300);
    expect(model.epoch()).toBe(300);
    expect(model.stepCount()).toBe(3000);
    expect(model.testCost()).toBeLessThan(0.05);
    expect(model.testCost()).toBeLessThan(before / 10);
    expect(model.accuracy(true)).toBeGreaterThan(0.97);
    const confusion = model.confusion(true);
    expect(confusion.flat().reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('records one cost entry per epoch (epoch 0 included) and per-layer stats per epoch-end step', () => {
    const history = model.costHistory();
    expect(history.epochs[0]).toBe(0);
    expect(history.epochs.at(-1)).toBe(300);
    expect(history.train.at(-1)).toBeCloseTo(model.trainCost(), 12);
    const layers = model.layerHistory();
    expect(layers.deltaNorm.length).toBe(3);
    expect(layers.steps.at(-1)).toBeLessThanOrEqual(3000);
    for (const series of [layers.deltaNorm, layers.gradientNorm, layers.updateRatio]) {
      for (const row of series) {
        expect(row.length).toBe(layers.steps.length);
        expect(row.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
      }
    }
  });

  it('grid holds every neuron over n×n, the output last and inside (−1, 1) for tanh', () => {
    const n = 20;
    const grid = model.gridView(n, BOX);
    expect(grid).toBeInstanceOf(Float32Array);
    expect(grid.length).toBe(model.neuronCount() * n * n);
    // Layer 0 neuron 0 is x1: column c has x1 = xMin + 12·c/(n − 1).
    expect(grid[0 * n * n + 5 * n + 7]).toBeCloseTo(-6 + (12 * 7) / (n - 1), 5);
    // Neuron 1 is x2: row r has x2 = yMin + 12·r/(n − 1).
    expect(grid[1 * n * n + 5 * n + 7]).toBeCloseTo(-6 + (12 * 5) / (n - 1), 5);
    const output = grid.subarray(model.neuronOffset(3) * n * n);
    expect(output.every((v) => v > -1 && v < 1)).toBe(true);
    // The centre of the circle is class +1, the corners −1.
    const mid = Math.floor(n / 2);
    expect(output[mid * n + mid]).toBeGreaterThan(0);
    expect(output[0]).toBeLessThan(0);
  });

  it('probe: the mean of the per-sample costs is the training cost', () => {
    const count = model.trainDataView().inputs.length / 2;
    let sum = 0;
    for (let i = 0; i < count; i++) sum += model.probe(i).cost;
    expect(sum / count).toBeCloseTo(model.trainCost(), 12);
    const trace = model.probe(3);
    const data = model.trainDataView();
    expect(trace.input).toEqual([data.inputs[6], data.inputs[7]]);
    // Output a and the half-squared cost agree: C_x = ½ (a − y)².
    const out = trace.a.at(-1);
    expect(trace.cost).toBeCloseTo(0.5 * (out - trace.target[0]) ** 2, 12);
    expect(trace.z.length).toBe(model.neuronCount());
    expect(trace.gradient.length).toBe(model.parameterCount());
  });

  it('gradient check agrees with finite differences', () => {
    const report = model.gradientCheck({ fivePoint: true, step: 1e-3 });
    expect(report.analytic.length).toBe(model.parameterCount());
    expect(report.maxRelativeError).toBeLessThan(1e-6);
  });

  it('set/get weight and bias; a bad index throws and changes nothing', () => {
    const old = model.getWeight(2, 1, 3);
    model.setWeight(2, 1, 3, 0.25);
    expect(model.getWeight(2, 1, 3)).toBe(0.25);
    // θ layout: W^1 (4×2), b^1 (4), W^2 (2×4): w^2_13 at 12 + 1·4 + 3.
    expect(model.paramsView()[12 + 4 + 3]).toBe(0.25);
    model.setWeight(2, 1, 3, old);
    model.setBias(1, 2, -0.5);
    expect(model.getBias(1, 2)).toBe(-0.5);
    const before = model.params();
    expect(() => model.setWeight(2, 2, 0, 1)).toThrow(/neuron index j/);
    expect(() => model.setWeight(4, 0, 0, 1)).toThrow(/layer/);
    expect(() => model.setWeight(1, 0, 0, NaN)).toThrow(/weight/);
    expect(model.params()).toEqual(before);
  });

  it('landscape computed row by row, complete after N rows, path projected', () => {
    model.landscapeBegin(11, 0.5, 2);
    expect(Number.isNaN(model.landscapeValuesView()[0])).toBe(true);
    let rows = 0;
    let calls = 0;
    while (rows < 11) {
      rows = model.landscapeRows(4);
      calls++;
    }
    expect(calls).toBe(3);
    const values = model.landscapeValuesView();
    expect(values.length).toBe(121);
    expect(Array.from(values).every(Number.isFinite)).toBe(true);
    // The centre (α = β = 0) is the current θ.
    expect(values[5 * 11 + 5]).toBeCloseTo(model.trainCost(), 10);
    const path = model.landscapePath();
    expect(path.length % 2).toBe(0);
    expect(path.length).toBeGreaterThan(2);
  });

  it('reset returns to the same initial weights; reinitialize draws new ones', () => {
    const initial = model.initialParams();
    model.reset();
    expect(model.params()).toEqual(initial);
    expect(model.epoch()).toBe(0);
    expect(model.costHistory().epochs).toEqual([0]);
    model.reinitialize(99);
    expect(model.params()).not.toEqual(initial);
  });

  it('adds a user point to the training data', () => {
    const n = model.trainDataView().inputs.length / 2;
    model.addPoint(1, 1, 1);
    const data = model.trainDataView();
    expect(data.inputs.length / 2).toBe(n + 1);
    expect([data.inputs[2 * n], data.inputs[2 * n + 1], data.targets[n]]).toEqual([1, 1, 1]);
    model.addPoint(5, 5, 0);
    expect(model.trainDataView().targets[n + 1]).toBe(-1); // tanh output: ±1 labels
    expect(() => model.addPoint(0, 0, 2)).toThrow(/0 or 1/);
  });
});

describe('NetworkModel errors', () => {
  it('bad options throw readable Errors listing the choices', () => {
    expect(() => engine.createNetwork({ hiddenActivation: 'swish' })).toThrow(
      /Choose one of: sigmoid, tanh/,
    );
    expect(() => engine.createNetwork({ features: ['x3'] })).toThrow(/Unknown feature 'x3'/);
    expect(() => engine.createNetwork({ hiddenSizes: [2, 0] })).toThrow(/layer 2/);
    expect(() => engine.createNetwork({ hiddenSizes: new Array(9).fill(2) })).toThrow(/at most 8/);
    expect(() => engine.createNetwork({ regularization: 'l3' })).toThrow(/none, l1, l2/);
    expect(() => engine.createNetwork({}, { dataset: 'moons' })).toThrow(/Unknown data set/);
    expect(() => engine.createNetwork({}, { testFraction: 1 })).toThrow(/testFraction/);
    expect(() => engine.createNetwork({}, {}, { optimizer: 'lbfgs' })).toThrow(/Unknown optimizer/);
    expect(() => engine.createNetwork({ outputs: 3 }, { dataset: 'circle' })).toThrow(/output/);
    expect(() =>
      engine.createNetwork({ outputActivation: 'softmax' }, { dataset: 'circle' }),
    ).toThrow(/softmax/);
  });

  it('leaves a model usable after a bad call', () => {
    const model = engine.createNetwork(NETWORK, DATA, TRAINER);
    expect(() => model.step(-1)).toThrow(/steps/);
    expect(() => model.setData({ dataset: 'three-class' })).toThrow(/target/);
    expect(() => model.gridView(1, BOX)).toThrow();
    expect(() => model.probe(1000)).toThrow(/sample index/);
    expect(() => model.landscapeRows(1)).toThrow(/landscapeBegin/);
    expect(model.step(5)).toBe(5);
    expect(Number.isFinite(model.trainCost())).toBe(true);
    model.dispose();
  });

  it('softmax on three classes and a regression set', () => {
    const softmax = engine.createNetwork(
      { outputActivation: 'softmax', cost: 'categorical-cross-entropy', hiddenSizes: [6] },
      { dataset: 'three-class', seed: 2 },
      { optimizer: 'adam', learningRate: 0.03, sampling: 'without-replacement', batchSize: 10 },
    );
    expect(softmax.layerSizes()).toEqual([2, 6, 3]);
    expect(softmax.classCount()).toBe(3);
    softmax.stepEpochs(50);
    expect(softmax.accuracy(true)).toBeGreaterThan(0.9);
    softmax.dispose();
    const regression = engine.createNetwork(
      { outputActivation: 'linear' },
      { dataset: 'plane' },
      {},
    );
    expect(regression.task()).toBe('regression');
    regression.dispose();
  });
});

describe('NetworkModel determinism', () => {
  it('the same seeds twice give bit-identical runs', () => {
    const run = () => {
      const model = engine.createNetwork(
        { ...NETWORK, hiddenSizes: [6, 6, 6], hiddenActivation: 'relu' },
        { ...DATA, dataset: 'spiral', noise: 0.1 },
        { ...TRAINER, optimizer: 'adam' },
      );
      model.step(500);
      const out = { params: model.params(), cost: model.testCost(), history: model.costHistory() };
      model.dispose();
      return out;
    };
    const a = run();
    const b = run();
    expect(a.params).toEqual(b.params);
    expect(Object.is(a.cost, b.cost)).toBe(true);
    expect(a.history).toEqual(b.history);
  });
});
