// Builds the Classification lab's data set (labels ±1) from its state with the engine; no DOM,
// so the headless scenario runner uses the same data as the page.

/**
 * @param {import('../../engine/engine.js').Engine} engine
 * @param {import('../../state/classification-state.js').ClassificationState} state
 * @returns {{ inputs: number[], inputDim: number, targets: number[] }} throws a readable Error
 */
export function buildClassificationData(engine, state) {
  if (state.dataset !== 'points') {
    const data = engine.generatePoints({
      dataset: state.dataset,
      count: state.count,
      noise: state.noise,
      seed: state.seed,
    });
    return { inputs: data.inputs, inputDim: 2, targets: data.targets };
  }
  const inputs = [];
  const targets = [];
  for (let i = 0; i < state.points.length; i += 3) {
    inputs.push(state.points[i], state.points[i + 1]);
    targets.push(state.points[i + 2]);
  }
  if (targets.length === 0)
    throw new Error('No points yet: click on the plot to add points of the chosen class.');
  return { inputs, inputDim: 2, targets };
}
