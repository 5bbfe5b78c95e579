// What the engine is handed for a Network state: the arguments of engine.createNetwork and the
// model built from them with the state's added points. The page and the headless runner both
// build their model here, so a scenario gives the numbers the page shows.

/** @typedef {import('./network-state.js').NetworkState} NetworkState */

/**
 * Arguments of engine.createNetwork for a state: [network, data, trainer].
 * @param {NetworkState} state
 */
export function networkArguments(state) {
  return [
    {
      features: state.features,
      hiddenSizes: state.hiddenSizes,
      hiddenActivation: state.hiddenActivation,
      outputActivation: state.outputActivation,
      cost: state.cost,
      regularization: state.regularization,
      regularizationRate: state.regularizationRate,
      init: state.init,
      initScale: state.initScale,
      seed: state.weightSeed,
    },
    {
      dataset: state.dataset,
      count: state.count,
      noise: state.noise,
      seed: state.seed,
      testFraction: state.testPercent / 100,
    },
    {
      optimizer: state.optimizer,
      learningRate: state.learningRate,
      momentum: state.momentum,
      beta1: state.beta1,
      beta2: state.beta2,
      epsilon: state.epsilon,
      sampling: state.sampling,
      batchSize: state.batchSize,
      seed: state.seed,
      // Chart-sized histories: a run of any length keeps at most this many points per series.
      historyCapacity: 512,
    },
  ];
}

/** Creates the model of a state, with the state's added points. Throws readable Errors. */
export function createNetworkModel(engine, state) {
  const model = engine.createNetwork(...networkArguments(state));
  try {
    for (const [x, y, label] of state.points) model.addPoint(x, y, label);
    if (state.points.length > 0) model.reset();
  } catch (error) {
    model.dispose();
    throw error;
  }
  return model;
}
