// docs/parameters.md, generated from the four field tables (field-docs.js): every setting of
// every lab with its URL key, scenario path, type, default, bounds and meaning.
// `node bin/descent.mjs parameters > docs/parameters.md` writes it; tests/js/scenario-docs.test.js
// fails when the file is stale.
import { CLASSIFICATION_TABLE } from './classification-state.js';
import { parameterTable } from './field-docs.js';
import { NETWORK_TABLE, networkNames } from './network-state.js';
import { REGRESSION_TABLE } from './regression-state.js';
import { VALLEY_TABLE } from './valley-state.js';

/** The labs' tables in navigation order, with the names each reads from the engine. */
export function labTables(engine) {
  return [
    { table: VALLEY_TABLE, title: 'Valley', names: engine.surfaceNames() },
    { table: REGRESSION_TABLE, title: 'Regression', names: undefined },
    { table: CLASSIFICATION_TABLE, title: 'Classification', names: undefined },
    { table: NETWORK_TABLE, title: 'Network', names: networkNames(engine) },
  ];
}

const INTRO = `# Parameters

Every setting of every lab, generated from the labs' field tables (\`web/src/state/*-state.js\`)
by \`node bin/descent.mjs parameters > docs/parameters.md\`; a test fails when this file is stale.
Each setting has one name (the lab's state field, also its hide/lock name), a key in the page's
URL and a path in a scenario file ([scenarios.md](scenarios.md)). A URL value that is not valid
is replaced (bounded, rounded, or its default) and the page says what it changed; a scenario
value that is not valid is refused with a message that names its path. "0 or [a, b]" means 0
switches the setting off. A path marked (× s) is the state's value times s in the file.`;

/**
 * The whole of docs/parameters.md.
 * @param {import('../engine/engine.js').Engine} engine the names come from it
 * @returns {string}
 */
export function parametersDoc(engine) {
  const sections = labTables(engine).map(
    ({ table, title, names }) => `## ${title}\n\n${parameterTable(table, names)}\n`,
  );
  return `${INTRO}\n\n${sections.join('\n')}`;
}
