// The wasm module in Node: the same artifact the browser loads, its views and its errors.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

describe('loading', () => {
  it('loads the artifact the browser uses', () => {
    // Vite bundles web/src/engine/generated/descent-core.wasm; load-node.js reads that same file.
    const bytes = readFileSync(
      new URL('../../web/src/engine/generated/descent-core.wasm', import.meta.url),
    );
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
    expect(engine.surfaceNames()).toContain('rosenbrock');
  });
});

describe('surface grid view', () => {
  let surface;
  beforeAll(() => {
    surface = engine.createSurface('himmelblau');
  });
  afterAll(() => surface.dispose());

  it('aliases the wasm heap with the documented n×n row-major shape', () => {
    const box = { xMin: -5, xMax: 5, yMin: -4, yMax: 6 };
    const n = 17;
    const grid = surface.grid(n, box);
    expect(grid).toBeInstanceOf(Float32Array);
    expect(grid.length).toBe(n * n);
    expect(grid.buffer).toBe(engine.core.HEAPF32.buffer);
    // Row 0 is yMin, columns run along x.
    const row = 3;
    const col = 11;
    const x = box.xMin + (col * (box.xMax - box.xMin)) / (n - 1);
    const y = box.yMin + (row * (box.yMax - box.yMin)) / (n - 1);
    expect(grid[row * n + col]).toBeCloseTo(surface.value(x, y), 3);
  });

  it('gives the analytic gradient and known minima', () => {
    for (const m of surface.minima()) {
      const [gx, gy] = surface.gradient(m.x, m.y);
      expect(Math.hypot(gx, gy)).toBeLessThan(1e-8);
    }
  });
});

describe('bad arguments throw readable Errors and leave objects usable', () => {
  it('rejects an unknown surface by name', () => {
    expect(() => engine.createSurface('volcano')).toThrow(/Unknown surface 'volcano'.*rosenbrock/);
  });

  it('rejects a NaN learning rate, then still trains', () => {
    const surface = engine.createSurface('bowl');
    try {
      expect(() => surface.createTrainer({ learningRate: NaN }, { x: 1, y: 1 })).toThrow(
        /learningRate/,
      );
      expect(() => surface.createTrainer({ optimizer: 'magic' }, { x: 1, y: 1 })).toThrow(
        /Unknown optimizer 'magic'/,
      );
      const trainer = surface.createTrainer({ learningRate: 0.1 }, { x: 1, y: 1 });
      expect(trainer.step(10)).toBe(10);
      trainer.dispose();
    } finally {
      surface.dispose();
    }
  });

  it('rejects a negative grid size, then still draws', () => {
    const surface = engine.createSurface('rosenbrock');
    try {
      const box = surface.viewBox();
      expect(() => surface.grid(-4, box)).toThrow(/grid size must be between 2 and/);
      expect(() => surface.grid(8, { ...box, xMax: box.xMin })).toThrow(/xMax > xMin/);
      expect(surface.grid(8, box).length).toBe(64);
    } finally {
      surface.dispose();
    }
  });

  it('rejects a non-finite start and bad step counts without changing the trainer', () => {
    const surface = engine.createSurface('bowl');
    const trainer = surface.createTrainer({ learningRate: 0.1 }, { x: 1, y: 2 });
    try {
      expect(() => surface.createTrainer({}, { x: Infinity, y: 0 })).toThrow(
        /start x must be a finite number/,
      );
      expect(() => trainer.step(-1)).toThrow(/steps per call/);
      expect(() => trainer.resetTo([1])).toThrow(/must have 2 numbers/);
      expect(Array.from(trainer.params())).toEqual([1, 2]);
      expect(trainer.step(5)).toBe(5);
    } finally {
      trainer.dispose();
      surface.dispose();
    }
  });
});

describe('gradient descent through the boundary', () => {
  it('converges on the bowl below 2/λmax and diverges above it', () => {
    const surface = engine.createSurface('bowl', { conditionNumber: 10, rotationDegrees: 30 });
    const limit = 2 / 10;
    const stable = surface.createTrainer({ learningRate: 0.95 * limit }, { x: 2, y: -1 });
    const unstable = surface.createTrainer({ learningRate: 1.05 * limit }, { x: 2, y: -1 });
    try {
      stable.step(2000);
      expect(surface.value(...stable.params())).toBeLessThan(1e-10);
      unstable.step(100000);
      expect(unstable.state()).toBe('diverged');
      expect(unstable.stopMessage()).toMatch(/learning rate/i);
      expect(Array.from(unstable.params()).every(Number.isFinite)).toBe(true);
    } finally {
      stable.dispose();
      unstable.dispose();
      surface.dispose();
    }
  });
});
