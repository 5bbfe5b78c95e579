// The two CMake builds. Both are incremental: configure once, then let CMake rebuild what changed.
import { existsSync } from 'node:fs';
import { emscriptenEnv, run, runOrExit } from './run.mjs';

export const NATIVE_DIR = 'build/native';
export const WASM_DIR = 'build/wasm';
const JOBS = ['--parallel', '2'];

/** Configures (when needed) and builds the native core, tests and benchmarks. */
export function buildNative(targets = []) {
  if (!existsSync(`${NATIVE_DIR}/CMakeCache.txt`)) {
    runOrExit('cmake', ['-S', '.', '-B', NATIVE_DIR, '-DCMAKE_BUILD_TYPE=Release']);
  }
  const targetArgs = targets.flatMap((t) => ['--target', t]);
  return run('cmake', ['--build', NATIVE_DIR, ...JOBS, ...targetArgs]);
}

/**
 * Configures (when needed) and builds wasm targets: by default only the module the page loads
 * (web/src/engine/generated/descent-core.{js,wasm}).
 */
export function buildWasm(targets = ['descent_core_wasm']) {
  if (!existsSync(`${WASM_DIR}/CMakeCache.txt`)) {
    // emcmake's default emulator passes a flag Node 20 rejects (TOOLCHAIN.md pitfall 4).
    const emulator = '-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node';
    const configure = ['cmake', '-S', '.', '-B', WASM_DIR, '-DCMAKE_BUILD_TYPE=Release', emulator];
    runOrExit('emcmake', configure, { env: emscriptenEnv() });
  }
  const targetArgs = targets.flatMap((t) => ['--target', t]);
  const build = ['--build', WASM_DIR, ...JOBS, ...targetArgs];
  return run('cmake', build, { env: emscriptenEnv() });
}
