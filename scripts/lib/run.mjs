// Running commands from the project scripts: echo them, stream their output, fail clearly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Environment for every Emscripten call: Debian's acorn lives in /usr/share/nodejs (TOOLCHAIN.md
 * pitfall 1), and Debian ships no Closure Compiler, so the npm one (a devDependency pinned to the
 * version Emscripten 3.1.6 was made for) minifies the module's glue (cmake/wasm.cmake).
 * Computed at each call, not at import: on a clean clone the set-up installs node_modules (and
 * the Closure Compiler with it) after the scripts have imported this module.
 * @returns {NodeJS.ProcessEnv}
 */
export function emscriptenEnv() {
  const closureCompiler = resolve('node_modules/.bin/google-closure-compiler');
  return {
    ...process.env,
    NODE_PATH: ['/usr/share/nodejs', process.env.NODE_PATH].filter(Boolean).join(':'),
    ...(existsSync(closureCompiler) ? { EM_CLOSURE_COMPILER: closureCompiler } : {}),
  };
}

/**
 * Runs a command with inherited stdio. Returns its exit status (never throws).
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, quiet?: boolean }} [options]
 */
export function run(command, args, options = {}) {
  if (!options.quiet) console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: options.quiet ? 'pipe' : 'inherit',
    env: options.env ?? process.env,
    cwd: options.cwd,
  });
  if (result.error) {
    console.error(`could not run ${command}: ${result.error.message}`);
    return 127;
  }
  return result.status ?? 1;
}

/**
 * Runs a command and captures its output (stdout and stderr together) while echoing it.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string }} [options]
 * @returns {{ status: number, output: string }}
 */
export function runCapture(command, args, options = {}) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    env: options.env ?? process.env,
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = (result.stdout ?? '') + (result.stderr ?? '');
  process.stdout.write(output);
  if (result.error) return { status: 127, output: output + result.error.message };
  return { status: result.status ?? 1, output };
}

/** Runs a command and exits the process with a message when it fails. */
export function runOrExit(command, args, options = {}) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${status})`);
    process.exit(status);
  }
}
