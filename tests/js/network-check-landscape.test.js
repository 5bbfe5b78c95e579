// NetworkModel.gradientCheck({ indices }) and landscapeProject() on the real core, and the
// panels' use of them: a big network's check in frame-sized chunks, the current point on a
// slice that training has moved away from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import { createLabPanelSource } from '../../web/src/labs/network/panels/lab-panel-source.js';
import { createChunkSizer, runSliced } from '../../web/src/labs/network/panels/frame-scheduler.js';
import { FIRST_CHUNK } from '../../web/src/labs/network/panels/gradient-check-panel.js';

const STATE = { hiddenActivation: 'tanh', outputActivation: 'tanh', cost: 'half-squared' };
const DATA = { dataset: 'spiral', count: 200, noise: 0.1, seed: 5, testFraction: 0.5 };
const TRAINER = { learningRate: 0.03, batchSize: 10, seed: 7 };

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

/** A lab-like host for the panel adapter (see labs/network/README.md). */
function hostFor(model) {
  return {
    model,
    state: STATE,
    onFrame: () => () => {},
    onModel: () => () => {},
    pause() {},
    isRunning: () => false,
  };
}

describe('gradientCheck indices', () => {
  let model;
  beforeAll(() => {
    model = engine.createNetwork({ hiddenSizes: [3, 2], ...STATE, seed: 3 }, DATA, TRAINER);
    model.step(20);
  });
  afterAll(() => model.dispose());

  it('checks only the listed parameters, in order, with the values of the full check', () => {
    const all = model.gradientCheck({ fivePoint: true, step: 1e-3 });
    expect(all.analytic.length).toBe(model.parameterCount());
    const indices = [7, 0, model.parameterCount() - 1, 3];
    const part = model.gradientCheck({ fivePoint: true, step: 1e-3, indices });
    expect(part.analytic.length).toBe(4);
    indices.forEach((index, i) => {
      expect(part.analytic[i]).toBe(all.analytic[index]);
      expect(part.numeric[i]).toBe(all.numeric[index]);
      expect(part.relativeError[i]).toBeLessThan(1e-6);
    });
    // worstIndex names a parameter, not a position in the list.
    expect(indices).toContain(part.worstIndex);
    // A typed array is accepted too.
    expect(model.gradientCheck({ indices: Int32Array.of(2, 5) }).analytic.length).toBe(2);
  });

  it('rejects bad indices and unknown keys with readable Errors, the model unchanged', () => {
    const before = model.params();
    const n = model.parameterCount();
    expect(() => model.gradientCheck({ indices: [0, n] })).toThrow(
      new RegExp(`indices\\[1\\].*0 to ${n - 1}.*${n}`),
    );
    expect(() => model.gradientCheck({ indices: [-1] })).toThrow(/indices\[0\]/);
    expect(() => model.gradientCheck({ indices: [1.5] })).toThrow(/whole number/);
    expect(() => model.gradientCheck({ indices: ['2'] })).toThrow(/whole number/);
    expect(() => model.gradientCheck({ indices: 3 })).toThrow(/array/);
    expect(() => model.gradientCheck({ indices: [] })).toThrow(/at least one/);
    expect(() => model.gradientCheck({ fivepoint: true })).toThrow(
      /Unknown gradient check option 'fivepoint'/,
    );
    expect(() => model.gradientCheck(7)).toThrow(/object/);
    // The binding checks on its own (the wrapper adds nothing) and refuses with a value: it
    // never throws across the wasm boundary; the refusal waits in takeRefusal().
    const refusal = (options) => {
      expect(model.handle.gradientCheck(options)).toBeUndefined();
      return engine.core.takeRefusal();
    };
    expect(refusal({ indices: [0, n] })).toMatch(/indices\[1\]/);
    expect(refusal({ indices: [0.5] })).toMatch(/whole number/);
    expect(refusal({ indices: 'abc' })).toMatch(/array/);
    expect(refusal({ stpe: 1e-4 })).toMatch(/Unknown gradient check option 'stpe'/);
    expect(engine.core.takeRefusal()).toBeUndefined();
    expect(model.params()).toEqual(before);
    expect(model.gradientCheck({ indices: [1] }).analytic.length).toBe(1);
  });
});

describe('gradient check panel on an 8×16 network', () => {
  // Wall-clock limits on a machine shared with other jobs: a retry tells a scheduling hiccup
  // from chunks that are really too big (those fail every time).
  const title = 'checks in chunks, none longer than 50 ms, covering every parameter once';
  it(title, { retry: 2 }, async () => {
    const network = { hiddenSizes: Array(8).fill(16), ...STATE, seed: 3 };
    const model = engine.createNetwork(network, DATA, TRAINER);
    const source = createLabPanelSource(hostFor(model));
    try {
      const count = source.parameterCount();
      expect(count).toBeGreaterThan(1500);
      // The panel's loop (gradient-check-panel.js): FIRST_CHUNK parameters, then sized to the
      // budget.
      const seen = new Int32Array(count);
      const chunkMs = [];
      let done = 0;
      const sizer = createChunkSizer(FIRST_CHUNK);
      const options = { fivePoint: false, step: 1e-5 };
      const job = runSliced(
        (budgetMs) => {
          const size = sizer.next(budgetMs, count - done);
          const indices = Array.from({ length: size }, (_, i) => done + i);
          const started = performance.now();
          const result = source.gradientCheck(indices, options);
          const elapsed = performance.now() - started;
          chunkMs.push(elapsed);
          sizer.record(result.indices.length, elapsed);
          for (const index of result.indices) seen[index]++;
          for (const verdict of result.verdict) expect(verdict).not.toBe('wrong');
          done += result.indices.length;
          return { done, total: count };
        },
        { requestFrame: (callback) => setTimeout(callback, 0) },
      );
      expect(await job.done).toBe(true);
      expect(Array.from(seen).every((times) => times === 1)).toBe(true);
      expect(chunkMs.length).toBeGreaterThan(5);
      // The median chunk keeps to the panel's 12 ms budget; the longest stays under 50 ms.
      const sorted = [...chunkMs].sort((a, b) => a - b);
      expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(25);
      expect(sorted.at(-1)).toBeLessThan(50);
    } finally {
      source.dispose();
      model.dispose();
    }
  });
});

describe('landscapeProject', () => {
  it('is (0, 0) at the slice centre and the last path point after training', () => {
    const model = engine.createNetwork({ hiddenSizes: [4, 3], ...STATE, seed: 3 }, DATA, TRAINER);
    try {
      expect(() => model.landscapeProject()).toThrow(/landscapeBegin/);
      model.step(5);
      model.landscapeBegin(11, 0.5, 2);
      const [alpha0, beta0] = model.landscapeProject();
      expect(Math.abs(alpha0)).toBeLessThan(1e-12);
      expect(Math.abs(beta0)).toBeLessThan(1e-12);
      model.step(7);
      const point = model.landscapeProject();
      const path = model.landscapePath();
      expect(point[0]).toBeCloseTo(path.at(-2), 12);
      expect(point[1]).toBeCloseTo(path.at(-1), 12);
      expect(Math.hypot(point[0], point[1])).toBeGreaterThan(0);
      // The adapter hands the same point to the panel.
      const source = createLabPanelSource(hostFor(model));
      const slice = source.landscape({ resolution: 11, radius: 0.5 });
      model.step(3);
      const moved = slice.projectCurrent();
      expect(moved).toEqual(model.landscapeProject());
      expect(moved[0]).toBeCloseTo(slice.projectPath().at(-2), 12);
      source.dispose();
    } finally {
      model.dispose();
    }
  });
});
