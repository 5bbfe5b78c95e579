import { describe, expect, it } from 'vitest';
import {
  VALLEY_DEFAULTS, normalizeValleyState, valleyStateFromQuery, valleyStateToQuery,
} from '../../web/src/state/valley-state.js';

const NAMES = ['bowl', 'rosenbrock', 'saddle'];

describe('valley state', () => {
  it('round-trips through the URL', () => {
    const state = normalizeValleyState(
      { surface: 'bowl', conditionNumber: 50, rotationDegrees: -20, learningRate: 0.02, speed: 7,
        startX: 1.5, startY: -0.25, logColor: false, logLoss: false },
      NAMES,
    );
    const query = valleyStateToQuery(state);
    expect(valleyStateFromQuery(new URLSearchParams(query.toString()), NAMES)).toEqual(state);
  });
  it('keeps the URL short: defaults are not written', () => {
    expect(valleyStateToQuery({ ...VALLEY_DEFAULTS }).toString()).toBe('');
  });
  it('replaces bad values by defaults or clamps them', () => {
    const state = valleyStateFromQuery(new URLSearchParams('surface=volcano&lr=abc&speed=1e9&kappa=-3&x0=NaN&y0=2'), NAMES);
    expect(state.surface).toBe(VALLEY_DEFAULTS.surface);
    expect(state.learningRate).toBe(VALLEY_DEFAULTS.learningRate);
    expect(state.speed).toBe(1000);
    expect(state.conditionNumber).toBe(1);
    expect(state.startX).toBeNull();
    expect(state.startY).toBeNull();
  });
});
