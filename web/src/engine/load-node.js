// Loads the same wasm artifact the browser uses, in Node (tests, headless runner, benchmarks).
// The ES6 glue is built for web/worker only, so Node hands it the bytes
// (CONTRIBUTING.md, pitfall 3).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Engine } from './engine.js';

const generated = new URL('./generated/', import.meta.url);

/** @returns {Promise<Engine>} */
export async function loadEngine() {
  const { default: createDescentCore } = await import(new URL('descent-core.js', generated).href);
  const wasmBinary = readFileSync(fileURLToPath(new URL('descent-core.wasm', generated)));
  const core = await createDescentCore({ wasmBinary });
  return new Engine(core);
}
