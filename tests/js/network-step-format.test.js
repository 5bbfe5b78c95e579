import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { parameterLayout } from '../../web/src/labs/network/panels/parameter-layout.js';
import {
  buildSteps,
  costEquation,
  pair,
  ruleLatex,
  stepEquations,
  texNumber,
} from '../../web/src/labs/network/panels/step-through-format.js';

// A 2-2-1 tanh/sigmoid network with half-squared cost, traced by hand (the numbers a probe of
// the core returns for it; see the derivation in the comments).
//   θ = W^1 = [[0.5, -0.25], [0.1, 0.2]], b^1 = [0.1, -0.3], W^2 = [[1.5, -2]], b^2 = [0.25]
//   x = (1, 2), y = 1
function handTrace() {
  const x = [1, 2];
  const z1 = [0.5 * 1 - 0.25 * 2 + 0.1, 0.1 * 1 + 0.2 * 2 - 0.3]; // [0.1, 0.2]
  const a1 = z1.map(Math.tanh);
  const z2 = 1.5 * a1[0] - 2 * a1[1] + 0.25;
  const a2 = 1 / (1 + Math.exp(-z2));
  const y = 1;
  const d2 = (a2 - y) * a2 * (1 - a2);
  const d1 = [1.5 * d2 * (1 - a1[0] ** 2), -2 * d2 * (1 - a1[1] ** 2)];
  const gradient = [
    d1[0] * x[0],
    d1[0] * x[1],
    d1[1] * x[0],
    d1[1] * x[1],
    d1[0],
    d1[1],
    d2 * a1[0],
    d2 * a1[1],
    d2,
  ];
  return {
    layerSizes: [2, 2, 1],
    params: [0.5, -0.25, 0.1, 0.2, 0.1, -0.3, 1.5, -2, 0.25],
    z: [...x, ...z1, z2],
    a: [...x, ...a1, a2],
    delta: [0, 0, ...d1, d2],
    gradient,
    target: [y],
    cost: 0.5 * (y - a2) ** 2,
    hiddenActivation: 'tanh',
    outputActivation: 'sigmoid',
    costName: 'half-squared',
  };
}

const renders = (latex) => katex.renderToString(latex, { throwOnError: true, displayMode: true });

describe('parameter layout', () => {
  it('indexes θ as network_layout.h documents', () => {
    const layout = parameterLayout([2, 3, 1]);
    expect(layout.parameterCount).toBe(2 * 3 + 3 + 3 + 1);
    expect(layout.weightIndex(1, 2, 1)).toBe(5);
    expect(layout.biasIndex(1, 0)).toBe(6);
    expect(layout.weightIndex(2, 0, 2)).toBe(11);
    expect(layout.biasIndex(2, 0)).toBe(12);
    expect(layout.neuronOffset(2)).toBe(5);
    expect(layout.describe(5)).toEqual({ layer: 1, j: 2, k: 1 });
    expect(layout.describe(7)).toEqual({ layer: 1, j: 1, k: null });
    expect(layout.describe(12)).toEqual({ layer: 2, j: 0, k: null });
  });
  it('refuses bad sizes and indices with a readable error', () => {
    expect(() => parameterLayout([3])).toThrow(/at least two/);
    expect(() => parameterLayout([2, 0, 1])).toThrow(/positive integers/);
    expect(() => parameterLayout([2, 1]).describe(3)).toThrow(/outside 0..2/);
  });
});

