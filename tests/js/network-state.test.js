// The Network lab's state (URL round trip) and scenario module (state ↔ JSON, headless runs).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import {
  FEATURES,
  NETWORK_DEFAULTS,
  networkNames,
  networkStateFromQuery,
  networkStateToQuery,
  normalizeNetworkState,
} from '../../web/src/state/network-state.js';
import {
  lab,
  runScenario,
  scenarioFromState,
  stateFromScenario,
} from '../../web/src/scenario/network-scenario.js';

let engine;
let names;
beforeAll(async () => {
  engine = await loadEngine();
  names = networkNames(engine);
});

const CUSTOM = {
  ...NETWORK_DEFAULTS,
  dataset: 'spiral',
  noise: 0.15,
  testPercent: 30,
  seed: 11,
  weightSeed: 4,
  batchSize: 7,
  features: ['x1', 'x2', 'sin(x1)'],
  hiddenSizes: [6, 3, 2],
  hiddenActivation: 'relu',
  regularization: 'l2',
  regularizationRate: 0.003,
  init: 'he',
  optimizer: 'adam',
  learningRate: 0.01,
  beta1: 0.8,
  speed: 5,
  showTest: true,
  discretize: true,
  layerMetric: 'ratio',
  points: [
    [1.5, -2, 1],
    [0, 0, 0],
  ],
};

describe('network state', () => {
  it('takes its names from the engine', () => {
    expect(names.features).toEqual([...FEATURES]);
    expect(names.samplings).toEqual(engine.samplingNames());
    expect(names.generators.map((g) => g.name)).toContain(NETWORK_DEFAULTS.dataset);
  });

  it('defaults are valid', () => {
    expect(normalizeNetworkState({}, names)).toEqual({ ...NETWORK_DEFAULTS });
  });

  it('round-trips through the URL, every field', () => {
    const state = normalizeNetworkState(CUSTOM, names);
    expect(state).toEqual(CUSTOM);
    const query = networkStateToQuery(state);
    expect(networkStateFromQuery(new URLSearchParams(query.toString()), names)).toEqual(state);
  });

  it('zero hidden layers survive the URL', () => {
    const state = normalizeNetworkState({ hiddenSizes: [] }, names);
    const back = networkStateFromQuery(
      new URLSearchParams(networkStateToQuery(state).toString()),
      names,
    );
    expect(back.hiddenSizes).toEqual([]);
  });

  it('replaces bad values by defaults or clamps them', () => {
    const state = normalizeNetworkState(
      {
        dataset: 'nope',
        noise: 'x',
        hiddenSizes: '99,0,3',
        features: 'x9',
        optimizer: 'lbfgs',
        problem: 'regression',
      },
      names,
    );
    expect(state.dataset).toBe('plane');
    expect(state.noise).toBe(0);
    expect(state.hiddenSizes).toEqual([16, 1, 3]);
    expect(state.features).toEqual(['x1', 'x2']);
    expect(state.optimizer).toBe('sgd');
    expect(state.outputActivation).toBe('linear');
  });
});

describe('network scenario', () => {
  it('round-trips state → scenario → state', () => {
    const state = normalizeNetworkState(CUSTOM, names);
    const scenario = scenarioFromState(state);
    expect(scenario).toMatchObject({ format: 'descent-scenario', version: 1, lab, seed: 11 });
    const back = stateFromScenario(JSON.parse(JSON.stringify(scenario)), names);
    expect(back).toEqual(state); // view fields included (scenario section "view")
    expect(() => stateFromScenario(scenario)).toThrow(/needs the names of the engine/);
  });

  it('refuses bad scenarios with readable messages', () => {
    const good = scenarioFromState(normalizeNetworkState({}, names));
    expect(() => stateFromScenario({ ...good, lab: 'valley' }, names)).toThrow(/valley/);
    expect(() =>
      stateFromScenario({ ...good, model: { ...good.model, hiddenActivation: 'swish' } }, names),
    ).toThrow(/must be one of/);
    expect(() =>
      stateFromScenario({ ...good, data: { ...good.data, generator: 'moons' } }, names),
    ).toThrow(/data.generator/);
    expect(() =>
      stateFromScenario({ ...good, model: { ...good.model, hiddenSizes: [40] } }, names),
    ).toThrow(/hiddenSizes/);
    expect(() =>
      stateFromScenario({ ...good, optimizer: { name: 'sgd', learningRate: 'fast' } }, names),
    ).toThrow(/learningRate/);
    expect(() =>
      stateFromScenario({ ...good, model: { ...good.model, features: ['x1', 'x3'] } }, names),
    ).toThrow(/x3/);
    expect(() => stateFromScenario('hello', names)).toThrow(/JSON object/);
  });

  it('runScenario twice gives identical numbers and trains the circle', () => {
    const scenario = {
      ...scenarioFromState(normalizeNetworkState({}, names)),
      run: { epochs: 150 },
    };
    const a = runScenario(engine, scenario);
    const b = runScenario(engine, scenario);
    expect(a).toEqual(b);
    expect(a.lab).toBe('network');
    expect(a.epochs).toBe(150);
    expect(a.finalTestCost).toBeLessThan(0.05);
    expect(a.cost.values.length).toBe(151);
    expect(a.network.layerSizes).toEqual([2, 4, 2, 1]);
    expect(a.network.layers[0].weights).toHaveLength(4);
    expect(a.params).toHaveLength(25);
    expect(a.params[0]).toBe(a.network.layers[0].weights[0][0]);
  });

  it('an explicit initial vector is used', () => {
    const base = scenarioFromState(normalizeNetworkState({}, names));
    const initial = new Array(25).fill(0.1);
    const result = runScenario(engine, { ...base, initial, run: { steps: 0 } });
    expect(result.params).toEqual(initial);
    expect(() => runScenario(engine, { ...base, initial: [1, 2] })).toThrow(/initial|parameters/);
  });
});
