#!/usr/bin/env node
// The headless runner: runs a scenario file (docs/scenarios.md) with the same wasm core and the
// same lab modules the browser uses, and prints the result as JSON on stdout.
//
//   node bin/descent.mjs run scenario.json [--steps N] [--compact]
//   node bin/descent.mjs check scenario.json      (validate only: prints the lab state)
//   node bin/descent.mjs parameters               (prints docs/parameters.md)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const USAGE = `Usage:
  descent run <scenario.json> [--steps N] [--compact]   run a scenario, print the result as JSON
  descent check <scenario.json>                          validate a scenario, print its lab state
  descent parameters                                     print the parameter tables (Markdown)
See docs/scenarios.md for the format and examples.`;

function fail(message) {
  process.stderr.write(`descent: ${message}\n`);
  process.exit(1);
}

const [command, file, ...rest] = process.argv.slice(2);
if (!command || command === 'help' || command === '--help' || command === '-h') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(command ? 0 : 1);
}
if (!['run', 'check', 'parameters'].includes(command)) {
  fail(`unknown command '${command.slice(0, 60)}'.\n${USAGE}`);
}
if (command !== 'parameters' && !file) fail(`'${command}' needs a scenario file.\n${USAGE}`);
if (command !== 'parameters' && !existsSync(file)) fail(`no such file: ${file}`);

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
const { parseScenario, runScenario, stateFromScenario } = await import(
  '../web/src/scenario/scenario.js'
);

let scenario;
try {
  scenario = parseScenario(readFileSync(file, 'utf8'));
  const stepsAt = rest.indexOf('--steps');
  if (stepsAt >= 0) {
    const text = rest[stepsAt + 1] ?? '';
    const steps = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(steps)) {
      fail(`--steps needs a whole number (got ${JSON.stringify(text.slice(0, 60))}).`);
    }
    scenario = { ...scenario, run: { steps } };
  }
  const engine = await loadEngine();
  const output =
    command === 'check' ? stateFromScenario(scenario, engine) : runScenario(engine, scenario);
  process.stdout.write(`${JSON.stringify(output, null, rest.includes('--compact') ? 0 : 2)}\n`);
} catch (error) {
  fail(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}
