// English strings shared by every page.
export default {
  'app.title': 'Descent',
  'app.tagline': 'Gradient descent and back-propagation, live',
  'app.language': 'Language',
  'app.loading': 'Loading the numerical core…',
  'app.loadFailed': 'The numerical core could not be loaded: {message}',
  'lab.valley': 'Valley',
};