describe('step-through formatting', () => {
  it('walks forward through layers 1..L, then backward from L to 1', () => {
    const steps = buildSteps([2, 2, 1]);
    expect(steps.map((s) => `${s.phase[0]}${s.layer}${s.neuron}`)).toEqual([
      'f10',
      'f11',
      'f20',
      'b20',
      'b10',
      'b11',
    ]);
  });

  it('separates two-digit weight subscripts with a comma', () => {
    expect(pair(0, 3)).toBe('03');
    expect(pair(12, 'k')).toBe('12,k');
    expect(pair('i', 10)).toBe('i,10');
  });

  it('formats numbers for LaTeX', () => {
    expect(texNumber(0.123456)).toBe('0.1235');
    expect(texNumber(-2)).toBe('-2');
    expect(texNumber(1.5e-6)).toBe('1.5\\times10^{-6}');
    expect(texNumber(0)).toBe('0');
    expect(texNumber(NaN)).toBe('\\text{NaN}');
  });

  it('substitutes the weights, inputs and the probe value in the forward pass', () => {
    const trace = handTrace();
    const [zEq, aEq] = stepEquations(trace, { phase: 'forward', layer: 1, neuron: 0 });
    expect(zEq.latex).toContain('0.5\\cdot1 + (-0.25)\\cdot2 + 0.1 = 0.1');
    expect(aEq.latex).toContain(`\\tanh(0.1) = ${texNumber(Math.tanh(0.1))}`);
    const [z2] = stepEquations(trace, { phase: 'forward', layer: 2, neuron: 0 });
    expect(z2.latex).toContain(
      `1.5\\cdot${texNumber(trace.a[2])} + (-2)\\cdot${texNumber(trace.a[3])} + 0.25`,
    );
    expect(z2.latex).toMatch(new RegExp(`= ${texNumber(trace.z[4]).replace('.', '\\.')}$`));
  });

  it("shows BP1 for half-squared cost with σ' written through a, then BP3 and BP4", () => {
    const trace = handTrace();
    const equations = stepEquations(trace, { phase: 'backward', layer: 2, neuron: 0 });
    expect(equations.map((e) => e.rule)).toEqual(['C', 'BP1', 'BP3', 'BP4']);
    const a2 = trace.a[4];
    expect(equations[1].latex).toContain(`(${texNumber(a2)} - 1)\\cdot${texNumber(a2 * (1 - a2))}`);
    expect(equations[1].latex).toContain(`= ${texNumber(trace.delta[4])}`);
    expect(equations[2].latex).toContain(`= ${texNumber(trace.gradient[8])}`);
    expect(equations[3].latex).toContain(`= ${texNumber(trace.gradient[6])}`);
    expect(equations[3].latex).toContain(`= ${texNumber(trace.gradient[7])}`);
    expect(equations[0].latex).toContain(`= ${texNumber(trace.cost)}`);
  });

  it("shows BP2 with the terms of (W^{l+1})ᵀ δ^{l+1} and σ'(z^l)", () => {
    const trace = handTrace();
    const [bp2, bp3, bp4] = stepEquations(trace, { phase: 'backward', layer: 1, neuron: 1 });
    expect(bp2.rule).toBe('BP2');
    expect(bp2.latex).toContain(`((-2)\\cdot(${texNumber(trace.delta[4])}))`);
    expect(bp2.latex).toContain(
      `\\cdot${texNumber(1 - trace.a[3] ** 2)} = ${texNumber(trace.delta[3])}`,
    );
    expect(bp3.latex).toContain(texNumber(trace.gradient[5]));
    expect(trace.delta[3]).toBeGreaterThan(0);
    expect(bp4.latex).toContain(
      `1\\cdot${texNumber(trace.delta[3])} = ${texNumber(trace.gradient[2])}`,
    );
    expect(bp4.latex).toContain(
      `2\\cdot${texNumber(trace.delta[3])} = ${texNumber(trace.gradient[3])}`,
    );
  });

  it('uses δ^L = a^L − y for sigmoid with binary cross-entropy', () => {
    const trace = { ...handTrace(), costName: 'binary-cross-entropy' };
    const bp1 = stepEquations(trace, { phase: 'backward', layer: 2, neuron: 0 })[1];
    expect(bp1.latex).toContain('\\delta^{2}_{0} = a^{2}_{0} - y_{0}');
    expect(bp1.latex).not.toContain("\\sigma'");
    expect(ruleLatex({ phase: 'backward', layer: 2, neuron: 0 }, 2, trace)).toContain('a^{2} - y');
    expect(costEquation(trace).latex).toContain('\\ln');
  });

  it('elides the middle of long sums', () => {
    const sizes = [10, 1, 1];
    const layout = parameterLayout(sizes);
    const trace = {
      ...handTrace(),
      layerSizes: sizes,
      params: Array.from({ length: layout.parameterCount }, (_, i) => i / 10),
      z: new Array(12).fill(0.5),
      a: new Array(12).fill(0.5),
      delta: new Array(12).fill(0.1),
      gradient: new Array(layout.parameterCount).fill(0.05),
    };
    const [zEq] = stepEquations(trace, { phase: 'forward', layer: 1, neuron: 0 });
    expect(zEq.latex).toContain('\\cdots');
    const bp4 = stepEquations(trace, { phase: 'backward', layer: 1, neuron: 0 }).at(-1);
    expect(bp4.latex).toContain('\\vdots');
    expect(bp4.latex).toContain('w^{1}_{09}');
    const wide = {
      ...trace,
      layerSizes: [12, 1, 1],
      params: new Array(15).fill(0.1),
      z: new Array(14).fill(0.5),
      a: new Array(14).fill(0.5),
      delta: new Array(14).fill(0.1),
      gradient: new Array(15).fill(0.05),
    };
    const wideBp4 = stepEquations(wide, { phase: 'backward', layer: 1, neuron: 0 }).at(-1);
    expect(wideBp4.latex).toContain('w^{1}_{0,11}'); // not w_{011}
    expect(wideBp4.latex).toContain('w^{1}_{01}');
    expect(() => renders(zEq.latex)).not.toThrow();
    expect(() => renders(bp4.latex)).not.toThrow();
  });

  it('refuses arrays that do not match the layout', () => {
    const trace = { ...handTrace(), delta: [1, 2] };
    expect(() => stepEquations(trace, { phase: 'forward', layer: 1, neuron: 0 })).toThrow(
      /delta has 2 entries; expected 5/,
    );
    expect(() => stepEquations(handTrace(), { phase: 'forward', layer: 3, neuron: 0 })).toThrow(
      /No neuron/,
    );
  });

  it('every equation of every step, for every activation and cost, renders in KaTeX', () => {
    const activations = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear', 'softplus', 'softmax'];
    const costs = ['half-squared', 'binary-cross-entropy', 'categorical-cross-entropy'];
    for (const outputActivation of activations) {
      for (const costName of costs) {
        const trace = {
          ...handTrace(),
          hiddenActivation: outputActivation === 'softmax' ? 'relu' : outputActivation,
          outputActivation,
          costName,
        };
        for (const step of buildSteps(trace.layerSizes)) {
          for (const { latex } of stepEquations(trace, step))
            expect(() => renders(latex), latex).not.toThrow();
          expect(() => renders(ruleLatex(step, 2, trace))).not.toThrow();
        }
      }
    }
  });
});
