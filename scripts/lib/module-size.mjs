// The size of the wasm module the page loads (web/src/engine/generated/descent-core.{wasm,js})
// and whether its glue went through the Closure Compiler (cmake/wasm.cmake): the load-size
// target of bench/README.md, checked by `npm test` and reported by `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const GENERATED_DIR = 'web/src/engine/generated';
/** The target for descent-core.wasm + descent-core.js, gzip -9 (bench/README.md). */
export const MODULE_GZIP_LIMIT = 150 * 1024;

/**
 * Names of Emscripten's own glue functions (Embind's registration machinery) that survive
 * Emscripten's -O3 whitespace minifier but never the Closure Compiler, which renames them.
 */
const UNMINIFIED_GLUE_NAMES = ['whenDependentTypesAreResolved', 'craftInvokerFunction'];

/** @param {string} path @returns {number} bytes after gzip -9 */
export const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * @param {string} [dir] where the module was built
 * @returns {{ wasm: number, glue: number, total: number, minified: boolean } | null} gzip sizes
 *   in bytes, or null when the module is not built
 */
export function measureModule(dir = GENERATED_DIR) {
  const wasmPath = `${dir}/descent-core.wasm`;
  const gluePath = `${dir}/descent-core.js`;
  if (!existsSync(wasmPath) || !existsSync(gluePath)) return null;
  const glueSource = readFileSync(gluePath, 'utf8');
  const wasm = gzipSize(wasmPath);
  const glue = gzipSize(gluePath);
  const minified = !UNMINIFIED_GLUE_NAMES.some((name) => glueSource.includes(name));
  return { wasm, glue, total: wasm + glue, minified };
}

/** @param {number} bytes */
export const kilobytes = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/**
 * One line for people: "module 146.01 KB gzip (wasm 137.12 KB + glue 8.89 KB, minified glue)".
 * @param {NonNullable<ReturnType<typeof measureModule>>} size
 */
export function describeModule(size) {
  const glueState = size.minified ? 'minified glue' : 'glue NOT minified';
  return (
    `module ${kilobytes(size.total)} gzip (wasm ${kilobytes(size.wasm)} + ` +
    `glue ${kilobytes(size.glue)}, ${glueState}; target ≤ ${kilobytes(MODULE_GZIP_LIMIT)})`
  );
}
