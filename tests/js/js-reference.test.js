// The benchmark's JavaScript reference network (bench/js-reference/nn.js) must be a correct
// network, or the wasm/JS ratios it yields mean nothing: its back-propagated gradient matches
// central finite differences, and SGD on it learns the spiral.
import { describe, expect, it } from 'vitest';
import {
  NetworkGrid,
  Trainer,
  backProp,
  buildNetwork,
  forwardProp,
  makeRandom,
  meanCost,
  parameterHandles,
  spiralData,
} from '../../bench/js-reference/nn.js';

/** Accumulates the mean gradient of `points` into the network's links and neurons. */
function accumulate(network, points) {
  for (const p of points) {
    forwardProp(network, [p.x, p.y]);
    backProp(network, p.label);
  }
}

describe('JS reference network', () => {
  it.each(['tanh', 'sigmoid'])('back-propagation matches finite differences (%s)', (activation) => {
    const network = buildNetwork([2, 5, 4, 3, 1], { activation, random: makeRandom(5) });
    // Non-zero biases so that their derivatives are exercised away from the symmetric point.
    const random = makeRandom(9);
    const handles = parameterHandles(network);
    for (const h of handles) h.set(h.get() + 0.2 * (random() - 0.5));
    const points = spiralData(20, 0.3, makeRandom(2)).slice(3, 10);
    accumulate(network, points);
    const analytic = handles.map((h) => h.gradient());
    expect(analytic.length).toBe(2 * 5 + 5 + 5 * 4 + 4 + 4 * 3 + 3 + 3 + 1);
    const eps = 1e-6;
    let maxError = 0;
    let maxGradient = 0;
    handles.forEach((h, i) => {
      const w = h.get();
      h.set(w + eps);
      const plus = meanCost(network, points);
      h.set(w - eps);
      const minus = meanCost(network, points);
      h.set(w);
      const numeric = (plus - minus) / (2 * eps);
      maxError = Math.max(maxError, Math.abs(numeric - analytic[i]));
      maxGradient = Math.max(maxGradient, Math.abs(numeric));
    });
    expect(maxGradient).toBeGreaterThan(1e-3);
    expect(maxError).toBeLessThan(1e-7);
  });

  it('learns the spiral with the benchmark settings (6×8 tanh, SGD, batch 10, η 0.03)', () => {
    const all = spiralData(500);
    const train = all.filter((_p, i) => i % 2 === 0);
    const network = buildNetwork([2, 8, 8, 8, 8, 8, 8, 1], { random: makeRandom(11) });
    const before = meanCost(network, train);
    const trainer = new Trainer(network, train, { learningRate: 0.03, batchSize: 10 });
    trainer.step(25 * 400);
    const after = meanCost(network, train);
    expect(after).toBeLessThan(0.5 * before);
    let correct = 0;
    for (const p of train) if (Math.sign(forwardProp(network, [p.x, p.y])) === p.label) correct++;
    expect(correct / train.length).toBeGreaterThan(0.8);
  });

  it('grid images hold each neuron’s activation at the grid points', () => {
    const network = buildNetwork([2, 3, 1], { random: makeRandom(4) });
    const grid = new NetworkGrid(network, 5);
    grid.evaluate(-6, 6, -4, 4);
    // Cell (row 2, col 3): x = −6 + 12·3/4 = 3, y = −4 + 8·2/4 = 0.
    const out = forwardProp(network, [3, 0]);
    const outputId = network[2][0].id;
    expect(grid.images.get(outputId)[2 * 5 + 3]).toBeCloseTo(out, 6);
    expect(grid.images.get(network[0][0].id)[2 * 5 + 3]).toBeCloseTo(3, 6);
  });
});
