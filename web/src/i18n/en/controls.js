// The controls every lab shares (web/src/labs/shared/lab-controls.js): run and file buttons,
// and the one set of import messages.
export default {
  'run.play': 'Play',
  'run.pause': 'Pause',
  'run.step': 'Step',
  'run.reset': 'Reset',
  'files.exportScenario': 'Export scenario',
  'files.importScenario': 'Import scenario',
  'files.exportPng': 'Export PNG',
  'files.exportCsv': 'Export CSV',
  'files.imported': 'Scenario loaded.',
  'files.importFailed': 'Import refused, your work is kept: {message}',
  'files.initialLength': '"initial" has {count} numbers; this model has {expected} weights.',
  'files.badInitial': '"initial" must be a list of finite numbers (the start weights).',
};
