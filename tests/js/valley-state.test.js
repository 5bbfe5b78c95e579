import { describe, expect, it } from 'vitest';
import {
  OPTIMIZERS,
  VALLEY_DEFAULTS,
  normalizeValleyState,
  racerTrainerOptions,
  valleyStateFromQuery,
  valleyStateToQuery,
} from '../../web/src/state/valley-state.js';

const NAMES = ['bowl', 'rosenbrock', 'saddle'];

describe('valley state', () => {
  it('round-trips every racer and setting through the URL', () => {
    const base = normalizeValleyState({}, NAMES);
    const racers = base.racers.map((r) => ({ ...r }));
    racers[0] = {
      ...racers[0],
      learningRate: 0.02,
      schedule: 'cosine',
      period: 250,
      minRate: 0.001,
    };
    racers[1] = { ...racers[1], enabled: false, momentum: 0.5 };
    racers[5] = { ...racers[5], beta1: 0.8, beta2: 0.99, epsilon: 1e-6 };
    racers[6] = {
      ...racers[6],
      enabled: true,
      rpropIncrease: 1.5,
      rpropDecrease: 0.3,
      schedule: 'step',
      decay: 0.7,
    };
    const state = normalizeValleyState(
      {
        surface: 'bowl',
        conditionNumber: 50,
        rotationDegrees: -20,
        speed: 7,
        startX: 1.5,
        startY: -0.25,
        logColor: false,
        logLoss: false,
        racers,
        focus: 'rprop',
        maxSteps: 500,
        parameterChangeTol: 1e-6,
        gradientTol: 1e-4,
        directionDegrees: -30,
        showDirectional: false,
        showHessian: false,
        view3d: true,
      },
      NAMES,
    );
    const query = valleyStateToQuery(state);
    expect(query.get('on')).toBe('sgd.adam.rprop');
    expect(valleyStateFromQuery(new URLSearchParams(query.toString()), NAMES)).toEqual(state);
  });
  it('keeps the URL short: defaults are not written', () => {
    expect(valleyStateToQuery(normalizeValleyState({}, NAMES)).toString()).toBe('');
  });
  it('replaces bad values by defaults or clamps them', () => {
    const state = valleyStateFromQuery(
      new URLSearchParams(
        'surface=volcano&sgd.lr=abc&speed=1e9&kappa=-3&x0=NaN&y0=2&adam.sched=wobbly&focus=newton',
      ),
      NAMES,
    );
    expect(state.surface).toBe(VALLEY_DEFAULTS.surface);
    expect(state.racers[0].learningRate).toBe(VALLEY_DEFAULTS.racers[0].learningRate);
    expect(state.racers[5].schedule).toBe('constant');
    expect(state.focus).toBe('sgd');
    expect(state.speed).toBe(1000);
    expect(state.conditionNumber).toBe(1);
    expect(state.startX).toBeNull();
    expect(state.startY).toBeNull();
  });
  it('has one racer per optimizer, and moves the focus to a racer that races', () => {
    const state = valleyStateFromQuery(new URLSearchParams('on=adam.rprop&focus=sgd'), NAMES);
    expect(state.racers.map((r) => r.optimizer)).toEqual(OPTIMIZERS);
    expect(state.focus).toBe('adam');
  });
  it('gives the core the racer’s hyper-parameters, schedule and the shared stop rules', () => {
    const state = normalizeValleyState({ maxSteps: 9, gradientTol: 1e-3 }, NAMES);
    const options = racerTrainerOptions(state.racers[5], state);
    expect(options).toMatchObject({
      optimizer: 'adam',
      learningRate: 0.05,
      beta1: 0.9,
      schedule: 'constant',
      maxSteps: 9,
      gradientTol: 1e-3,
    });
  });
});

describe('older links', () => {
  it('read the single learning rate `lr` as plain descent’s', () => {
    const state = valleyStateFromQuery(new URLSearchParams('surface=bowl&lr=0.05'), NAMES);
    expect(state.racers[0]).toMatchObject({ optimizer: 'sgd', learningRate: 0.05 });
    expect(valleyStateToQuery(state).get('sgd.lr')).toBe('0.05');
  });
});
