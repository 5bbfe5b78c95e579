// The Chinese strings table: one file per lab, merged into one table.
// Keys are the same in en/ and zh/; tests/js/i18n.test.js checks it.
import app from './app.js';
import valley from './valley.js';
// -- imports: regression and classification labs --
import regression from './regression.js';
import classification from './classification.js';

// -- imports: network lab --
import networkPanels from './network-panels.js';
import network from './network.js';

export default {
  ...app,
  ...valley,
  // -- tables: regression and classification labs --
  ...regression,
  ...classification,

  // -- tables: network lab --
  ...networkPanels,
  ...network,
};
