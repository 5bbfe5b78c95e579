// @vitest-environment happy-dom
// The four real labs on the LabController and the real core, without a browser: the charts are
// stubbed (Chart.js needs a real canvas) and canvases draw into a context that does nothing.
// Every object the engine hands out (and every object those make) is tracked, so the test sees
// whether dispose releases them all.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { Engine } from '../../web/src/engine/engine.js';
import createDescentCore from '../../web/src/engine/generated/descent-core.js';
import { translator } from '../../web/src/i18n/i18n.js';
import { loadAllLabs } from '../../web/src/labs/registry.js';
import { mountLab } from '../../web/src/labs/mount-lab.js';
import { importScenario } from '../../web/src/labs/shared/lab-files.js';
import { manualFrames } from './lab-test-frames.js';

// Every lab with its class loaded (the page imports only the one it shows).
const LABS = await loadAllLabs();

// KaTeX refuses to render in a document without a doctype (happy-dom's), before any import.
vi.hoisted(() => Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat' }));

vi.mock('../../web/src/views/line-chart.js', () => ({
  LineChart: class {
    constructor() {
      this.series = [];
      this.chart = { options: { scales: { y: { ticks: {} }, x: { ticks: {} } } }, update() {} };
      this.disposed = false;
    }
    setSeries(series) {
      this.series = series;
    }
    setLogScale() {}
    setLabels() {}
    dispose() {
      this.disposed = true;
    }
  },
}));

/** A 2-D context that accepts every call and draws nothing. */
function silentContext(canvas) {
  const image = (w, h) => ({ data: new Uint8ClampedArray(Math.max(1, w * h * 4)), width: w });
  const special = {
    canvas,
    measureText: () => ({ width: 0, actualBoundingBoxAscent: 0, actualBoundingBoxDescent: 0 }),
    getImageData: (x, y, w, h) => image(w, h),
    createImageData: (w, h) => image(w, h),
    createLinearGradient: () => ({ addColorStop() {} }),
    createRadialGradient: () => ({ addColorStop() {} }),
    getTransform: () => ({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }),
  };
  const values = {};
  return new Proxy(values, {
    get: (_, key) => (key in special ? special[key] : key in values ? values[key] : () => {}),
    set: (_, key, value) => {
      values[key] = value;
      return true;
    },
  });
}

/**
 * Wraps an engine object so that everything it creates is tracked too.
 * @param {any} object @param {Set<object>} live objects not yet disposed
 */
function tracked(object, live) {
  if (object === null || typeof object !== 'object' || typeof object.dispose !== 'function') {
    return object;
  }
  live.add(object);
  return new Proxy(object, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (key === 'dispose') {
        return () => {
          live.delete(target);
          return value.call(target);
        };
      }
      return (...args) => tracked(value.apply(target, args.map(unwrap)), live);
    },
  });
}
const originals = new WeakMap();
const unwrap = (value) => originals.get(value) ?? value;

/** The engine with every create* result tracked. */
function trackingEngine(engine, live) {
  return new Proxy(engine, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (!String(key).startsWith('create')) return value.bind(target);
      return (...args) => {
        const made = value.apply(target, args.map(unwrap));
        const wrapped = tracked(made, live);
        originals.set(wrapped, made);
        return wrapped;
      };
    },
  });
}

let core;
let frames;
beforeAll(async () => {
  // As load-node.js does, by path: under happy-dom, import.meta.url based URLs are http ones.
  const wasmBinary = readFileSync('web/src/engine/generated/descent-core.wasm');
  core = new Engine(await createDescentCore({ wasmBinary }));
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function context() {
    return silentContext(this);
  });
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      constructor(width, height) {
        this.width = width;
        this.height = height;
      }
      getContext() {
        return silentContext(this);
      }
    },
  );
  frames = manualFrames();
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const QUERIES = {
  valley: 'surface=bowl&on=sgd.momentum',
  regression: 'data=commute',
  classification: 'dataset=gaussians',
  network: 'data=xor&layers=3',
};

describe.each(LABS.map((definition) => [definition.id, definition]))('%s lab', (id, definition) => {
  it('runs, steps, resets, re-imports its scenario and releases every engine object', async () => {
    const live = new Set();
    const engine = trackingEngine(core, live);
    const root = document.createElement('div');
    document.body.append(root);
    const urls = [];
    const query = new URLSearchParams(QUERIES[id]);
    const t = translator('en');
    const controller = mountLab(definition, {
      root,
      engine,
      t,
      query,
      writeUrl: (q) => urls.push(q.toString()),
    });
    const lab = controller.lab;
    expect(root.querySelector(`[data-testid="${id}-lab"]`)).toBe(lab.element);
    expect(live.size).toBeGreaterThan(0);
    expect(lab.canRun()).toBe(true);

    const step = root.querySelector('[data-testid="readout-step"]');
    /** @type {HTMLButtonElement} */ (root.querySelector('[data-testid="step"]')).click();
    expect(step?.textContent).toBe('1');
    controller.run('play');
    frames.run(3);
    controller.run('pause');
    expect(Number(step?.textContent)).toBeGreaterThan(1);
    controller.run('reset');
    expect(step?.textContent).toBe('0');

    // Its own scenario, exported and imported, gives the same state and a fresh model.
    const scenario = definition.scenario.scenarioFromState(controller.state);
    const before = JSON.stringify(controller.state);
    const file = new File([JSON.stringify(scenario)], 'scenario.json');
    expect(await importScenario(controller, file)).toBe(true);
    expect(JSON.stringify(controller.state)).toBe(before);
    expect(urls.at(-1)).toBe(definition.state.toQuery(controller.state).toString());
    expect(root.querySelector('[data-testid="message"]')?.textContent).toBe('Scenario loaded.');

    // Start weights that do not fit the model are refused by name; the model stays.
    if (id !== 'valley') {
      const liveBefore = live.size;
      const model = JSON.stringify(controller.state);
      const short = new File([JSON.stringify({ ...scenario, initial: [1] })], 'short.json');
      expect(await importScenario(controller, short)).toBe(false);
      expect(root.querySelector('[data-testid="message"]')?.textContent).toContain(
        '"initial" has 1 numbers',
      );
      expect(JSON.stringify(controller.state)).toBe(model);
      expect(live.size).toBe(liveBefore);
    }

    controller.dispose();
    expect([...live].map((object) => object.constructor.name)).toEqual([]);
    // Work the panels sliced across frames sees it was cancelled and asks for no more frames.
    frames.run(2);
    expect(frames.pending()).toBe(0);
    expect(root.childElementCount).toBe(0);
  });
});
