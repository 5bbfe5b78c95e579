// @vitest-environment happy-dom
// Nothing the user made is lost (issue 11, items 2 and 3): a valid CSV of any size the parser
// reads loads, data too long for the URL are kept in browser storage under a content hash the
// URL references, a refusal keeps the current data and says why, leaving asks first, the page
// says what its URL reading changed, and a Valley race with no racer is refused by name.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Engine } from '../../web/src/engine/engine.js';
import createDescentCore from '../../web/src/engine/generated/descent-core.js';
import { translator } from '../../web/src/i18n/i18n.js';
import { loadAllLabs } from '../../web/src/labs/registry.js';
import { mountLab } from '../../web/src/labs/mount-lab.js';
import { importScenario } from '../../web/src/labs/shared/lab-files.js';
import { DataStore, MAX_STORED_TEXTS } from '../../web/src/labs/shared/stored-data.js';
import { dataReference, sha256Hex } from '../../web/src/state/data-reference.js';
import { MAX_CSV_LENGTH, MAX_URL_CSV } from '../../web/src/state/regression-state.js';
import { NO_RACER, runScenario } from '../../web/src/scenario/valley-scenario.js';
import { MemoryStorage, stubCanvases } from './lab-dom-stubs.js';
import { manualFrames } from './lab-test-frames.js';
import { settlePanels } from './lab-test-mount.js';

// Every lab with its class loaded (the page imports only the one it shows).
const LABS = await loadAllLabs();
const findLab = (id) => /** @type {any} */ (LABS.find((lab) => lab.id === id));

