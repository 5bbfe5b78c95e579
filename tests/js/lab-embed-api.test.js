// @vitest-environment happy-dom
// The lab side of the host API on the four real labs (real core, stubbed canvases and charts):
// each lab's summary() counts its steps and reports a finite cost, and the commands a course
// page sends (step, read, setState) do what docs/embedding.md says, refusing bad input by name.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { Engine } from '../../web/src/engine/engine.js';
import createDescentCore from '../../web/src/engine/generated/descent-core.js';
import { translator } from '../../web/src/i18n/i18n.js';
import { loadAllLabs } from '../../web/src/labs/registry.js';
import { mountLab } from '../../web/src/labs/mount-lab.js';
import { LabMessages } from '../../web/src/embed/lab-messages.js';
import { manualFrames } from './lab-test-frames.js';

// Every lab with its class loaded (the page imports only the one it shows).
const LABS = await loadAllLabs();

// KaTeX refuses to render in a document without a doctype (happy-dom's), before any import.
vi.hoisted(() => Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat' }));

vi.mock('../../web/src/views/line-chart.js', () => ({
  LineChart: class {
    constructor() {
      this.chart = { options: { scales: { y: { ticks: {} }, x: { ticks: {} } } }, update() {} };
    }
    setSeries() {}
    setLogScale() {}
    setLabels() {}
    dispose() {}
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

let engine;
beforeAll(async () => {
  const wasmBinary = readFileSync('web/src/engine/generated/descent-core.wasm');
  engine = new Engine(await createDescentCore({ wasmBinary }));
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
  manualFrames();
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// Per lab: its start query, a setting the host may change, one the lab would correct.
const CASES = {
  valley: { query: 'surface=bowl&on=sgd.momentum', good: 'kappa=50', bad: 'kappa=5000' },
  regression: { query: 'data=commute', good: 'lr=0.05', bad: 'lr=99' },
  classification: { query: 'data=gauss', good: 'lr=0.05', bad: 'lr=99' },
  network: { query: 'data=xor&layers=3', good: 'lr=0.05', bad: 'lr=99' },
};

describe.each(LABS.map((definition) => [definition.id, definition]))('%s lab', (id, definition) => {
  it('summarises its run and obeys the host commands', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const cases = CASES[id];
    const controller = mountLab(definition, {
      root,
      engine,
      t: translator('en'),
      query: new URLSearchParams(cases.query),
      writeUrl: () => {},
    });
    const messages = new LabMessages({
      labId: id,
      query: new URLSearchParams(),
      language: () => 'en',
    });
    messages.attach(controller);

    expect(controller.summary()?.step).toBe(0);
    for (let k = 0; k < 3; k++) controller.run('step');
    const summary = controller.summary();
    expect(summary?.step).toBe(3);
    expect(Number.isFinite(summary?.cost)).toBe(true);

    // step with a count: one call into the core; bad counts are refused by name.
    expect(messages.obey({ type: 'step', count: 5 }).summary.step).toBe(8);
    expect(() => messages.obey({ type: 'step', count: 0 })).toThrow(/step count/);
    expect(() => messages.obey({ type: 'jump' })).toThrow(/unknown command "jump"/);

    const read = messages.obey({ type: 'read' });
    expect(read).toMatchObject({ lab: id, language: 'en', playing: false });
    expect(read.summary.step).toBe(8);

    // setState with URL-style parameters: merged over the current ones.
    const [key, value] = cases.good.split('=');
    const changed = messages.obey({ type: 'setState', params: cases.good });
    expect(new URLSearchParams(changed.params).get(key)).toBe(value);
    const kept = JSON.stringify(controller.state);
    const badKey = cases.bad.split('=')[0];
    const refusals = [
      [{ params: cases.bad }, new RegExp(`refused: ${badKey.replace('.', '\\.')}=`)],
      [{ params: { bogus: 1 } }, /unknown parameter\(s\) for the .* lab: bogus/],
      [{ params: 'lang=zh' }, /"lang" picks the page/],
      [{ params: 5 }, /params must be/],
      [{}, /exactly one of "params" or "scenario"/],
      [{ scenario: [] }, /scenario must be an object/],
    ];
    for (const [patch, reason] of refusals) {
      expect(() => messages.obey({ type: 'setState', ...patch })).toThrow(reason);
      expect(JSON.stringify(controller.state)).toBe(kept);
    }

    messages.dispose();
    controller.dispose();
    root.remove();
  });
});

describe('a scenario patch', () => {
  it('replaces the sections it gives and is refused by name when bad', () => {
    const definition = LABS.find((lab) => lab.id === 'valley');
    const root = document.createElement('div');
    const controller = mountLab(definition, {
      root,
      engine,
      t: translator('en'),
      query: new URLSearchParams('surface=bowl&kappa=20'),
      writeUrl: () => {},
    });
    const messages = new LabMessages({
      labId: 'valley',
      query: new URLSearchParams(),
      language: () => 'en',
    });
    messages.attach(controller);
    messages.obey({ type: 'setState', scenario: { surface: { name: 'rosenbrock' } } });
    expect(controller.state.surface).toBe('rosenbrock');
    const bad = { type: 'setState', scenario: { surface: { name: 'nowhere' } } };
    expect(() => messages.obey(bad)).toThrow(/nowhere/);
    expect(controller.state.surface).toBe('rosenbrock');
    messages.dispose();
    controller.dispose();
  });
});
