// English strings of the Classification lab.
export default {
  'lab.classification': 'Classification',
  'classification.hint':
    'A linear classifier predicts sign(wᵀx) with x = [1, x1, x2] and labels y = ±1. Training ' +
    'lowers a margin loss of m = y wᵀx; the perceptron instead corrects each point it gets ' +
    'wrong (y wᵀx ≤ 0).',
  'classification.dataset': 'Data',
  'classification.dataset.gauss': 'Two Gaussian clouds',
  'classification.dataset.xor': 'XOR (not linearly separable)',
  'classification.dataset.circle': 'Circle (not linearly separable)',
  'classification.dataset.spiral': 'Spiral (not linearly separable)',
  'classification.dataset.points': 'My points (click to add / remove)',
  'classification.noise': 'Noise',
  'classification.seed': 'Random seed',
  'classification.pointClass': 'A click adds',
  'classification.class.positive': 'class +1',
  'classification.class.negative': 'class −1',
  'classification.pointsHint':
    'Click on the plot to add a point of the chosen class; click a point to remove it.',
  'classification.model': 'Model',
  'classification.model.perceptron': 'Perceptron',
  'classification.model.squared-hinge': 'Squared hinge ½max(0, 1 − m)²',
  'classification.model.hinge': 'Hinge max(0, 1 − m)',
  'classification.model.logistic': 'Logistic log(1 + e^(−m))',
  'classification.optimizer': 'Optimizer',
  'classification.optimizer.sgd': 'Gradient descent',
  'classification.optimizer.momentum': 'Momentum',
  'classification.optimizer.nesterov': 'Nesterov',
  'classification.optimizer.adagrad': 'AdaGrad',
  'classification.optimizer.rmsprop': 'RMSProp',
  'classification.optimizer.adam': 'Adam',
  'classification.learningRate': 'Learning rate η',
  'classification.batchSize': 'Batch size',
  'classification.fullBatch': 'all',
  'classification.lambda': 'L2 penalty λ (bias not penalised)',
  'classification.speed': 'Steps per frame',
  'classification.exportPng': 'Save plot (PNG)',
  'classification.exportCsv': 'Save points (CSV)',
  'classification.readout.step': 'Step (perceptron: visits)',
  'classification.readout.epoch': 'Epoch',
  'classification.readout.cost': 'Cost',
  'classification.readout.accuracy': 'Accuracy',
  'classification.readout.mistakes': 'Misclassified points',
  'classification.readout.weights': 'W = [w0, w1, w2]',
  'classification.readout.margin': 'Margin min y wᵀx/‖w‖',
  'classification.error': 'Cannot use this: {message}',
  'classification.stopped.converged':
    'Converged after {epochs} epochs and {updates} updates: every point is on its correct side.',
  'classification.stopped.maxEpochs':
    'Gave up: the perceptron still makes mistakes after many epochs. These data are probably ' +
    'not linearly separable.',
  'classification.stopped.diverged':
    'Stopped at step {step}: the cost blew up. Try a smaller learning rate.',
  'classification.plot.title': 'Data, decision line wᵀx = 0 and margin band wᵀx = ±1',
  'classification.plot.legend':
    'Solid: decision line. Dashed: wᵀx = ±1 (grey band between). Red rings: misclassified ' +
    'points.',
  'classification.valley.title': 'The valley: {loss} cost over (w1, w2), bias at its current value',
  'classification.valley.perceptron':
    'The perceptron has no cost; shown: the {loss} cost over (w1, w2) with the perceptron’s ' +
    'path',
  'classification.chart.loss': 'Cost of the batch at each step',
  'classification.chart.mistakes': 'Mistakes per epoch',
  'classification.chart.accuracy': 'Training accuracy',
  'classification.chart.step': 'step',
  'classification.chart.epoch': 'epoch',
  'classification.chart.lossAxis': 'cost',
  'classification.chart.mistakesAxis': 'mistakes',
  'classification.chart.accuracyAxis': 'accuracy',
};
