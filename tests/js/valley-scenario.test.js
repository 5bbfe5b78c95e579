// The Valley lab's scenario module: state → scenario → state is exact, bad files give readable
// errors, and a run is deterministic.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import { normalizeValleyState } from '../../web/src/state/valley-state.js';
import {
  lab,
  runScenario,
  scenarioFromState,
  stateFromScenario,
} from '../../web/src/scenario/valley-scenario.js';

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

function sampleState() {
  const base = normalizeValleyState({}, engine.surfaceNames());
  const racers = base.racers.map((r) => ({ ...r }));
  racers[0].schedule = 'inverse-sqrt';
  racers[2] = { ...racers[2], enabled: true, momentum: 0.7 };
  racers[6] = { ...racers[6], enabled: true, rpropIncrease: 1.4 };
  return normalizeValleyState(
    {
      ...base,
      surface: 'beale',
      startX: 1.2,
      startY: 1.1,
      racers,
      focus: 'rprop',
      maxSteps: 300,
      gradientTol: 1e-5,
      speed: 5,
      logColor: false,
      directionDegrees: 12,
      view3d: true,
    },
    engine.surfaceNames(),
  );
}

describe('valley scenario', () => {
  it('round-trips state → scenario (JSON) → state', () => {
    const state = sampleState();
    const scenario = JSON.parse(JSON.stringify(scenarioFromState(state)));
    expect(scenario).toMatchObject({
      format: 'descent-scenario',
      version: 1,
      lab,
      start: [1.2, 1.1],
    });
    expect(scenario.racers).toHaveLength(7);
    expect(stateFromScenario(scenario, engine.surfaceNames())).toEqual(state);
  });

  it('reads a minimal scenario: listed racers race, the rest take defaults', () => {
    const state = stateFromScenario(
      {
        format: 'descent-scenario',
        version: 1,
        lab: 'valley',
        surface: { name: 'booth' },
        racers: [
          { optimizer: { name: 'adam', learningRate: 0.1 } },
          { optimizer: { name: 'sgd' }, schedule: { name: 'cosine', period: 50 } },
        ],
      },
      engine.surfaceNames(),
    );
    expect(state.surface).toBe('booth');
    expect(
      state.racers
        .filter((r) => r.enabled)
        .map((r) => r.optimizer)
        .sort(),
    ).toEqual(['adam', 'sgd']);
    expect(state.racers.find((r) => r.optimizer === 'adam').learningRate).toBe(0.1);
    expect(state.racers.find((r) => r.optimizer === 'sgd')).toMatchObject({
      schedule: 'cosine',
      period: 50,
    });
  });

  it('rejects bad fields with readable messages', () => {
    const names = engine.surfaceNames();
    const base = { format: 'descent-scenario', version: 1, lab: 'valley' };
    expect(() => stateFromScenario({ ...base, surface: { name: 'volcano' } }, names)).toThrow(
      /surface\.name must be one of: .*\(got "volcano"\)/,
    );
    expect(() =>
      stateFromScenario({ ...base, racers: [{ optimizer: { name: 'lbfgs' } }] }, names),
    ).toThrow(/racers\[0\].*lbfgs/);
    expect(() =>
      stateFromScenario(
        { ...base, racers: [{ optimizer: { name: 'sgd', learningRate: 'fast' } }] },
        names,
      ),
    ).toThrow(/learningRate/);
    expect(() => stateFromScenario({ ...base, start: [1] }, names)).toThrow(/start/);
    expect(() => stateFromScenario({ ...base, stop: { maxSteps: -1 } }, names)).toThrow(/maxSteps/);
    expect(() => stateFromScenario({ ...base, lab: 'network' }, names)).toThrow(/network/);
  });

  it('runs headless, deterministically, with one result per racer', () => {
    const scenario = { ...scenarioFromState(sampleState()), run: { steps: 200 } };
    const a = runScenario(engine, scenario);
    const b = runScenario(engine, scenario);
    expect(a).toEqual(b);
    expect(a.lab).toBe('valley');
    expect(a.valley.racers.map((r) => r.optimizer)).toEqual([
      'sgd',
      'momentum',
      'nesterov',
      'adam',
      'rprop',
    ]);
    for (const r of a.valley.racers) {
      expect(r.steps).toBeLessThanOrEqual(200);
      expect(r.params).toHaveLength(2);
      expect(Number.isFinite(r.finalCost)).toBe(true);
    }
    expect(a.finalCost).toBe(a.valley.racers[0].finalCost);
    // The stop rule maxSteps = 300 does not fire within 200 steps; a smaller one does.
    const stopped = runScenario(engine, { ...scenario, stop: { maxSteps: 50 } });
    expect(stopped.valley.racers.every((r) => r.steps === 50 && r.stopReason === 'max-steps')).toBe(
      true,
    );
  });
});
