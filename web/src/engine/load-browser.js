// Loads the wasm core in the browser. Vite resolves the .wasm to a hashed, relative URL.
import createDescentCore from './generated/descent-core.js';
import wasmUrl from './generated/descent-core.wasm?url';
import { Engine } from './engine.js';

/** @returns {Promise<Engine>} */
export async function loadEngine() {
  const core = await createDescentCore({ locateFile: () => wasmUrl });
  return new Engine(core);
}
