// The step-through of one sample as LaTeX: the forward pass neuron by neuron, then BP1–BP4
// (seed 000) with the real numbers substituted. Pure: probe arrays in, strings out.
//
// Every result shown (z, a, δ, ∂C/∂θ, C_x) is read from the core's probe. The only numbers
// formed here are the ones a student would write down while substituting: the individual
// factors of a sum (w·a, w·δ) and σ'(z) written through the activation's value (a(1 − a) for
// the sigmoid, 1 − a² for tanh, 0/1 for ReLU, …), so the equation reads left to right.
import { parameterLayout } from './parameter-layout.js';

/**
 * @typedef {object} ProbeTrace
 * @property {number[]} layerSizes n_0 … n_L
 * @property {ArrayLike<number>} params θ, laid out as parameter-layout.js says
 * @property {ArrayLike<number>} z per neuron (layer 0: the features)
 * @property {ArrayLike<number>} a per neuron (layer 0: the features)
 * @property {ArrayLike<number>} delta per neuron, δ^l_j = ∂C_x/∂z^l_j
 * @property {ArrayLike<number>} gradient ∂C_x/∂θ, laid out like θ
 * @property {ArrayLike<number>} target y, n_L numbers
 * @property {number} cost C_x, the sample's cost
 * @property {string} hiddenActivation e.g. 'tanh'
 * @property {string} outputActivation e.g. 'sigmoid'
 * @property {string} costName 'half-squared' | 'binary-cross-entropy' | 'categorical-cross-entropy'
 */

/** @typedef {{ phase: 'forward' | 'backward', layer: number, neuron: number }} Step */
/** @typedef {{ rule: string, latex: string }} Equation rule: a short tag ('z', 'a', 'BP1', …) */

/** Terms of a sum shown in full up to this many; longer sums show the first few and the last. */
export const MAX_TERMS = 6;
const HEAD_TERMS = 3;

/**
 * Forward steps for layers 1..L, neuron by neuron, then backward steps from L down to 1.
 * @param {number[]} layerSizes
 * @returns {Step[]}
 */
export function buildSteps(layerSizes) {
  const layout = parameterLayout(layerSizes);
  /** @type {Step[]} */
  const steps = [];
  for (let l = 1; l <= layout.layerCount; l++) {
    for (let j = 0; j < layout.sizes[l]; j++) steps.push({ phase: 'forward', layer: l, neuron: j });
  }
  for (let l = layout.layerCount; l >= 1; l--) {
    for (let j = 0; j < layout.sizes[l]; j++)
      steps.push({ phase: 'backward', layer: l, neuron: j });
  }
  return steps;
}

/**
 * A number for LaTeX: 4 significant digits, scientific notation outside [1e-3, 1e5).
 * @param {number} value
 */
export function texNumber(value, digits = 4) {
  if (Number.isNaN(value)) return '\\text{NaN}';
  if (!Number.isFinite(value)) return value > 0 ? '\\infty' : '-\\infty';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude < 1e-3 || magnitude >= 1e5) {
    const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
    return `${Number(mantissa)}\\times10^{${Number(exponent)}}`;
  }
  return String(Number(value.toPrecision(digits)));
}

/**
 * The two subscripts of a weight: run together as in seed 000 (w_jk, w_03), separated by a
 * comma when one has two digits, so that w_{12,3} cannot be read as w_{1,23}.
 * @param {number | string} j
 * @param {number | string} k
 */
export function pair(j, k) {
  const wide = (v) => typeof v === 'number' && v >= 10;
  return wide(j) || wide(k) ? `${j},${k}` : `${j}${k}`;
}

/** A factor of a product: negative or scientific numbers in parentheses. */
function factor(value) {
  const text = texNumber(value);
  return value < 0 || text.includes('\\times') ? `(${text})` : text;
}

/** Joins signed terms into a sum, eliding the middle of long sums. */
function sumOf(terms) {
  const shown =
    terms.length > MAX_TERMS
      ? [...terms.slice(0, HEAD_TERMS), '\\cdots', terms[terms.length - 1]]
      : terms;
  return shown.join(' + ');
}

