// docs/parameters.md, generated from the four field tables (field-docs.js): every setting of
// every lab with its URL key, scenario path, type, default, bounds and meaning.
// `node bin/descent.mjs parameters > docs/parameters.md` writes it; tests/js/scenario-docs.test.js
// fails when the file is stale.
import { CLASSIFICATION_TABLE } from './classification-state.js';
import { parameterTable, trimTable } from './field-docs.js';
import { NETWORK_TABLE, networkNames } from './network-state.js';
import { REGRESSION_TABLE } from './regression-state.js';
import { VALLEY_TABLE } from './valley-state.js';
import { trimNames } from './trim-names.js';

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
switches the setting off. A path marked (× s) is the state's value times s in the file.
[Hide and lock](#hide-and-lock-for-a-class) lists the names a class can hide or lock by URL.`;

const TRIM_INTRO = `## Hide and lock (for a class)

Two URL parameters trim a lab for a class, as TF Playground's hide-controls do:
\`hide=learningRate,momentum,landscape\` takes those controls or panels off the page, and
\`lock=speed,dataset\` shows them but makes them not editable (disabled, with "Locked by the
course" under the control and as its tooltip, in the page's language). Example:
\`?lab=network&hide=landscape,gradientCheck&lock=dataset,problem\`.

- The names are the ones below: every setting (the field names of the tables above; a Valley
  racer's setting as \`racers.<key>\`, for every racer at once), the lab's panels, its buttons,
  and the page's language selector and navigation. Names are case-sensitive and separated by
  commas. A name the lab does not have is reported by name on the lab's message line, never
  ignored in silence. A name in both lists is hidden.
- A hidden setting keeps its value: the URL's (or its default). A locked setting cannot be
  changed by the student: its control is disabled (the keyboard cannot reach it either) and a
  click on a plot that would change it is refused (a locked \`points\` keeps the data as
  given); the message line says so.
- \`hide\` and \`lock\` are page settings, not part of the model: they stay in the address as
  the lab rewrites it and across a language switch, but Export scenario does not write them
  and a scenario file cannot set them. Give them in the link (or the iframe's \`src\`).
- A setting marked "no control on the page" has no control to hide; \`lock\` still keeps its
  value fixed.`;

/**
 * The hide/lock section: how the two parameters work and a table of names per lab.
 * @param {{ table: { lab: string }, title: string }[]} labs
 */
function trimSection(labs) {
  const tables = labs.map(
    ({ table, title }) => `### ${title}\n\n${trimTable(trimNames(table.lab))}\n`,
  );
  return `${TRIM_INTRO}\n\n${tables.join('\n')}`;
}

/**
 * The whole of docs/parameters.md.
 * @param {import('../engine/engine.js').Engine} engine the names come from it
 * @returns {string}
 */
export function parametersDoc(engine) {
  const labs = labTables(engine);
  const sections = labs.map(
    ({ table, title, names }) => `## ${title}\n\n${parameterTable(table, names)}\n`,
  );
  return `${INTRO}\n\n${sections.join('\n')}\n${trimSection(labs)}`;
}
