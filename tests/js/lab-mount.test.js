// @vitest-environment happy-dom
// The four real labs on the LabController and the real core, without a browser: the charts are
// stubbed (Chart.js needs a real canvas) and canvases draw into a context that does nothing.
// Every object the engine hands out (and every object those make) is tracked, so the test sees
// whether dispose releases them all.
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../web/src/i18n/i18n.js';
import { loadAllLabs } from '../../web/src/labs/registry.js';
import { mountLab } from '../../web/src/labs/mount-lab.js';
import { importScenario } from '../../web/src/labs/shared/lab-files.js';
import { labTestSetUp } from './lab-test-mount.js';

// Every lab with its class loaded (the page imports only the one it shows).
const LABS = await loadAllLabs();

// KaTeX refuses to render in a document without a doctype (happy-dom's), before any import.
vi.hoisted(() => Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat' }));

vi.mock('../../web/src/views/line-chart.js', async () => ({
  LineChart: (await import('./lab-dom-stubs.js')).StubChart,
}));

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

const setUp = labTestSetUp();

const QUERIES = {
  valley: 'surface=bowl&on=sgd.momentum',
  regression: 'data=commute',
  classification: 'dataset=gaussians',
  network: 'data=xor&layers=3',
};

describe.each(LABS.map((definition) => [definition.id, definition]))('%s lab', (id, definition) => {
  it('runs, steps, resets, re-imports its scenario and releases every engine object', async () => {
    const live = new Set();
    const engine = trackingEngine(setUp.engine, live);
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
    setUp.frames.run(3);
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
    setUp.frames.run(2);
    expect(setUp.frames.pending()).toBe(0);
    expect(root.childElementCount).toBe(0);
  });
});
