// @vitest-environment happy-dom
// The LabController without a browser: a fake lab (its views are a counter) on a fake engine
// that counts the objects it hands out, driven through the controller's buttons and commands.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../web/src/i18n/i18n.js';
import { LabController } from '../../web/src/labs/shared/lab-controller.js';
import { manualFrames } from './lab-test-frames.js';

const t = translator('en');
const DEFAULTS = Object.freeze({ rate: 0.1, maxSteps: 5, speed: 2 });

/** An engine whose objects must all be disposed: `live` counts them. */
class FakeEngine {
  constructor() {
    this.live = new Set();
    this.made = 0;
  }
  create(kind) {
    const object = { kind, dispose: () => this.live.delete(object) };
    this.live.add(object);
    this.made++;
    return object;
  }
}

/** A lab with one model object and a step counter; draw() only counts. */
class FakeLab {
  constructor(host) {
    this.host = host;
    this.model = null;
    this.steps = 0;
    this.draws = 0;
    this.initial = null;
    this.rebuilds = [];
    const controls = host.controls;
    this.element = document.createElement('section');
    this.element.append(controls.runRow(), controls.message, controls.fileRow());
  }
  rebuild(state, previous, { initial = null } = {}) {
    this.rebuilds.push({ state, previous, initial });
    if (state.rate <= 0) {
      this.host.setMessage(`the core refused rate ${state.rate}`, 'error');
      return false;
    }
    if (!previous || state.rate !== previous.rate) {
      this.model?.dispose();
      this.model = this.host.engine.create('model');
      this.steps = 0;
      this.initial = initial;
    }
    return true;
  }
  canRun() {
    return Boolean(this.model) && this.steps < this.host.state.maxSteps;
  }
  advance(n) {
    this.steps = Math.min(this.steps + n, this.host.state.maxSteps);
    if (this.steps === this.host.state.maxSteps) {
      return { text: `stopped after ${this.steps} steps`, kind: 'info' };
    }
    return null;
  }
  draw() {
    this.draws++;
  }
  reset() {
    this.steps = 0;
  }
  pngCanvas() {
    return null;
  }
  csvRows() {
    return ['step', String(this.steps)];
  }
  initialWeights() {
    return this.initial;
  }
  dispose() {
    this.model?.dispose();
    this.model = null;
  }
}

const fakeScenario = {
  lab: 'fake',
  scenarioFromState: (state) => ({
    format: 'descent-scenario',
    version: 1,
    lab: 'fake',
    rate: state.rate,
  }),
  stateFromScenario(scenario) {
    if (scenario?.lab !== 'fake')
      throw new Error(`This scenario is for the '${scenario?.lab}' lab`);
    if (typeof scenario.rate !== 'number') throw new Error('rate must be a number');
    return { ...DEFAULTS, rate: scenario.rate };
  },
};

/** @type {import('../../web/src/labs/shared/lab-controller.js').LabDefinition} */
const definition = {
  id: 'fake',
  state: {
    fromQuery: () => ({ ...DEFAULTS }),
    toQuery: (state) => new URLSearchParams({ rate: String(state.rate) }),
    normalize: (raw) => ({ ...raw, speed: Math.max(1, Math.round(raw.speed)) }),
  },
  scenario: fakeScenario,
  Lab: FakeLab,
  files: () => ({ scenario: 'fake.json', png: 'fake.png', csv: 'fake.csv' }),
};

let frames;
let engine;
let urls;
function mount(state = { ...DEFAULTS }) {
  const root = document.createElement('div');
  document.body.append(root);
  urls = [];
  const controller = new LabController({
    root,
    engine,
    t,
    definition,
    state,
    onStateChange: (next) => urls.push(definition.state.toQuery(next).toString()),
  });
  return { controller, root, lab: /** @type {FakeLab} */ (controller.lab) };
}
const button = (root, testid) =>
  /** @type {HTMLButtonElement} */ (root.querySelector(`[data-testid="${testid}"]`));
const message = (root) => root.querySelector('[data-testid="message"]')?.textContent;

function jsonFile(value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return new File([text], 'scenario.json', { type: 'application/json' });
}

