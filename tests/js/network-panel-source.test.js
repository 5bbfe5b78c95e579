// The panels' adapter on the real core: probe arrays fit the layout and format into KaTeX for
// every step, the gradient check is tight, and the landscape centre is the training cost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import katex from 'katex';
import { loadEngine } from '../../web/src/engine/load-node.js';
import {
  createLabPanelSource,
  targetColors,
} from '../../web/src/labs/network/panels/lab-panel-source.js';
import {
  buildSteps,
  stepEquations,
  texNumber,
} from '../../web/src/labs/network/panels/step-through-format.js';
import { checkRows, summarize } from '../../web/src/labs/network/panels/gradient-check-table.js';
import { centreValue } from '../../web/src/labs/network/panels/landscape-panel.js';

const STATE = { hiddenActivation: 'tanh', outputActivation: 'tanh', cost: 'half-squared' };

let engine;
let lab;
let source;
beforeAll(async () => {
  engine = await loadEngine();
  lab = {
    model: engine.createNetwork(
      { hiddenSizes: [3, 2], ...STATE, seed: 3 },
      { dataset: 'xor', count: 80, noise: 0, seed: 5, testFraction: 0.5 },
      { learningRate: 0.03, batchSize: 10, seed: 7 },
    ),
    state: STATE,
    paused: 0,
    onFrame: () => () => {},
    onModel: () => () => {},
    pause() {
      this.paused++;
    },
  };
  source = createLabPanelSource(lab);
});
afterAll(() => {
  source.dispose();
  lab.model.dispose();
});

describe('target colours', () => {
  it('scales one output into [−1, 1] and spreads one-hot classes', () => {
    expect(Array.from(targetColors([0, 1, 1, 0], 1))).toEqual([-1, 1, 1, -1]);
    expect(Array.from(targetColors([-1, 0, 1], 1))).toEqual([-1, 0, 1]);
    expect(Array.from(targetColors([1, 0, 0, 0, 0, 1, 0, 1, 0], 3))).toEqual([-1, 1, 0]);
    expect(Array.from(targetColors([2, 2], 1))).toEqual([0, 0]);
  });
});

describe('lab panel source on the core', () => {
  it('changes its version when the weights change, not on a mere redraw', () => {
    const before = source.version();
    expect(source.version()).toBe(before);
    lab.model.step(1);
    const stepped = source.version();
    expect(stepped).not.toBe(before);
    lab.model.setWeight(1, 0, 0, lab.model.getWeight(1, 0, 0) + 0.5);
    expect(source.version()).not.toBe(stepped);
  });

  it('gives the training samples for the picker', () => {
    const samples = source.samples();
    expect(samples.x1.length).toBe(40);
    expect(samples.x2.length).toBe(40);
    expect(Math.max(...samples.color)).toBe(1);
    expect(Math.min(...samples.color)).toBe(-1);
  });

  it('probes a sample into arrays that format for every step and render in KaTeX', () => {
    lab.model.stepEpochs(5);
    const info = source.info();
    expect(info.layerSizes).toEqual([2, 3, 2, 1]);
    const probe = source.probe(7);
    const trace = { ...info, ...probe };
    for (const step of buildSteps(info.layerSizes)) {
      for (const { latex } of stepEquations(trace, step)) {
        expect(() => katex.renderToString(latex, { throwOnError: true })).not.toThrow();
      }
    }
    // The output's z is the probe's, and BP3 shows the probe's own ∂C/∂b^L.
    const [zOut] = stepEquations(trace, { phase: 'forward', layer: 3, neuron: 0 });
    expect(zOut.latex.endsWith(`= ${texNumber(probe.z[7])}`)).toBe(true);
    const bp3 = stepEquations(trace, { phase: 'backward', layer: 3, neuron: 0 })[2];
    expect(bp3.latex.endsWith(texNumber(probe.gradient[probe.gradient.length - 1]))).toBe(true);
    expect(probe.gradient.at(-1)).toBe(probe.delta[7]); // BP3: ∂C/∂b = δ
    expect(probe.cost).toBeCloseTo(0.5 * (probe.target[0] - probe.a[7]) ** 2, 14);
  });

  it('checks every parameter: five-point differences agree with backprop to < 1e-6', () => {
    const result = source.gradientCheck(null, { fivePoint: true, step: 1e-3 });
    const rows = checkRows(source.info().layerSizes, result);
    expect(rows.length).toBe(source.parameterCount());
    expect(summarize(rows).maxRelativeError).toBeLessThan(1e-6);
    const part = source.gradientCheck([2, 5], {});
    expect(Array.from(part.indices)).toEqual([2, 5]);
    expect(part.analytic.length).toBe(2);
  });

  it('computes the landscape row by row; its centre is the training cost', () => {
    const slice = source.landscape({ resolution: 21, radius: 0.5 });
    expect(slice.computeRows(0, 5)).toBe(5);
    expect(Number.isNaN(slice.costs()[21 * 20])).toBe(true);
    while (slice.rowsDone() < 21) slice.computeRows(slice.rowsDone(), 4);
    const costs = slice.costs();
    expect(costs.every(Number.isFinite)).toBe(true);
    expect(centreValue(costs, 21)).toBeCloseTo(source.currentCost(), 12);
    const path = slice.projectPath();
    expect(path.length % 2).toBe(0);
    expect(path.length).toBeGreaterThan(2);
    expect(() => slice.computeRows(3, 1)).toThrow(/in order/);
    expect(slice.isLive()).toBe(true);
    // New data drop the model's slice: the panel's slice says so instead of failing.
    lab.model.addPoint(0.5, 0.5, 1);
    expect(slice.isLive()).toBe(false);
    expect(slice.projectPath()).toBeNull();
    expect(() => slice.computeRows(21, 1)).toThrow(/rebuilt|recompute/);
    const next = source.landscape({ resolution: 21, radius: 0.5 });
    expect(next.isLive()).toBe(true);
    expect(slice.isLive()).toBe(false);
  });
});
