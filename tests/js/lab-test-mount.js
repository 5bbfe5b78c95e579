// The set-up the tests that mount real labs share: the real core loaded from its file, silent
// canvases and manual animation frames for the whole file, and a lab mounted in the document.
// (Chart.js and KaTeX's doctype check are handled in each test file: vi.mock and vi.hoisted
// must be hoisted there.)
import { afterAll, beforeAll, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { Engine } from '../../web/src/engine/engine.js';
import createDescentCore from '../../web/src/engine/generated/descent-core.js';
import { translator } from '../../web/src/i18n/i18n.js';
import { mountLab } from '../../web/src/labs/mount-lab.js';
import { stubCanvases } from './lab-dom-stubs.js';
import { manualFrames } from './lab-test-frames.js';
import { loadKatex } from '../../web/src/views/katex-loader.js';

/**
 * Registers the file's beforeAll and afterAll hooks. The returned object's `engine` (the real
 * core) and `frames` (from manualFrames) are set once beforeAll has run.
 * @returns {{ engine: Engine, frames: ReturnType<typeof manualFrames> }}
 */
export function labTestSetUp() {
  const setUp = { engine: undefined, frames: undefined };
  beforeAll(async () => {
    // As load-node.js does, by path: under happy-dom, import.meta.url based URLs are http ones.
    const wasmBinary = readFileSync('web/src/engine/generated/descent-core.wasm');
    setUp.engine = new Engine(await createDescentCore({ wasmBinary }));
    stubCanvases();
    setUp.frames = manualFrames();
  });
  afterAll(async () => {
    await settlePanels();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  return setUp;
}

/**
 * One lab mounted in a new element of the document, from `search`, in `language`; URL writes
 * are dropped.
 * @param {any} definition @param {Engine} engine @param {string} search
 * @param {string} [language]
 */
export function mountInPage(definition, engine, search, language = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  const controller = mountLab(definition, {
    root,
    engine,
    t: translator(language),
    query: new URLSearchParams(search),
    writeUrl: () => {},
  });
  return { root, controller };
}

/**
 * Lets panels that wait for KaTeX (loaded on demand) finish drawing before the test file's
 * document goes away: a render after the teardown would find no document.
 */
export async function settlePanels() {
  await loadKatex().catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 0));
}
