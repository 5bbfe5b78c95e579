// The Valley lab's engine pieces: directional derivative, slice and its tangent, Hessian eigen
// on the bowl, and the race of several trainers (determinism, independence of the racers).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import { normalizeValleyState, racerTrainerOptions } from '../../web/src/state/valley-state.js';

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

describe('directional derivative and slice', () => {
  const cases = [
    ['rosenbrock', -1.5, 2],
    ['himmelblau', 0.3, -1.1],
    ['beale', 1, 1.4],
    ['saddle', 0.7, -0.4],
    ['two-gaussians', 0.2, 0.5],
  ];
  for (const [name, x, y] of cases) {
    it(`${name}: ∂f/∂l = ∇f·l for every angle, largest along ∇f`, () => {
      const surface = engine.createSurface(name);
      const probe = engine.createSurfaceProbe(surface);
      try {
        const [gx, gy] = surface.gradient(x, y);
        const norm = Math.hypot(gx, gy);
        let best = -Infinity;
        for (let k = 0; k < 24; k++) {
          const a = -Math.PI + (2 * Math.PI * k) / 24;
          const d = probe.directionalDerivative(x, y, a);
          expect(d).toBeCloseTo(gx * Math.cos(a) + gy * Math.sin(a), 9);
          best = Math.max(best, d);
        }
        const steepest = probe.steepestAscentAngle(x, y);
        expect(steepest).toBeCloseTo(Math.atan2(gy, gx), 12);
        expect(probe.directionalDerivative(x, y, steepest)).toBeCloseTo(norm, 9);
        expect(best).toBeLessThanOrEqual(norm * (1 + 1e-12));
      } finally {
        probe.dispose();
        surface.dispose();
      }
    });
  }

  it('the slice passes through f(P) and its slope at ρ = 0 is ∂f/∂l (the tangent)', () => {
    const surface = engine.createSurface('himmelblau');
    const probe = engine.createSurfaceProbe(surface);
    try {
      const [x, y, a] = [0.3, -1.1, 0.8];
      const radius = 1e-3;
      const count = 201;
      const slice = Float32Array.from(probe.slice(x, y, a, radius, count));
      const mid = (count - 1) / 2;
      expect(slice[mid]).toBeCloseTo(surface.value(x, y), 3);
      // Ends at ρ = ±radius.
      expect(slice[0]).toBeCloseTo(
        surface.value(x - radius * Math.cos(a), y - radius * Math.sin(a)),
        3,
      );
      expect(slice[count - 1]).toBeCloseTo(
        surface.value(x + radius * Math.cos(a), y + radius * Math.sin(a)),
        3,
      );
      // Central difference over the whole window (float32 values: a wide window keeps rounding small).
      const slope = (slice[count - 1] - slice[0]) / (2 * radius);
      const d = probe.directionalDerivative(x, y, a);
      expect(Math.abs(slope - d)).toBeLessThan(2e-2 * Math.max(1, Math.abs(d)));
    } finally {
      probe.dispose();
      surface.dispose();
    }
  });

  it('rejects bad slices with readable errors, before changing anything', () => {
    const surface = engine.createSurface('bowl');
    const probe = engine.createSurfaceProbe(surface);
    try {
      expect(() => probe.slice(0, 0, 0, -1, 10)).toThrow(/radius/);
      expect(() => probe.slice(0, 0, 0, 1, 1)).toThrow(/slice point count/);
      expect(() => probe.directionalDerivative(Number.NaN, 0, 0)).toThrow(/x/);
    } finally {
      probe.dispose();
      surface.dispose();
    }
  });

  it('a probe keeps its surface alive after the surface model is disposed', () => {
    const surface = engine.createSurface('bowl');
    const probe = engine.createSurfaceProbe(surface);
    const expected = surface.gradient(1, 2)[0];
    surface.dispose();
    expect(probe.directionalDerivative(1, 2, 0)).toBeCloseTo(expected, 12);
    probe.dispose();
  });
});

describe('Hessian eigen-directions', () => {
  it('on the bowl: λ = 1 and κ along the rotated axes, and η < 2/κ', () => {
    const surface = engine.createSurface('bowl', { conditionNumber: 10, rotationDegrees: 30 });
    const probe = engine.createSurfaceProbe(surface);
    try {
      for (const [x, y] of [
        [0, 0],
        [1.3, -2],
      ]) {
        const e = probe.hessianEigen(x, y);
        expect(e.values[0]).toBeCloseTo(1, 10);
        expect(e.values[1]).toBeCloseTo(10, 10);
        const c = Math.cos(Math.PI / 6);
        const s = Math.sin(Math.PI / 6);
        expect(e.vectors[0][0]).toBeCloseTo(c, 10);
        expect(e.vectors[0][1]).toBeCloseTo(s, 10);
        expect(e.vectors[1][0]).toBeCloseTo(s, 10);
        expect(e.vectors[1][1]).toBeCloseTo(-c, 10);
        expect(e.maxLearningRate).toBeCloseTo(0.2, 12);
      }
    } finally {
      probe.dispose();
      surface.dispose();
    }
  });
  it('on the saddle: one negative curvature; no limit where λmax <= 0 does not apply', () => {
    const surface = engine.createSurface('saddle');
    const probe = engine.createSurfaceProbe(surface);
    try {
      const e = probe.hessianEigen(0.5, 0.5);
      expect(e.values[0]).toBeLessThan(0);
      expect(e.values[1]).toBeGreaterThan(0);
      expect(e.maxLearningRate).toBeCloseTo(2 / e.values[1], 12);
    } finally {
      probe.dispose();
      surface.dispose();
    }
  });
});

describe('racing', () => {
  /** Runs the default race on Rosenbrock for `frames` frames of `perFrame` steps, interleaved. */
  function race(frames, perFrame, only) {
    const state = normalizeValleyState(
      {
        racers: ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'rprop'].map(
          (optimizer) => ({ optimizer, enabled: true }),
        ),
      },
      engine.surfaceNames(),
    );
    const surface = engine.createSurface(state.surface);
    const start = surface.standardStart();
    const racers = state.racers.filter((r) => !only || r.optimizer === only);
    const trainers = racers.map((r) => surface.createTrainer(racerTrainerOptions(r, state), start));
    for (let f = 0; f < frames; f++) for (const t of trainers) t.step(perFrame);
    const result = Object.fromEntries(
      racers.map((r, i) => [r.optimizer, Array.from(trainers[i].params())]),
    );
    for (const t of trainers) t.dispose();
    surface.dispose();
    return result;
  }

  it('is deterministic: the same race twice gives bit-identical positions', () => {
    expect(race(20, 7)).toEqual(race(20, 7));
  });
  it('racers do not affect each other, and frame batching does not change the result', () => {
    const together = race(20, 7);
    for (const name of ['sgd', 'adam', 'rprop']) {
      expect(race(1, 140, name)[name]).toEqual(together[name]);
    }
  });
  it('every default racer goes downhill on Rosenbrock', () => {
    const surface = engine.createSurface('rosenbrock');
    const start = surface.standardStart();
    const f0 = surface.value(start.x, start.y);
    for (const [name, [x, y]] of Object.entries(race(50, 10))) {
      expect(surface.value(x, y), name).toBeLessThan(f0);
    }
    surface.dispose();
  });
});
