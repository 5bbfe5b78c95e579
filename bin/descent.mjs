#!/usr/bin/env node
// The headless runner: runs a scenario file (docs/scenarios.md) with the same wasm core and the
// same lab modules the browser uses, and prints the result as JSON on stdout.
//
//   node bin/descent.mjs run scenario.json [--steps N] [--compact]
//   node bin/descent.mjs check scenario.json      (validate only: prints the lab state)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const USAGE = `Usage:
  descent run <scenario.json> [--steps N] [--compact]   run a scenario, print the result as JSON
  descent check <scenario.json>                          validate a scenario, print its lab state
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
if (command !== 'run' && command !== 'check') fail(`unknown command '${command}'.\n${USAGE}`);
if (!file) fail(`'${command}' needs a scenario file.\n${USAGE}`);
if (!existsSync(file)) fail(`no such file: ${file}`);

const generated = new URL('../web/src/engine/generated/descent-core.wasm', import.meta.url);
if (!existsSync(fileURLToPath(generated))) {
  fail('the wasm core is not built yet. Run `npm run build` (or `npm start`) once, then try again.');
}

const { parseScenario, runScenario, stateFromScenario } = await import('../web/src/scenario/scenario.js');
const { loadEngine } = await import('../web/src/engine/load-node.js');

let scenario;
try {
  scenario = parseScenario(readFileSync(file, 'utf8'));
  const stepsAt = rest.indexOf('--steps');
  if (stepsAt >= 0) {
    const steps = Number(rest[stepsAt + 1]);
    if (!Number.isInteger(steps) || steps < 0) fail(`--steps needs a whole number (got ${rest[stepsAt + 1]}).`);
    scenario = { ...scenario, run: { steps } };
  }
  const output =
    command === 'check' ? stateFromScenario(scenario) : runScenario(await loadEngine(), scenario);
  process.stdout.write(`${JSON.stringify(output, null, rest.includes('--compact') ? 0 : 2)}\n`);
} catch (error) {
  fail(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}
