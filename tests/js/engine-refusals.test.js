// Refusals cost nothing: every entry point that can refuse returns its refusal as a value
// (cpp/bindings/refusal.h), so calling it with bad arguments over and over leaves the wasm
// stack pointer, the heap and the live-handle count where they were. (An Error thrown through
// Embind leaked 80–1,008 bytes of stack per call, and after ~5,200 refusals every call trapped.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import { EngineError } from '../../web/src/engine/refusal.js';

// Every entry point that can refuse runs 100,000 times, as many as broke the old module 20 times
// over (it trapped after ~5,200 refusals); all of them take about 15 s. The footprint must match
// exactly, so one leaked byte of stack or one leaked handle fails; a leaked converted argument
// would grow the heap well past its initial 16 MB long before the last call.
const CALLS = 100_000;
const SEPARABLE = { inputs: [0, 0, 1, 1, 3, 3, 4, 4], inputDim: 2, targets: [-1, -1, 1, 1] };
const DATA = { dataset: 'circle', count: 60, seed: 2 };

let engine;
let core;
/** Objects made once, whose methods are then called with bad arguments. */
let made;
beforeAll(async () => {
  engine = await loadEngine();
  core = engine.core;
  const surface = engine.createSurface('rosenbrock');
  const regression = engine.createRegression(engine.commuteData());
  made = {
    surface,
    probe: engine.createSurfaceProbe(surface),
    trainer: surface.createTrainer({}, { x: 0, y: 0 }),
    network: engine.createNetwork({ hiddenSizes: [3] }, DATA, { batchSize: 5 }),
    regression,
    polynomial: engine.createPolynomial([0, 0.5, 1], [1, 0, 1]),
    classifier: engine.createClassifier(SEPARABLE),
    perceptron: engine.createPerceptron(SEPARABLE),
  };
});
afterAll(() => {
  for (const object of Object.values(made ?? {})) object.dispose();
});

/** Stack pointer, heap size and live Embind handles: what a leaking refusal would move. */
function footprint() {
  return {
    stack: core.stackSave(),
    heap: core.HEAP8.buffer.byteLength,
    handles: core.count_emval_handles(),
  };
}

/**
 * Each refusing entry point, called on the raw module (the wrapper only adds a JS throw): the
 * call returns a neutral value and leaves a refusal matching `message`.
 * @type {[string, RegExp, () => unknown, number?][]}
 */
