// @vitest-environment happy-dom
/* global document -- happy-dom provides it (this file's environment) */
// hide= and lock= on the four real labs (real core, stubbed charts and canvases, as in
// lab-mount.test.js): every name docs/parameters.md says has a control is registered on the
// page, a hidden one is marked hidden, a locked one is disabled (or inert) with the hint, a
// locked field cannot change by any path, and unknown names are reported by name.
import { describe, expect, it, vi } from 'vitest';
import { loadAllLabs } from '../../web/src/labs/registry.js';
import { OPTIMIZERS, SCHEDULES } from '../../web/src/state/valley-state.js';
import { trimNames } from '../../web/src/state/trim-names.js';
import { labTestSetUp, mountInPage } from './lab-test-mount.js';

// Every lab with its class loaded (the page imports only the one it shows).
const LABS = await loadAllLabs();

// KaTeX refuses to render in a document without a doctype (happy-dom's), before any import.
vi.hoisted(() => Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat' }));

vi.mock('../../web/src/views/line-chart.js', async () => ({
  LineChart: (await import('./lab-dom-stubs.js')).StubChart,
}));

const setUp = labTestSetUp();

/** Patches that make a lab build its conditional controls (each builds some of them). */
const REVEAL = {
  valley: (state) => [
    { racers: state.racers.map((r) => ({ ...r, enabled: true })) },
    ...OPTIMIZERS.map((focus) => ({ focus })),
    ...SCHEDULES.map((schedule) => ({
      racers: state.racers.map((r) => (r.optimizer === state.focus ? { ...r, schedule } : r)),
    })),
  ],
  regression: () => [],
  classification: () => [],
  network: () => [
    { optimizer: 'momentum' },
    { optimizer: 'adam' },
    { optimizer: 'rmsprop' },
    { init: 'uniform' },
  ],
};

/** One lab mounted from `search`, in `language`. */
const mount = (definition, search, language = 'en') =>
  mountInPage(definition, setUp.engine, search, language);

/** Lets the microtask that marks a locked control's label run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe.each(LABS.map((definition) => [definition.id, definition]))('%s lab', (id, definition) => {
  it('registers every name that has a control on the page', () => {
    const { controller } = mount(definition, '');
    const initial = controller.state;
    for (const patch of REVEAL[id](initial)) controller.change(patch);
    const registered = [...controller.controls.byName.keys()];
    const page = trimNames(id).filter((entry) => entry.control && entry.kind !== 'page');
    const missing = page.map((entry) => entry.name).filter((name) => !registered.includes(name));
    expect(missing).toEqual([]);
    // And every registered name is documented (the message line is not a control).
    const known = new Set(trimNames(id).map((entry) => entry.name));
    const undocumented = registered.filter((name) => name !== 'message' && !known.has(name));
    expect(undocumented).toEqual([]);
    controller.dispose();
  });

  it('hides and locks by name, and refuses a change to a locked field', async () => {
    const rate = id === 'valley' ? 'racers.learningRate' : 'learningRate';
    const { root, controller } = mount(definition, `hide=${rate},exportPng&lock=speed,reset`);
    await settle();
    const controls = controller.controls;
    expect(controls.get(rate)?.getAttribute('data-trim')).toBe('hidden');
    expect(controls.get('exportPng')?.getAttribute('data-trim')).toBe('hidden');
    const speed = /** @type {HTMLInputElement} */ (controls.get('speed'));
    expect(speed.disabled).toBe(true);
    expect(speed.title).toBe('Locked by the course');
    expect(speed.closest('.control')?.getAttribute('data-locked-hint')).toBe(
      'Locked by the course',
    );
    expect(/** @type {HTMLButtonElement} */ (controls.get('reset')).disabled).toBe(true);
    // A hidden field keeps its value; a locked one cannot change by any path.
    const before = controller.state.speed;
    controller.change({ speed: before + 1 });
    expect(controller.state.speed).toBe(before);
    expect(root.querySelector('[data-testid="message"]')?.textContent).toBe(
      '"speed" is locked by the course and cannot be changed here.',
    );
    controller.dispose();
  });

  it('reports unknown names by name, in the page language', () => {
    const en = mount(definition, 'hide=wings,speed&lock=tail');
    expect(en.controller.controls.messageText()).toBe(
      'Unknown name in hide= or lock=: "wings", "tail". ' +
        "This lab's names are listed in docs/parameters.md.",
    );
    en.controller.dispose();
    const zh = mount(definition, 'hide=wings', 'zh');
    expect(zh.controller.controls.messageText()).toContain('未知名称："wings"');
    zh.controller.dispose();
  });
});

describe('Network lab', () => {
  const network = /** @type {any} */ (LABS.find((definition) => definition.id === 'network'));

  it('keeps a hidden or locked settings control so after every re-render', () => {
    const { controller } = mount(network, 'hide=noise&lock=learningRate');
    controller.change({ optimizer: 'adam' }); // the settings panel is built again
    expect(controller.controls.get('noise')?.getAttribute('data-trim')).toBe('hidden');
    const rate = /** @type {HTMLSelectElement} */ (controller.controls.get('learningRate'));
    expect(rate.isConnected).toBe(true);
    expect(rate.disabled).toBe(true);
    controller.dispose();
  });

  it('makes a locked panel inert and locks the layer buttons with hiddenSizes', () => {
    const { root, controller } = mount(network, 'lock=landscape,hiddenSizes,points');
    expect(controller.controls.get('landscape')?.hasAttribute('inert')).toBe(true);
    const plus = /** @type {HTMLButtonElement} */ (
      root.querySelector('[data-testid="layer-plus"]')
    );
    expect(plus.disabled).toBe(true);
    const sizes = controller.state.hiddenSizes;
    controller.change({ hiddenSizes: [...sizes, 2] });
    expect(controller.state.hiddenSizes).toEqual(sizes);
    // A click on the heat map (a point added) is refused too.
    controller.lab.addPoint([0.5, 0.5, 1]);
    expect(controller.state.points).toEqual([]);
    controller.dispose();
  });
});

describe('Valley lab', () => {
  const valley = /** @type {any} */ (LABS.find((definition) => definition.id === 'valley'));

  it('locks a racer setting in every racer, whichever is focused', () => {
    const { controller } = mount(valley, 'lock=racers.learningRate');
    const state = controller.state;
    const racers = state.racers.map((r) => ({ ...r, learningRate: r.learningRate * 2 }));
    controller.change({ racers });
    expect(controller.state.racers).toEqual(state.racers);
    // Another member field of the group is not locked.
    const enabled = state.racers.map((r) => ({ ...r, enabled: true }));
    controller.change({ racers: enabled });
    expect(controller.state.racers.every((r) => r.enabled)).toBe(true);
    controller.dispose();
  });
});
