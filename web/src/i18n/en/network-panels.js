// Strings of the Network lab's step-through, gradient-check and landscape panels.
export default {
  'networkPanels.step.title': 'Step through one sample',
  'networkPanels.step.hint':
    'Choose a training sample (type its number or click it on the data), then walk the forward ' +
    "pass neuron by neuron and back-propagate with BP1–BP4. Every number is the core's own.",
  'networkPanels.step.sample': 'Sample',
  'networkPanels.step.of': 'of {count}',
  'networkPanels.step.pickHint': 'Click a point to pick it.',
  'networkPanels.step.prev': '◀ Prev',
  'networkPanels.step.next': 'Next ▶',
  'networkPanels.step.slider': 'Step of the pass',
  'networkPanels.step.forward': 'Forward pass',
  'networkPanels.step.backward': 'Backward pass',
  'networkPanels.step.position':
    '{phase} · layer {layer} · neuron {neuron} — step {step} of {count}',
  'networkPanels.step.badSample': 'Sample numbers run from 0 to {max}.',
  'networkPanels.step.noData': 'There are no training samples to trace.',
  'networkPanels.check.title': 'Gradient check',
  'networkPanels.check.hint':
    'Compares back-propagation with central finite differences (C(θ + h) − C(θ − h)) / 2h for ' +
    'every weight and bias. A gradient is right within 1e-7 relative, or within what finite ' +
    "differences can resolve there (round-off of the cost and the stencil's own error).",
  'networkPanels.check.run': 'Check all gradients',
  'networkPanels.check.fivePoint': 'Five-point stencil (fourth order, step 1e-3)',
  'networkPanels.check.running': 'Checking…',
  'networkPanels.check.changed':
    'The weights changed during the check (training is running?). Pause and check again.',
  'networkPanels.check.stale':
    'The weights have changed since this check; run it again to check the new ones.',
  'networkPanels.check.summary':
    'Max relative error {max} at {parameter} · {count} parameters: {good} right, {warn} ' +
    'suspicious, {bad} wrong, {kink} at a kink',
  'networkPanels.check.legend':
    'Green: right; amber: suspicious (below {warn} relative); red: wrong; grey: a kink inside ' +
    'the step (a ReLU input or an L1 weight at 0, a clamped cost): not differentiable there, ' +
    'so any value between the one-sided slopes is right.',
  'networkPanels.check.kinkTitle':
    'Not differentiable here: a kink lies inside the finite-difference step. Back-propagation ' +
    'lies between the one-sided slopes, as a subgradient should.',
  'networkPanels.check.cost':
    'This check: {evaluations} cost evaluations in {ms} ms. A forward difference needs n + 1 = ' +
    '{forward} evaluations, a central one 2n = {central}; back-propagation gets all n ' +
    'derivatives from one forward and one backward pass.',
  'networkPanels.check.parameter': 'Parameter',
  'networkPanels.check.analytic': 'Backprop',
  'networkPanels.check.numeric': 'Finite difference',
  'networkPanels.check.relativeError': 'Relative error',
  'networkPanels.check.page': 'Page {page} of {pages}',
  'networkPanels.landscape.title': 'Loss landscape',
  'networkPanels.landscape.hint':
    'The cost on a plane through the current weights, C(θ + α d₁ + β d₂), with two random ' +
    'filter-normalised directions (Li et al. 2018). White: the training path projected on the ' +
    'plane; red: the weights now.',
  'networkPanels.landscape.resolution': 'Resolution',
  'networkPanels.landscape.span': 'Span of α and β',
  'networkPanels.landscape.logColor': 'Logarithmic colours',
  'networkPanels.landscape.recompute': 'Recompute around current weights',
  'networkPanels.landscape.centre': 'C at the centre (α = β = 0)',
  'networkPanels.landscape.cost': 'Training cost now',
  'networkPanels.landscape.range': 'Range on the slice',
  'networkPanels.landscape.moved':
    'Training has moved the weights off the centre; recompute to centre the slice on them.',
};
