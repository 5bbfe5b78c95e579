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
  // hide= and lock= (a class trims the lab), and exports when the embedding page blocks downloads
  'trim.locked': 'Locked by the course',
  'trim.lockedChange': '"{name}" is locked by the course and cannot be changed here.',
  'trim.unknown':
    "Unknown name in hide= or lock=: {names}. This lab's names are listed in docs/parameters.md.",
  'download.blocked':
    'Downloads are blocked by the page that embeds this lab. Open {file} in a new tab or copy it.',
  'download.blockedBinary':
    'Downloads are blocked by the page that embeds this lab. Open {file} in a new tab and save it.',
  'download.open': 'Open in a new tab',
  'download.copy': 'Copy to clipboard',
  'download.close': 'Close',
  'download.copied': 'Copied {file} to the clipboard.',
  'download.copyFailed': 'The browser refused to copy ({message}); select the text and copy it.',
  'download.openFailed':
    'The embedding page blocks new tabs too: open the lab on its own page to save {file}.',
  'download.maybeBlocked':
    'If {file} was not saved, the page that embeds this lab blocks downloads: open or copy it.',
};
