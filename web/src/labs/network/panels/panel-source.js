// What the three Network panels read from the lab, in one place: the panels never touch wasm or
// the lab's internals, only this small interface, so they can be driven by the lab (through the
// adapter below) or by plain arrays in tests.

/**
 * @typedef {object} ModelInfo
 * @property {number[]} layerSizes n_0 … n_L
 * @property {string} hiddenActivation
 * @property {string} outputActivation
 * @property {string} costName
 */

/**
 * @typedef {object} SamplePoints the training samples, for the step-through's picker
 * @property {ArrayLike<number>} x1 first input of each sample
 * @property {ArrayLike<number>} x2 second input of each sample (zeros for 1-D data)
 * @property {ArrayLike<number>} color target mapped into [−1, 1], for colouring
 */

/**
 * @typedef {object} ProbeResult copies, safe to keep
 * @property {Float64Array} z
 * @property {Float64Array} a
 * @property {Float64Array} delta
 * @property {Float64Array} gradient
 * @property {Float64Array} params θ the probe ran with
 * @property {Float64Array} target
 * @property {number} cost C_x
 */

/**
 * @typedef {object} GradientCheckResult parallel arrays, one entry per checked parameter
 * @property {ArrayLike<number>} indices
 * @property {ArrayLike<number>} analytic
 * @property {ArrayLike<number>} numeric
 * @property {ArrayLike<number>} relativeError
 * @property {ArrayLike<string>} verdict the core's judgement: right, suspicious, wrong or kink
 * @property {number} evaluations cost evaluations this call made
 */

/**
 * @typedef {object} LandscapeSlice a slice being computed; dispose() frees it
 * @property {number} resolution N
 * @property {number} radius r: α, β ∈ [−r, r]
 * @property {(firstRow: number, count: number) => number} computeRows rows computed
 * @property {() => number} rowsDone
 * @property {() => Float64Array} costs N² values (copy), NaN where not computed
 * @property {() => Float64Array | null} projectPath α0, β0, α1, β1, … of the training path
 * @property {() => [number, number] | null} [projectCurrent] α, β of the current θ
 *   (null: unknown)
 * @property {() => boolean} isLive false once the host dropped the slice (new data, new model)
 * @property {() => void} dispose
 */

/**
 * @typedef {object} NetworkPanelSource
 * @property {() => ModelInfo} info
 * @property {() => number | string} version changes whenever θ, the data or the model changes
 * @property {() => SamplePoints} samples
 * @property {(index: number) => ProbeResult} probe
 * @property {(indices: number[] | null,
 *   options?: { fivePoint?: boolean, step?: number }) => GradientCheckResult}
 *   gradientCheck at the current θ; indices null: all parameters
 * @property {() => number} parameterCount
 * @property {(config: { resolution: number, radius: number }) => LandscapeSlice} landscape
 * @property {() => number} currentCost the training cost the lab shows, C(θ)
 * @property {() => void} [pause] stops training, if the host trains
 * @property {() => boolean} [isRunning] whether the host is training now
 */

/**
 * The panels' view of a lab. A lab that already offers `panelSource` is used as it is.
 * @param {any} lab
 * @returns {NetworkPanelSource}
 */
export function panelSourceFrom(lab) {
  if (lab && lab.panelSource) return lab.panelSource;
  throw new Error('This lab offers no panel source for the Network panels');
}