const ACTIVATION_TEX = {
  sigmoid: '\\sigma',
  tanh: '\\tanh',
  relu: '\\operatorname{ReLU}',
  'leaky-relu': '\\operatorname{LReLU}',
  linear: '\\operatorname{id}',
  softplus: '\\operatorname{softplus}',
  softmax: '\\operatorname{softmax}',
};

/**
 * σ'(z) written through the probe's a (and z, for the piecewise ones): the symbolic form and
 * its value. Null for softmax, whose derivative is a matrix.
 * @returns {{ symbol: string, value: number } | null}
 */
export function activationSlope(activation, z, a, l, j) {
  const aj = `a^{${l}}_{${j}}`;
  switch (activation) {
    case 'sigmoid':
      return { symbol: `${aj}(1-${aj})`, value: a * (1 - a) };
    case 'tanh':
      return { symbol: `\\bigl(1-(${aj})^2\\bigr)`, value: 1 - a * a };
    case 'relu':
      return { symbol: `\\mathbb{1}[z^{${l}}_{${j}}>0]`, value: z > 0 ? 1 : 0 };
    case 'leaky-relu':
      return { symbol: `(z^{${l}}_{${j}}>0\\;?\\;1 : 0.01)`, value: z > 0 ? 1 : 0.01 };
    case 'linear':
      return { symbol: '1', value: 1 };
    case 'softplus':
      // softplus'(z) = logistic(z) = 1 − e^{−a}, since a = ln(1 + e^z).
      return { symbol: `\\bigl(1-e^{-${aj}}\\bigr)`, value: 1 - Math.exp(-a) };
    default:
      return null;
  }
}

/** Validates the trace against its layout before anything is read. */
function checkTrace(trace) {
  const layout = parameterLayout(trace.layerSizes);
  const neurons = layout.neuronOffset(layout.layerCount + 1);
  const need = [
    ['params', trace.params, layout.parameterCount],
    ['gradient', trace.gradient, layout.parameterCount],
    ['z', trace.z, neurons],
    ['a', trace.a, neurons],
    ['delta', trace.delta, neurons],
    ['target', trace.target, layout.sizes[layout.layerCount]],
  ];
  for (const [name, array, length] of need) {
    if (!array || array.length !== length) {
      throw new Error(
        `Probe array ${name} has ${array ? array.length : 'no'} entries; expected ${length}`,
      );
    }
  }
  return layout;
}

/**
 * The equations of one step, each with the numbers of the current neuron substituted.
 * @param {ProbeTrace} trace
 * @param {Step} step
 * @returns {Equation[]}
 */
export function stepEquations(trace, step) {
  const layout = checkTrace(trace);
  const { layer: l, neuron: j } = step;
  if (!(l >= 1 && l <= layout.layerCount && j >= 0 && j < layout.sizes[l])) {
    throw new Error(`No neuron ${j} in layer ${l}`);
  }
  return step.phase === 'forward'
    ? forwardEquations(trace, layout, l, j)
    : backwardEquations(trace, layout, l, j);
}

function activationOf(trace, layout, l) {
  return l === layout.layerCount ? trace.outputActivation : trace.hiddenActivation;
}

function forwardEquations(trace, layout, l, j) {
  const { params, z, a } = trace;
  const previous = layout.neuronOffset(l - 1);
  const here = layout.neuronOffset(l) + j;
  const terms = [];
  for (let k = 0; k < layout.sizes[l - 1]; k++) {
    terms.push(`${factor(params[layout.weightIndex(l, j, k)])}\\cdot${factor(a[previous + k])}`);
  }
  terms.push(factor(params[layout.biasIndex(l, j)]));
  const zEquation =
    `z^{${l}}_{${j}} = \\sum_{k} w^{${l}}_{${pair(j, 'k')}}\\,a^{${l - 1}}_{k} + b^{${l}}_{${j}}` +
    ` = ${sumOf(terms)} = ${texNumber(z[here])}`;
  const activation = activationOf(trace, layout, l);
  const name = ACTIVATION_TEX[activation] ?? `\\operatorname{${activation}}`;
  let aEquation;
  if (activation === 'softmax') {
    aEquation =
      `a^{${l}}_{${j}} = \\operatorname{softmax}(z^{${l}})_{${j}} = ` +
      `\\frac{e^{z^{${l}}_{${j}}}}{\\sum_i e^{z^{${l}}_i}}` +
      ` = \\frac{e^{${texNumber(z[here])}}}{\\sum_i e^{z^{${l}}_i}} = ${texNumber(a[here])}`;
  } else {
    aEquation =
      `a^{${l}}_{${j}} = ${name}(z^{${l}}_{${j}}) = ` +
      `${name}(${texNumber(z[here])}) = ${texNumber(a[here])}`;
  }
  return [
    { rule: 'z', latex: zEquation },
    { rule: 'a', latex: aEquation },
  ];
}

