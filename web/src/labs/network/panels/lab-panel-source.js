// Adapts the Network lab (README.md: lab.model, lab.state, lab.onFrame, lab.onModel) to the
// small interface the panels read (panel-source.js). Copies are made here, right after each
// call into the model, so no panel ever holds a view of wasm memory.

/** Seed of the landscape's random directions: fixed, so a recompute shows the same plane. */
const LANDSCAPE_SEED = 1;

/**
 * Colours for the picker: binary and regression targets scaled into [−1, 1], classes of a
 * one-hot target spread over [−1, 1].
 * @param {ArrayLike<number>} targets n × outputs, row-major
 * @param {number} outputs
 */
export function targetColors(targets, outputs) {
  const count = Math.floor(targets.length / outputs);
  const colors = new Float64Array(count);
  if (outputs > 1) {
    for (let i = 0; i < count; i++) {
      let best = 0;
      for (let c = 1; c < outputs; c++)
        if (targets[i * outputs + c] > targets[i * outputs + best]) best = c;
      colors[i] = -1 + (2 * best) / (outputs - 1);
    }
    return colors;
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    min = Math.min(min, targets[i]);
    max = Math.max(max, targets[i]);
  }
  for (let i = 0; i < count; i++)
    colors[i] = max > min ? -1 + (2 * (targets[i] - min)) / (max - min) : 0;
  return colors;
}

/**
 * @param {any} lab the Network lab (see ../README.md)
 * @returns {import('./panel-source.js').NetworkPanelSource & { dispose(): void }}
 */
export function createLabPanelSource(lab) {
  // Which model object a version belongs to: the lab replaces lab.model on every rebuild.
  /** @type {WeakMap<object, number>} */
  const modelIds = new WeakMap();
  let nextModelId = 1;
  let landscapeGeneration = 0;
  /** @returns {import('../../../engine/network-model.js').NetworkModel} */
  const model = () => {
    if (!lab.model) throw new Error('The network could not be built; fix the settings first.');
    return lab.model;
  };

  return {
    info() {
      const { hiddenActivation, outputActivation, cost } = lab.state;
      return {
        layerSizes: model().layerSizes(),
        hiddenActivation,
        outputActivation,
        costName: cost,
      };
    },
    // A fingerprint of what the panels show: the model object, its data and its weights. The
    // lab's onFrame also fires for redraws that change nothing, so it cannot serve as one.
    version() {
      const m = lab.model;
      if (!m) return 'none';
      if (!modelIds.has(m)) modelIds.set(m, nextModelId++);
      const params = m.paramsView();
      let sum = 0;
      let weighted = 0;
      for (let i = 0; i < params.length; i++) {
        sum += params[i];
        weighted += params[i] * ((i % 7) + 1);
      }
      const samples = m.trainDataView().inputs.length;
      return `${modelIds.get(m)}:${m.stepCount()}:${samples}:${sum}:${weighted}`;
    },
    samples() {
      const m = model();
      const { inputs, targets } = m.trainDataView();
      const count = inputs.length / 2;
      const outputs = count > 0 ? targets.length / count : 1;
      const x1 = new Float64Array(count);
      const x2 = new Float64Array(count);
      for (let i = 0; i < count; i++) {
        x1[i] = inputs[2 * i];
        x2[i] = inputs[2 * i + 1];
      }
      return { x1, x2, color: targetColors(targets, outputs) };
    },
    probe(index) {
      const m = model();
      const trace = m.probe(index, false);
      return {
        z: Float64Array.from(trace.z),
        a: Float64Array.from(trace.a),
        delta: Float64Array.from(trace.delta),
        gradient: Float64Array.from(trace.gradient),
        params: Float64Array.from(m.paramsView()),
        target: Float64Array.from(trace.target),
        cost: trace.cost,
      };
    },
    gradientCheck(indices, options = {}) {
      const result = model().gradientCheck(indices ? { ...options, indices } : options);
      if (indices && result.analytic.length !== indices.length) {
        throw new Error('This network checks all its parameters at once, not a chosen subset');
      }
      return {
        indices: indices ?? Array.from({ length: result.analytic.length }, (_, i) => i),
        analytic: result.analytic,
        numeric: result.numeric,
        relativeError: result.relativeError,
        verdict: result.verdict,
        evaluations: result.evaluations,
      };
    },
    parameterCount: () => model().parameterCount(),
    landscape({ resolution, radius }) {
      const m = model();
      m.landscapeBegin(resolution, radius, LANDSCAPE_SEED);
      const generation = ++landscapeGeneration;
      let rowsDone = 0;
      // The model holds one slice; a newer landscapeBegin, a rebuilt model or new data (the
      // model drops its slice then) ends this one.
      const live = () =>
        lab.model === m &&
        m.handle !== null &&
        generation === landscapeGeneration &&
        m.landscapeResolution() === resolution;
      return {
        resolution,
        radius,
        computeRows(first, count) {
          if (!live()) throw new Error('The network or its data changed; recompute the landscape.');
          if (first !== rowsDone)
            throw new Error(`Rows are computed in order: next is ${rowsDone}, not ${first}`);
          const before = rowsDone;
          rowsDone = m.landscapeRows(count);
          return rowsDone - before;
        },
        rowsDone: () => rowsDone,
        costs: () =>
          live()
            ? Float64Array.from(m.landscapeValuesView())
            : new Float64Array(resolution * resolution).fill(NaN),
        projectPath: () => (live() ? Float64Array.from(m.landscapePath()) : null),
        // The current θ on the plane: training moves it off the centre, the slice stays.
        projectCurrent: () => (live() ? m.landscapeProject() : null),
        isLive: live,
        dispose() {},
      };
    },
    currentCost: () => model().trainCost(),
    pause: () => lab.pause(),
    isRunning: () => lab.isRunning(),
    dispose() {},
  };
}
