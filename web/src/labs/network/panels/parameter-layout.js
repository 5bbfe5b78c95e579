// Index arithmetic for the flat parameter vector θ and the per-neuron probe buffers, exactly as
// cpp/core/net/network_layout.h documents it: θ = W^1 (row-major), b^1, W^2, b^2, …, W^L, b^L;
// neurons numbered layer by layer from layer 0. Only indices live here: no values are computed.

/**
 * @typedef {object} ParameterLayout
 * @property {number[]} sizes n_0 … n_L
 * @property {number} layerCount L
 * @property {number} parameterCount
 * @property {(l: number) => number} weightOffset l = 1..L
 * @property {(l: number) => number} biasOffset l = 1..L
 * @property {(l: number) => number} neuronOffset l = 0..L
 * @property {(l: number, j: number, k: number) => number} weightIndex index of w^l_jk
 * @property {(l: number, j: number) => number} biasIndex index of b^l_j
 * @property {(index: number) => ParameterName} describe which weight or bias θ[index] is
 */

/** @typedef {{ layer: number, j: number, k: number | null }} ParameterName k null: a bias */

/**
 * @param {ArrayLike<number>} layerSizes n_0 … n_L, at least two positive integers
 * @returns {ParameterLayout}
 */
export function parameterLayout(layerSizes) {
  const sizes = Array.from(layerSizes);
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(
      `Layer sizes must be at least two positive integers, got [${sizes.join(', ')}]`,
    );
  }
  const layerCount = sizes.length - 1;
  const weightOffsets = [0];
  let offset = 0;
  for (let l = 1; l <= layerCount; l++) {
    weightOffsets.push(offset);
    offset += sizes[l] * sizes[l - 1] + sizes[l];
  }
  const neuronOffsets = [0];
  for (const n of sizes) neuronOffsets.push(neuronOffsets[neuronOffsets.length - 1] + n);
  const weightOffset = (l) => weightOffsets[l];
  const biasOffset = (l) => weightOffsets[l] + sizes[l] * sizes[l - 1];
  return {
    sizes,
    layerCount,
    parameterCount: offset,
    weightOffset,
    biasOffset,
    neuronOffset: (l) => neuronOffsets[l],
    weightIndex: (l, j, k) => weightOffsets[l] + j * sizes[l - 1] + k,
    biasIndex: (l, j) => biasOffset(l) + j,
    describe(index) {
      if (!(index >= 0 && index < offset))
        throw new Error(`Parameter index ${index} is outside 0..${offset - 1}`);
      let l = layerCount;
      while (weightOffsets[l] > index) l--;
      const local = index - weightOffsets[l];
      const weights = sizes[l] * sizes[l - 1];
      if (local < weights)
        return { layer: l, j: Math.floor(local / sizes[l - 1]), k: local % sizes[l - 1] };
      return { layer: l, j: local - weights, k: null };
    },
  };
}
