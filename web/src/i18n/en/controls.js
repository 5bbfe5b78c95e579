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
  // Imported data kept when too long for the link (shared/kept-data.js, stored-data.js).
  'data.readFailed': 'The file could not be read, your data are kept: {message}',
  'data.csvTooLong':
    'The CSV file was not loaded, your data are kept: it has {length} characters, and a CSV ' +
    'file may have at most {max} (100,000 rows of 64 numbers).',
  'data.keptHere':
    'The imported data are too long for the link: this browser keeps them, so a reload brings ' +
    'them back, but the link will not carry them to another machine. Export a scenario to ' +
    'share them.',
  'data.notKept':
    'The imported data ({length} characters) are too long for the link and could not be kept ' +
    'in this browser ({reason}): a reload or the link will lose them. Export a scenario to ' +
    'keep them.',
  'data.storage.unavailable': 'its storage is not available',
  'data.storage.full': 'its storage is full',
  // What reading the link changed (shared/link-corrections.js), shown once at load.
  'link.corrected': "The link's {name} {value} {reason}; {now} is used.",
  'link.missingData':
    "The link's {name} refers to imported data kept in another browser, not in this one: " +
    'import the file again.',
  'link.more': '({count} more changes.)',
  'link.reason.number': 'is not a finite number',
  'link.reason.integer': 'is not a whole number',
  'link.reason.boolean': 'is not true or false',
  'link.reason.range': 'is outside {range}',
  'link.reason.choice': 'is not one of: {choices}',
  'link.reason.points': 'has more than {count} points',
  'link.reason.entries': 'has more than {count} entries',
  'data.pointsFull': 'The point set is full: at most {max} points. Click a point to remove it.',
  'embed.button': 'Embed',
  'embed.title': 'Embed this lab in a course page',
  'embed.intro': 'Paste one of these into your page. Each shows the lab as it is set now.',
  'embed.iframe': 'iframe (sized to the lab by the script)',
  'embed.element': 'One element',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied.',
  'embed.copyFailed': 'Copying was blocked: the text is selected, press Ctrl+C (⌘C).',
  'embed.docs': 'To script the lab from your page (play, step, cost events): docs/embedding.md.',
  'embed.close': 'Close',
  'embed.openFull': 'Open full page ↗',
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
