#!/usr/bin/env node
// The headless runner: runs a scenario file (docs/scenarios.md) with the same wasm core and the
// same lab modules the browser uses, and prints the result as JSON on stdout.
//
//   node bin/descent.mjs run scenario.json... [--steps N] [--compact]
//   node bin/descent.mjs check scenario.json...   (validate only: prints the lab state)
// Several files print one object of results by file name.
//   node bin/descent.mjs parameters               (prints docs/parameters.md)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const USAGE = `Usage:
  descent run <scenario.json>... [--steps N] [--compact]  run scenarios, print the results (JSON)
  descent check <scenario.json>...                         validate, print each lab state
  descent parameters                                       print the parameter tables (Markdown)
See docs/scenarios.md for the format and examples.`;

function fail(message) {
  process.stderr.write(`descent: ${message}\n`);
  process.exit(1);
}

const [command, ...args] = process.argv.slice(2);
if (!command || command === 'help' || command === '--help' || command === '-h') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(command ? 0 : 1);
}
if (!['run', 'check', 'parameters'].includes(command)) {
  fail(`unknown command '${command.slice(0, 60)}'.\n${USAGE}`);
}
const stepsAt = args.indexOf('--steps');
const stepsText = stepsAt >= 0 ? (args[stepsAt + 1] ?? '') : null;
const compact = args.includes('--compact');
const files = args.filter((arg, i) => !arg.startsWith('--') && (stepsAt < 0 || i !== stepsAt + 1));
if (command !== 'parameters' && files.length === 0) {
  fail(`'${command}' needs a scenario file.\n${USAGE}`);
}
for (const file of files) if (!existsSync(file)) fail(`no such file: ${file}`);
if (stepsText !== null && (!/^\d+$/.test(stepsText) || !Number.isSafeInteger(Number(stepsText)))) {
  fail(`--steps needs a whole number (got ${JSON.stringify(stepsText.slice(0, 60))}).`);
}

const generated = new URL('../web/src/engine/generated/descent-core.wasm', import.meta.url);
if (!existsSync(fileURLToPath(generated))) {
  fail('the wasm core is not built yet. Run `npm run build` (or `npm start`) once, then retry.');
}

const { loadEngine } = await import('../web/src/engine/load-node.js');
if (command === 'parameters') {
  const { parametersDoc } = await import('../web/src/state/parameters-doc.js');
  process.stdout.write(parametersDoc(await loadEngine()));
  process.exit(0);
}
const { parseScenario, runScenario, stateFromScenario } =
  await import('../web/src/scenario/scenario.js');

const engine = await loadEngine();
/** The output of one file; exits with a message naming the file when it is refused. */
function outputOf(file) {
  try {
    let scenario = parseScenario(readFileSync(file, 'utf8'));
    if (stepsText !== null) scenario = { ...scenario, run: { steps: Number(stepsText) } };
    if (command === 'check') return stateFromScenario(scenario, engine);
    return runScenario(engine, scenario);
  } catch (error) {
    return fail(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
// One file prints its result; several print an object of results by file name.
const output =
  files.length === 1
    ? outputOf(files[0])
    : Object.fromEntries(files.map((file) => [file, outputOf(file)]));
process.stdout.write(`${JSON.stringify(output, null, compact ? 0 : 2)}\n`);
