// English strings of accessibility (issue 13): shortcuts and their help dialog, the narration
// of a run, names and text alternatives of the canvases and charts.
export default {
  'a11y.labHeading': '{lab} lab',
  'a11y.help.title': 'Keyboard shortcuts',
  'a11y.help.intro': 'They work anywhere on the page except while typing in a field.',
  'a11y.help.close': 'Close',
  'a11y.help.key': 'Key',
  'a11y.help.action': 'Action',
  'a11y.key.toggle': 'Play or pause',
  'a11y.key.step': 'One step',
  'a11y.key.reset': 'Reset the run',
  'a11y.key.rateDown': 'Lower the learning rate',
  'a11y.key.rateUp': 'Raise the learning rate',
  'a11y.key.help': 'Show this list',
  'a11y.key.canvas':
    'On a focused plot: arrow keys move the cursor, Enter acts there (drops the ball, adds a ' +
    'point), Delete removes the nearest point',
  'a11y.rate': 'Learning rate {rate}',
  'a11y.narrate.play': 'Started.',
  'a11y.narrate.pause': 'Paused.',
  'a11y.narrate.reset': 'Reset to the start.',
  'a11y.narrate.progress': 'Step {step}, cost {cost}.',
  'a11y.narrate.steps': 'Step {step}.',
  'a11y.racer.on': '{name} on',
  'a11y.racer.focus': 'Focus on {name}',
  'a11y.valley.mapName': 'Valley map: arrow keys move the cursor, Enter drops the ball there',
  'a11y.valley.describe': 'Cursor at ({cx}, {cy}). {balls}',
  'a11y.valley.ball': '{name}: ball at ({x}, {y}), f = {f}, {step} steps.',
  'a11y.points.name':
    'Data plot: arrow keys move the cursor, Enter adds a point of the chosen class, Delete ' +
    'removes the nearest point',
  'a11y.points.describe': 'Cursor at ({cx}, {cy}). {count} points.',
  'a11y.chart.show': 'Show as table',
  'a11y.chart.hide': 'Hide the table',
  'a11y.chart.step': 'Step',
  'a11y.chart.empty': 'No data yet.',
  'a11y.network.name': 'Network diagram: arrow keys choose a link, Enter edits its weight',
  'a11y.network.outline': 'Layers: {sizes}. Strongest links: {links}.',
  'a11y.network.none': 'none',
  'a11y.network.mapName':
    'Decision map: arrow keys move the cursor, Enter adds a point of the chosen class, Delete ' +
    'removes the nearest point you added',
  'a11y.network.mapAt': 'Cursor at ({cx}, {cy}).',
  'a11y.canvas.plot': 'Plot (its numbers are in the readouts beside it)',
  'a11y.canvas.notStarted': 'The run has not started yet.',
};