beforeEach(() => {
  engine = new FakeEngine();
  frames = manualFrames();
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('LabController: the run', () => {
  it('mounts the lab, builds its model once and draws it', () => {
    const { root, lab } = mount();
    expect(root.contains(lab.element)).toBe(true);
    expect(lab.rebuilds).toHaveLength(1);
    expect(lab.rebuilds[0].previous).toBeNull();
    expect(engine.live.size).toBe(1);
    expect(lab.draws).toBe(1);
    expect(button(root, 'play').textContent).toBe('Play');
  });

  it('Play runs the frame loop at `speed` steps a frame; Pause stops it', () => {
    const { controller, root, lab } = mount({ ...DEFAULTS, maxSteps: 100 });
    button(root, 'play').click();
    expect(controller.playing).toBe(true);
    expect(button(root, 'play').textContent).toBe('Pause');
    frames.run(3);
    expect(lab.steps).toBe(6);
    button(root, 'play').click();
    expect(controller.playing).toBe(false);
    expect(button(root, 'play').textContent).toBe('Play');
    frames.run(3);
    expect(lab.steps).toBe(6);
    expect(frames.pending()).toBe(0);
  });

  it('Step advances one step and pauses a running loop', () => {
    const { controller, root, lab } = mount({ ...DEFAULTS, maxSteps: 100 });
    controller.run('play');
    button(root, 'step').click();
    expect(controller.playing).toBe(false);
    expect(lab.steps).toBe(1);
    expect(frames.pending()).toBe(0);
  });

  it("the frame loop stops by itself when the run ends, with the lab's message", () => {
    const { controller, root, lab } = mount();
    controller.run('play');
    frames.run(10);
    expect(lab.steps).toBe(5);
    expect(controller.playing).toBe(false);
    expect(frames.pending()).toBe(0);
    expect(message(root)).toBe('stopped after 5 steps');
    expect(button(root, 'play').textContent).toBe('Play');
    // A finished run does not start again until it is reset.
    controller.run('play');
    expect(controller.playing).toBe(false);
  });

  it('Reset goes back to the start of the run and clears the message', () => {
    const { controller, root, lab } = mount();
    controller.run('play');
    frames.run(10);
    button(root, 'reset').click();
    expect(lab.steps).toBe(0);
    expect(message(root)).toBe('');
    controller.run('play');
    expect(controller.playing).toBe(true);
  });

  it('refuses an unknown command by name', () => {
    const { controller } = mount();
    expect(() => controller.run('fly')).toThrow('Unknown lab command "fly"');
  });

  it('publishes its frame time on the lab element', () => {
    const { controller, lab } = mount({ ...DEFAULTS, maxSteps: 100 });
    controller.run('play');
    frames.run(2);
    expect(Number(lab.element.dataset.frameMs)).toBeGreaterThanOrEqual(0);
    expect(lab.element.dataset.frameMsMax).toBeDefined();
  });
});

describe('LabController: state and URL', () => {
  it('a change is normalised, rebuilt from the previous state and written to the URL', () => {
    const { controller, lab } = mount();
    controller.change({ rate: 0.5, speed: 2.6 });
    expect(controller.state).toEqual({ ...DEFAULTS, rate: 0.5, speed: 3 });
    expect(lab.rebuilds.at(-1).previous).toEqual(DEFAULTS);
    expect(urls.at(-1)).toBe('rate=0.5');
    expect(engine.live.size).toBe(1); // the old model was released
  });

  it('a state the core refuses keeps the previous state and model, and says why', () => {
    const { controller, root, lab } = mount();
    const model = lab.model;
    controller.change({ rate: -1 });
    expect(controller.state.rate).toBe(0.1);
    expect(lab.model).toBe(model);
    expect(message(root)).toBe('the core refused rate -1');
    expect(urls.at(-1)).toBe('rate=0.1');
  });

  it('record() updates the state and the URL without a rebuild', () => {
    const { controller, lab } = mount();
    controller.record({ rate: 0.7 });
    expect(lab.rebuilds).toHaveLength(1);
    expect(urls.at(-1)).toBe('rate=0.7');
  });
});

describe('LabController: import and export', () => {
  it('imports a good scenario with its start weights; the URL follows', async () => {
    const { controller, root, lab } = mount();
    const file = jsonFile({ lab: 'fake', rate: 0.3, initial: [1, 2] });
    const input = /** @type {HTMLInputElement} */ (
      root.querySelector('[data-testid="import-file"]')
    );
    expect(input.hidden).toBe(true);
    const { importScenario } = await import('../../web/src/labs/shared/lab-files.js');
    expect(await importScenario(controller, file)).toBe(true);
    expect(controller.state.rate).toBe(0.3);
    expect(lab.rebuilds.at(-1)).toMatchObject({ previous: null, initial: [1, 2] });
    expect(urls.at(-1)).toBe('rate=0.3');
    expect(message(root)).toBe('Scenario loaded.');
  });

  it.each([
    ['bad JSON', '{ "lab": ', 'JSON'],
    ['another lab', { lab: 'valley', rate: 1 }, "for the 'valley' lab"],
    ['a bad field', { lab: 'fake', rate: 'fast' }, 'rate must be a number'],
    ['bad start weights', { lab: 'fake', rate: 1, initial: [1, 'x'] }, '"initial" must be'],
  ])('refuses %s with one message and keeps the work', async (_, content, reason) => {
    const { controller, root, lab } = mount();
    controller.run('step');
    const model = lab.model;
    const { importScenario } = await import('../../web/src/labs/shared/lab-files.js');
    expect(await importScenario(controller, jsonFile(content))).toBe(false);
    expect(message(root)).toMatch(/^Import refused, your work is kept: /);
    expect(message(root)).toContain(reason);
    expect(controller.state).toEqual(DEFAULTS);
    expect(lab.model).toBe(model);
    expect(lab.steps).toBe(1);
    expect(lab.rebuilds).toHaveLength(1);
  });

  it('a scenario the core refuses keeps the work and says why', async () => {
    const { controller, root, lab } = mount();
    const { importScenario } = await import('../../web/src/labs/shared/lab-files.js');
    expect(await importScenario(controller, jsonFile({ lab: 'fake', rate: -2 }))).toBe(false);
    expect(message(root)).toBe('Import refused, your work is kept: the core refused rate -2');
    expect(controller.state).toEqual(DEFAULTS);
    expect(engine.live.size).toBe(1);
    expect(lab.model).not.toBeNull();
  });

  it('the file input of Import scenario reads the chosen file', async () => {
    const { controller, root } = mount();
    const input = /** @type {HTMLInputElement} */ (
      root.querySelector('[data-testid="import-file"]')
    );
    Object.defineProperty(input, 'files', { value: [jsonFile({ lab: 'fake', rate: 0.9 })] });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(controller.state.rate).toBe(0.9));
  });

  it('exports the scenario (with imported start weights) and the CSV', async () => {
    const saved = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob);
      return 'blob:fake';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { controller, root } = mount();
    const { importScenario } = await import('../../web/src/labs/shared/lab-files.js');
    await importScenario(controller, jsonFile({ lab: 'fake', rate: 0.3, initial: [4, 5] }));
    button(root, 'export-scenario').click();
    controller.run('step');
    button(root, 'export-csv').click();
    expect(saved).toHaveLength(2);
    expect(JSON.parse(await saved[0].text())).toEqual({
      format: 'descent-scenario',
      version: 1,
      lab: 'fake',
      rate: 0.3,
      initial: [4, 5],
    });
    expect(await saved[1].text()).toBe('step\n1\n');
    vi.restoreAllMocks();
  });
});

describe('LabController: dispose', () => {
  it('releases every engine object, stops the loop and leaves the page', () => {
    const { controller, root, lab } = mount({ ...DEFAULTS, maxSteps: 100 });
    controller.change({ rate: 0.2 });
    controller.change({ rate: 0.4 });
    expect(engine.made).toBe(3);
    controller.run('play');
    controller.dispose();
    expect(engine.live.size).toBe(0);
    expect(controller.playing).toBe(false);
    expect(frames.pending()).toBe(0);
    expect(root.contains(lab.element)).toBe(false);
    controller.dispose(); // a second dispose is harmless
    expect(engine.live.size).toBe(0);
  });

  it('an import that finishes after dispose changes nothing', async () => {
    const { controller } = mount();
    const { importScenario } = await import('../../web/src/labs/shared/lab-files.js');
    const pending = importScenario(controller, jsonFile({ lab: 'fake', rate: 0.3 }));
    controller.dispose();
    expect(await pending).toBe(false);
    expect(engine.live.size).toBe(0);
  });
});
