// @vitest-environment happy-dom
// The lab side of the host API on the four real labs (real core, stubbed canvases and charts):
// each lab's summary() counts its steps and reports a finite cost, and the commands a course
// page sends (step, read, setState) do what docs/embedding.md says, refusing bad input by name.
import { describe, expect, it, vi } from 'vitest';
import { loadAllLabs } from '../../web/src/labs/registry.js';
import { LabMessages } from '../../web/src/embed/lab-messages.js';
import { labTestSetUp, mountInPage } from './lab-test-mount.js';

// Every lab with its class loaded (the page imports only the one it shows).
const LABS = await loadAllLabs();

// KaTeX refuses to render in a document without a doctype (happy-dom's), before any import.
vi.hoisted(() => Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat' }));

vi.mock('../../web/src/views/line-chart.js', async () => ({
  LineChart: (await import('./lab-dom-stubs.js')).StubChart,
}));

const setUp = labTestSetUp();

// Per lab: its start query, a setting the host may change, one the lab would correct.
const CASES = {
  valley: { query: 'surface=bowl&on=sgd.momentum', good: 'kappa=50', bad: 'kappa=5000' },
  regression: { query: 'data=commute', good: 'lr=0.05', bad: 'lr=99' },
  classification: { query: 'data=gauss', good: 'lr=0.05', bad: 'lr=99' },
  network: { query: 'data=xor&layers=3', good: 'lr=0.05', bad: 'lr=99' },
};

describe.each(LABS.map((definition) => [definition.id, definition]))('%s lab', (id, definition) => {
  it('summarises its run and obeys the host commands', () => {
    const cases = CASES[id];
    const { root, controller } = mountInPage(definition, setUp.engine, cases.query);
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
    const { root, controller } = mountInPage(definition, setUp.engine, 'surface=bowl&kappa=20');
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
    root.remove();
  });
});