/** The cost of the sample in symbols and its value. */
export function costEquation(trace) {
  const L = trace.layerSizes.length - 1;
  const symbols = {
    'half-squared': `C_x = \\tfrac12\\lVert y - a^{${L}}\\rVert^2`,
    'binary-cross-entropy':
      `C_x = -\\sum_j \\bigl[y_j\\ln a^{${L}}_j + ` + `(1-y_j)\\ln(1-a^{${L}}_j)\\bigr]`,
    'categorical-cross-entropy': `C_x = -\\sum_j y_j \\ln a^{${L}}_j`,
  };
  const symbol = symbols[trace.costName] ?? `C_x`;
  return { rule: 'C', latex: `${symbol} = ${texNumber(trace.cost)}` };
}

function outputDeltaEquation(trace, layout, j) {
  const L = layout.layerCount;
  const here = layout.neuronOffset(L) + j;
  const a = trace.a[here];
  const y = trace.target[j];
  const delta = texNumber(trace.delta[here]);
  const activation = trace.outputActivation;
  const aL = `a^{${L}}_{${j}}`;
  const dL = `\\delta^{${L}}_{${j}}`;
  const slope = activationSlope(activation, trace.z[here], a, L, j);
  const crossEntropyPair =
    (trace.costName === 'binary-cross-entropy' && activation === 'sigmoid') ||
    (trace.costName === 'categorical-cross-entropy' && activation === 'softmax');
  if (crossEntropyPair) {
    // The σ' of the output cancels the 1/(a(1 − a)) of the cost's derivative (seed 001).
    return `${dL} = ${aL} - y_{${j}} = ${factor(a)} - ${factor(y)} = ${delta}`;
  }
  if (trace.costName === 'half-squared' && slope) {
    return (
      `${dL} = \\frac{\\partial C}{\\partial ${aL}}\\,\\sigma'(z^{${L}}_{${j}}) = ` +
      `(${aL} - y_{${j}})\\,${slope.symbol}` +
      ` = (${factor(a)} - ${factor(y)})\\cdot${factor(slope.value)} = ${delta}`
    );
  }
  if (trace.costName === 'binary-cross-entropy' && slope) {
    return (
      `${dL} = \\frac{${aL} - y_{${j}}}{${aL}(1-${aL})}\\,\\sigma'(z^{${L}}_{${j}})` +
      ` = \\frac{${factor(a)} - ${factor(y)}}{${factor(a)}\\,(1-${factor(a)})}` +
      `\\cdot${factor(slope.value)} = ${delta}`
    );
  }
  // Softmax with a cost other than its cross-entropy: the Jacobian couples every output.
  return (
    `${dL} = \\sum_i \\frac{\\partial C}{\\partial a^{${L}}_i}\\,` +
    `\\frac{\\partial a^{${L}}_i}{\\partial z^{${L}}_{${j}}}` +
    ` = \\sum_i \\frac{\\partial C}{\\partial a^{${L}}_i}\\,` +
    `a^{${L}}_i(\\mathbb{1}[i=${j}] - ${aL}) = ${delta}`
  );
}

