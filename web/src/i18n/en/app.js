// English strings shared by every page.
export default {
  'app.title': 'Descent',
  'app.tagline': 'Gradient descent and back-propagation, live',
  'app.language': 'Language',
  'app.loading': 'Loading the numerical core…',
  'app.loadFailed': 'The numerical core could not be loaded: {message}',
  'lab.valley': 'Valley',
  'app.pageTitle': '{lab} — Descent: gradient descent and back-propagation, live',
  'app.description':
    'Watch gradient descent and back-propagation work, live: optimizers racing on a loss ' +
    'valley, regression, classification and a neural network you train in the browser.',
  'app.loadFailedHint': 'Check the connection and reload the page.',
};