const REFUSALS = [
  [
    'createNetwork, softmax with one output',
    /softmax/,
    () => core.createNetwork({ outputActivation: 'softmax', outputs: 1 }, {}, {}),
    CALLS,
  ],
  [
    'createNetwork, bad trainer option',
    /Unknown optimizer/,
    () => core.createNetwork({}, DATA, { optimizer: 'lbfgs' }),
  ],
  ['createSurface, unknown name', /Unknown surface/, () => core.createSurface('volcano', {})],
  [
    'Surface.makeTrainer, bad options',
    /learningRate/,
    () => made.surface.handle.makeTrainer({ learningRate: 'fast' }, 0, 0),
  ],
  ['Surface.grid, bad size', /grid size/, () => made.surface.handle.grid(1, 0, 1, 0, 1)],
  ['Trainer.step, negative', /steps per call/, () => made.trainer.handle.step(-1)],
  [
    'Trainer.resetTo, wrong length',
    /must have 2 numbers/,
    () => made.trainer.handle.resetTo([1, 2, 3]),
  ],
  ['SurfaceProbe.slice, bad radius', /radius/, () => made.probe.handle.slice(0, 0, 0, -1, 10)],
  ['NetworkModel.step, negative', /steps per call/, () => made.network.handle.step(-5)],
  [
    'NetworkModel.setData, unknown set',
    /Unknown data set/,
    () => made.network.handle.setData({ dataset: 'moons' }),
  ],
  [
    'NetworkModel.gradientCheck, unknown key',
    /Unknown gradient check option/,
    () => made.network.handle.gradientCheck({ stpe: 1 }),
  ],
  ['NetworkModel.setWeight, bad layer', /layer/, () => made.network.handle.setWeight(9, 0, 0, 1)],
  [
    'createRegression, ragged inputs',
    /inputs must have/,
    () => core.createRegression([1, 2, 3], 2, [1, 2], {}),
  ],
  [
    'Regression.costGrid, bad box',
    /iMin/,
    () => made.regression.handle.costGrid(0, 1, [0, 0, 0], { iMin: 'a' }, 8),
  ],
  ['Polynomial.fit, degree 13', /degree/, () => made.polynomial.handle.fit(13, 0, true)],
  [
    'createClassifier, unknown loss',
    /Unknown loss/,
    () => core.createClassifier(SEPARABLE.inputs, 2, SEPARABLE.targets, { loss: 'square' }),
  ],
  [
    'Classifier.margin, wrong length',
    /weights must have 3/,
    () => made.classifier.handle.margin([1]),
  ],
  [
    'createPerceptron, bad rate',
    /learning rate|η/i,
    () =>
      core.createPerceptron(SEPARABLE.inputs, 2, SEPARABLE.targets, { learningRate: 0 }, [0, 0, 0]),
  ],
  ['Perceptron.step, negative', /visits per call/, () => made.perceptron.handle.step(-1)],
  ['parseCsv, bad option', /header/, () => core.parseCsv('x,y\n1,2\n', { header: 'maybe' })],
  ['sineData, bad count', /training points/, () => core.sineData({ trainCount: 0 })],
  ['generatePoints, bad noise', /noise/, () => core.generatePoints({ noise: 9 })],
  ['regressionGraph, NaN', /w must be a finite number/, () => core.regressionGraph(NaN, 1, 1, 1)],
];

describe('refusals as values', () => {
  for (const [name, message, call, calls = CALLS] of REFUSALS) {
    it(`${name}: ${calls} refusals leave stack, heap and handles unchanged`, () => {
      const first = call();
      expect(first === null || first === undefined || first === 0).toBe(true);
      expect(core.takeRefusal()).toMatch(message);
      const before = footprint();
      for (let i = 0; i < calls; i++) {
        call();
        core.takeRefusal();
      }
      expect(footprint()).toEqual(before);
      expect(core.takeRefusal()).toBeUndefined();
    });
  }

  it('parseCsv of a 1.2 MB text with a bad option frees the converted text every time', () => {
    const text = 'distance,minutes\n'.concat('12.5,31\n'.repeat(150_000));
    expect(text.length).toBeGreaterThan(1_200_000);
    core.parseCsv(text, { header: 'maybe' });
    expect(core.takeRefusal()).toMatch(/Unknown header 'maybe'/);
    const before = footprint();
    // A leaked copy would take 60 MB over 50 calls: the heap would have to grow.
    for (let i = 0; i < 50; i++) {
      core.parseCsv(text, { header: 'maybe' });
      core.takeRefusal();
    }
    expect(footprint()).toEqual(before);
  });

  it('the engine turns a refusal into a thrown EngineError and keeps working', () => {
    const before = footprint();
    for (let i = 0; i < 1000; i++) {
      expect(() => engine.createNetwork({ outputActivation: 'softmax', outputs: 1 })).toThrow(
        EngineError,
      );
    }
    expect(footprint()).toEqual(before);
    const network = engine.createNetwork({}, DATA, {});
    try {
      expect(network.step(3)).toBe(3);
    } finally {
      network.dispose();
    }
  });

  it('a refusal never outlives the call that made it', () => {
    expect(() => made.trainer.step(-1)).toThrow(/steps per call/);
    expect(made.trainer.step(2)).toBe(2);
    expect(core.takeRefusal()).toBeUndefined();
  });
});