function hiddenDeltaEquation(trace, layout, l, j) {
  const next = layout.neuronOffset(l + 1);
  const here = layout.neuronOffset(l) + j;
  const terms = [];
  for (let i = 0; i < layout.sizes[l + 1]; i++) {
    terms.push(
      `${factor(trace.params[layout.weightIndex(l + 1, i, j)])}` +
        `\\cdot${factor(trace.delta[next + i])}`,
    );
  }
  const slope = activationSlope(trace.hiddenActivation, trace.z[here], trace.a[here], l, j);
  const slopeSymbol = slope ? slope.symbol : `\\sigma'(z^{${l}}_{${j}})`;
  const slopeValue = slope ? factor(slope.value) : `\\sigma'(${texNumber(trace.z[here])})`;
  return (
    `\\delta^{${l}}_{${j}} = ` +
    `\\Bigl(\\sum_i w^{${l + 1}}_{${pair('i', j)}}\\,\\delta^{${l + 1}}_i\\Bigr)\\,${slopeSymbol}` +
    ` = (${sumOf(terms)})\\cdot${slopeValue} = ${texNumber(trace.delta[here])}`
  );
}

function backwardEquations(trace, layout, l, j) {
  const here = layout.neuronOffset(l) + j;
  const previous = layout.neuronOffset(l - 1);
  /** @type {Equation[]} */
  const equations = [];
  if (l === layout.layerCount) {
    equations.push(costEquation(trace));
    equations.push({ rule: 'BP1', latex: outputDeltaEquation(trace, layout, j) });
  } else {
    equations.push({ rule: 'BP2', latex: hiddenDeltaEquation(trace, layout, l, j) });
  }
  const delta = trace.delta[here];
  equations.push({
    rule: 'BP3',
    latex:
      `\\frac{\\partial C}{\\partial b^{${l}}_{${j}}} = \\delta^{${l}}_{${j}} = ` +
      `${texNumber(trace.gradient[layout.biasIndex(l, j)])}`,
  });
  const width = layout.sizes[l - 1];
  const ks =
    width > MAX_TERMS ? [...Array(HEAD_TERMS).keys(), width - 1] : [...Array(width).keys()];
  const rows = ks.map(
    (k) =>
      `\\frac{\\partial C}{\\partial w^{${l}}_{${pair(j, k)}}} &= ` +
      `a^{${l - 1}}_{${k}}\\,\\delta^{${l}}_{${j}} = ` +
      `${factor(trace.a[previous + k])}\\cdot${factor(delta)} = ` +
      `${texNumber(trace.gradient[layout.weightIndex(l, j, k)])}`,
  );
  if (width > MAX_TERMS) rows.splice(HEAD_TERMS, 0, '&\\;\\;\\vdots');
  equations.push({ rule: 'BP4', latex: `\\begin{aligned}${rows.join('\\\\')}\\end{aligned}` });
  return equations;
}

/**
 * The vector form of the rule a step applies, for the heading above the substituted numbers.
 * @param {Step} step
 * @param {number} layerCount L
 * @param {{ costName: string, outputActivation: string }} model
 */
export function ruleLatex(step, layerCount, model) {
  const l = step.layer;
  if (step.phase === 'forward')
    return `z^{${l}} = W^{${l}} a^{${l - 1}} + b^{${l}},\\quad a^{${l}} = \\sigma(z^{${l}})`;
  const crossEntropyPair =
    (model.costName === 'binary-cross-entropy' && model.outputActivation === 'sigmoid') ||
    (model.costName === 'categorical-cross-entropy' && model.outputActivation === 'softmax');
  const bp34 =
    `\\tfrac{\\partial C}{\\partial b^{${l}}_j} = \\delta^{${l}}_j,\\quad ` +
    `\\tfrac{\\partial C}{\\partial w^{${l}}_{jk}} = a^{${l - 1}}_k \\delta^{${l}}_j`;
  if (l === layerCount) {
    const bp1 = crossEntropyPair
      ? `\\delta^{${l}} = a^{${l}} - y`
      : `\\delta^{${l}} = \\nabla_a C \\odot \\sigma'(z^{${l}})`;
    return `${bp1},\\quad ${bp34}`;
  }
  return (
    `\\delta^{${l}} = \\bigl((W^{${l + 1}})^{\\mathsf T} \\delta^{${l + 1}}\\bigr) ` +
    `\\odot \\sigma'(z^{${l}}),\\quad ${bp34}`
  );
}