// KaTeX refuses to render in a document without a doctype (happy-dom's), before any import.
vi.hoisted(() => Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat' }));
vi.mock('../../web/src/views/line-chart.js', async () => ({
  LineChart: (await import('./lab-dom-stubs.js')).StubChart,
}));

let engine;
beforeAll(async () => {
  const wasmBinary = readFileSync('web/src/engine/generated/descent-core.wasm');
  engine = new Engine(await createDescentCore({ wasmBinary }));
  stubCanvases();
  manualFrames();
});
afterAll(async () => {
  await settlePanels();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A CSV of `rows` rows y = 2x + 1 (plus a little wiggle), over 200,000 characters at 12,000. */
function csvOf(rows) {
  const lines = ['x,y'];
  for (let i = 0; i < rows; i++) {
    const x = (i / rows) * 4 - 2;
    lines.push(`${x.toFixed(9)},${(2 * x + 1 + 0.01 * Math.sin(i)).toFixed(9)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Mounts a lab the way main.js does, with its own storage, window and URL log.
 * @param {string} id @param {string} query
 * @param {{ store?: DataStore, language?: 'en' | 'zh' }} [options]
 */
function mount(id, query, { store = new DataStore(new MemoryStorage()), language = 'en' } = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const urls = [];
  const window = new EventTarget();
  const controller = mountLab(findLab(id), {
    root,
    engine,
    t: translator(language),
    query: new URLSearchParams(query),
    writeUrl: (q) => urls.push(q),
    store,
    window,
  });
  const text = (testid) => root.querySelector(`[data-testid="${testid}"]`)?.textContent ?? '';
  const note = () => /** @type {HTMLElement} */ (root.querySelector('[data-testid="data-note"]'));
  /** Whether leaving now would ask first. */
  const asksToLeave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };
  return { controller, root, urls, store, text, note, asksToLeave };
}

/** Loads `text` as a CSV file through the Regression lab's file input path. */
async function loadCsv(page, text) {
  await page.controller.lab.loadCsv(/** @type {File} */ ({ text: async () => text }));
}

describe('the content hash', () => {
  it('is the SHA-256 of the UTF-8 text, as node:crypto gives it', () => {
    const texts = ['', 'abc', 'x'.repeat(55), 'x'.repeat(64), '数据 ü,1\n'.repeat(999), csvOf(300)];
    for (const text of texts) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
    expect(dataReference('abc')).toMatch(/^#sha256:ba7816bf8f01cfea414140de5dae2223b0036/);
  });
});

describe('a valid CSV within the parser limits always loads (issue 11.2)', () => {
  it('a 12,000-row CSV over 200,000 characters loads, is kept, comes back on reload', async () => {
    const csv = csvOf(12000);
    expect(csv.length).toBeGreaterThan(200000);
    const page = mount('regression', 'data=commute');
    await loadCsv(page, csv);
    expect(page.controller.state.data).toBe('csv');
    expect(page.controller.state.csv).toBe(csv);
    expect(page.text('message')).not.toContain('No CSV file');

    // The URL carries a reference to the content; the browser keeps the text under it.
    const url = page.urls.at(-1);
    expect(url.get('csv')).toBe(`#sha256:${sha256Hex(csv)}`);
    expect(page.store.load(sha256Hex(csv))).toBe(csv);
    expect(page.note().hidden).toBe(false);
    expect(page.note().textContent).toContain('will not carry them to another machine');

    // A reload: the same URL, the same browser.
    const reloaded = mount('regression', url.toString(), { store: page.store, language: 'zh' });
    expect(reloaded.controller.state.csv).toBe(csv);
    expect(reloaded.controller.lab.canRun()).toBe(true);
    expect(reloaded.note().textContent).toContain('链接不会把它们带到另一台机器');
    expect(reloaded.text('message')).toBe('');
  });

  it('a link opened in another browser says that its data are not there', () => {
    const csv = csvOf(200);
    const page = mount('regression', `data=csv&csv=${encodeURIComponent(dataReference(csv))}`);
    expect(page.controller.state.csv).toBe('');
    expect(page.text('message')).toContain(
      "The link's csv refers to imported data kept in another browser",
    );
  });

  it('short CSV text stays in the URL itself', async () => {
    const page = mount('regression', '');
    const csv = csvOf(20);
    expect(csv.length).toBeLessThanOrEqual(MAX_URL_CSV);
    await loadCsv(page, csv);
    expect(page.urls.at(-1).get('csv')).toBe(csv);
    expect(page.note().hidden).toBe(true);
  });

  it('a refused file keeps the current data and says why by name, in both languages', async () => {
    for (const language of /** @type {const} */ (['en', 'zh'])) {
      const page = mount('regression', 'data=sine', { language });
      const before = JSON.stringify(page.controller.state);
      await loadCsv(page, 'x,y\n1,2\n3,abc\n');
      expect(page.text('message')).toContain("line 3, column 2: 'abc' is not a number");
      expect(JSON.stringify(page.controller.state)).toBe(before);

      await loadCsv(page, 'x'.repeat(MAX_CSV_LENGTH + 1));
      const limit = MAX_CSV_LENGTH.toLocaleString('en-US');
      expect(page.text('message')).toContain(limit);
      expect(page.text('message')).toContain(language === 'en' ? 'your data are kept' : '保持不变');
      expect(JSON.stringify(page.controller.state)).toBe(before);
    }
  });
});

describe('data that cannot be kept are said, not dropped (issue 11.2)', () => {
  it('full storage: the note says so, and leaving asks first', async () => {
    const page = mount('regression', '', { store: new DataStore(new MemoryStorage(100000)) });
    expect(page.asksToLeave()).toBe(false);
    const csv = csvOf(12000);
    await loadCsv(page, csv);
    expect(page.controller.state.csv).toBe(csv); // the page still has them
    expect(page.note().dataset.kind).toBe('error');
    expect(page.note().textContent).toContain(
      `The imported data (${csv.length.toLocaleString('en-US')} characters)`,
    );
    expect(page.note().textContent).toContain('its storage is full');
    expect(page.asksToLeave()).toBe(true);
  });

  it('no storage at all (blocked): the note says it is not available', async () => {
    const page = mount('regression', '', { store: new DataStore(null), language: 'zh' });
    await loadCsv(page, csvOf(200));
    expect(page.note().textContent).toContain('浏览器存储不可用');
  });

  it('storage keeps the texts saved last and drops the oldest when full', () => {
    const storage = new MemoryStorage(30000);
    const store = new DataStore(storage);
    const texts = Array.from({ length: MAX_STORED_TEXTS + 2 }, (_, k) => `${k}\n`.repeat(500));
    const hashes = texts.map((text) => store.save(text));
    expect(hashes.every((result) => result.ok)).toBe(true);
    expect(store.load(hashes[0].hash)).toBeNull();
    expect(store.load(hashes.at(-1).hash)).toBe(texts.at(-1));
    expect(store.index()).toHaveLength(MAX_STORED_TEXTS);
    // A text bigger than the quota drops the older ones and then says storage is full.
    expect(store.save('z'.repeat(40000))).toMatchObject({ ok: false, reason: 'full' });
    // A stored text that no longer matches its hash is not used.
    storage.setItem(`descent.data.${hashes.at(-1).hash}`, 'changed');
    expect(store.load(hashes.at(-1).hash)).toBeNull();
  });
});

describe('leaving asks first (issue 11.3)', () => {
  it('not on a plain page; after training, until reset; never once disposed', () => {
    const page = mount('network', 'data=xor');
    expect(page.asksToLeave()).toBe(false);
    page.controller.stepOnce();
    expect(page.asksToLeave()).toBe(true);
    page.controller.reset();
    expect(page.asksToLeave()).toBe(false);
    // An edited weight is work the URL cannot bring back either.
    expect(page.controller.lab.editWeight(1, 0, 0, 0.5)).toBe('');
    expect(page.asksToLeave()).toBe(true);
    page.controller.reset();
    page.controller.stepOnce();
    page.controller.dispose();
    expect(page.asksToLeave()).toBe(false);
  });

  it('imported start weights ask first as well', async () => {
    const page = mount('regression', 'data=commute');
    const scenario = findLab('regression').scenario.scenarioFromState(page.controller.state);
    const file = new File([JSON.stringify({ ...scenario, initial: [0, 0, 0] })], 'start.json');
    expect(await importScenario(page.controller, file)).toBe(true);
    expect(page.asksToLeave()).toBe(true);
  });
});

describe('the page says what its URL reading changed (issue 11.2)', () => {
  it('a bad momentum, once at load, in the page language', () => {
    const english = mount('valley', 'on=momentum&momentum.mu=abc');
    expect(english.text('message')).toBe(
      'The link\'s momentum.mu "abc" is not a finite number; 0.9 is used.',
    );
    const chinese = mount('valley', 'on=momentum&momentum.mu=abc', { language: 'zh' });
    expect(chinese.text('message')).toBe('链接中的 momentum.mu "abc" 不是有限数；改用 0.9。');
  });

  it('600 Network points keep the first 500 and say so; several changes are all listed', () => {
    const points = Array.from({ length: 600 }, (_, k) => `${(k % 10) / 10},0.5,${k % 2}`);
    const page = mount('network', `pts=${points.join(';')}&lr=lots&n=1e9`);
    expect(page.controller.state.points).toHaveLength(500);
    const message = page.text('message');
    expect(message).toContain('has more than 500 points');
    expect(message).toContain('"lots" is not a finite number');
    expect(message).toContain('is outside [20, 2000]; 2000 is used.');
  });
});

describe('a full point set says its limit (issue 11.2)', () => {
  it('a click that would add point 201 in Regression names the limit', () => {
    // On the line y = 0, and one point at y = 1: the plot spans y from 0 to 1 (padded).
    const points = Array.from({ length: 200 }, (_, k) => `${(k / 100).toFixed(2)}:${k ? 0 : 1}`);
    const page = mount('regression', `data=points&pts=${points.join(';')}`);
    const { lab } = page.controller;
    const frame = lab.views.plotFrame;
    lab.views.plotCanvas.getBoundingClientRect = () => ({
      left: 0,
      top: 0,
      width: frame.width,
      height: frame.height,
    });
    // Far from every point: an add, not a remove.
    const [clientX, clientY] = frame.toPixel(1.5, 0.6);
    expect(frame.contains(clientX, clientY)).toBe(true);
    lab.clickPlot(/** @type {MouseEvent} */ ({ clientX, clientY }));
    expect(page.controller.state.points).toHaveLength(400);
    expect(page.text('message')).toBe(
      'The point set is full: at most 200 points. Click a point to remove it.',
    );
  });
});

describe('a Valley race with every racer off (issue 11.5)', () => {
  it('the page says nothing can run; the runner refuses it by name before running', () => {
    const page = mount('valley', 'on=none');
    expect(page.controller.lab.canRun()).toBe(false);
    expect(page.text('message')).toBe('No racer is on: switch one on to run.');
    const scenario = { format: 'descent-scenario', lab: 'valley', racers: [] };
    expect(() => runScenario(engine, scenario)).toThrow(NO_RACER);
  });
});
