// The Chinese strings table: one file per lab, merged into one table.
// Keys are the same in en/ and zh/; tests/js/i18n.test.js checks it.
import app from './app.js';
import controls from './controls.js';
import valley from './valley.js';
import regression from './regression.js';
import classification from './classification.js';
import networkPanels from './network-panels.js';
import network from './network.js';
import a11y from './a11y.js';

export default {
  ...app,
  ...controls,
  ...valley,
  ...regression,
  ...classification,
  ...networkPanels,
  ...network,
  ...a11y,
};
