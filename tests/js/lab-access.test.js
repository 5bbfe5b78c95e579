// @vitest-environment happy-dom
// Accessibility pieces without a browser (issue 13): the learning-rate notch of `[` / `]` read
// from each lab's field table, and the narration's pacing (merged, spaced announcements).
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../web/src/i18n/i18n.js';
import { learningRatePatch } from '../../web/src/labs/shared/shortcuts.js';
import { Narration } from '../../web/src/labs/shared/narration.js';
import { RunDescription } from '../../web/src/labs/shared/run-description.js';
import { nameCanvases } from '../../web/src/labs/shared/lab-access.js';
import { LEARNING_RATES } from '../../web/src/state/network-state.js';

describe('learningRatePatch', () => {
  it('doubles and halves a continuous rate within the field range', () => {
    expect(learningRatePatch('regression', { learningRate: 0.1 }, 1)?.rate).toBe(0.2);
    expect(learningRatePatch('classification', { learningRate: 0.02 }, -1)?.rate).toBe(0.01);
    // At the end of the range nothing moves.
    expect(learningRatePatch('classification', { learningRate: 5 }, 1)).toBeNull();
  });

  it("walks the Network lab's list of rates", () => {
    const up = learningRatePatch('network', { learningRate: 0.03 }, 1);
    expect(up?.patch).toEqual({ learningRate: 0.1 });
    expect(learningRatePatch('network', { learningRate: 0.03 }, -1)?.rate).toBe(0.01);
    // A rate between two entries moves to the next entry up.
    expect(learningRatePatch('network', { learningRate: 0.05 }, 1)?.rate).toBe(0.1);
    const top = LEARNING_RATES[LEARNING_RATES.length - 1];
    expect(learningRatePatch('network', { learningRate: top }, 1)).toBeNull();
  });

  it("changes only the focused Valley racer's rate", () => {
    const racers = [
      { optimizer: 'sgd', learningRate: 0.001 },
      { optimizer: 'adam', learningRate: 0.05 },
    ];
    const moved = learningRatePatch('valley', { focus: 'adam', racers }, 1);
    expect(moved?.rate).toBe(0.1);
    expect(moved?.patch).toEqual({
      racers: [racers[0], { optimizer: 'adam', learningRate: 0.1 }],
    });
  });
});

describe('Narration', () => {
  /** A controller stand-in: the events, the message line, a summary and a clock. */
  function fakeController() {
    let now = 0;
    const message = document.createElement('p');
    const controller = {
      t: translator('en'),
      events: new EventTarget(),
      controls: { message },
      lab: { element: document.createElement('section') },
      playing: false,
      summary: () => ({ step: 42, cost: 0.125 }),
    };
    const clock = { now: () => now, advance: (ms) => (now += ms) };
    return { controller, clock, message };
  }
  const emit = (controller, type, detail = {}) =>
    controller.events.dispatchEvent(new CustomEvent(type, { detail: { type, ...detail } }));

  it('speaks the start, progress at most every few seconds, and merges a burst', () => {
    vi.useFakeTimers();
    const { controller, clock, message } = fakeController();
    const narration = new Narration(/** @type {any} */ (controller), { now: clock.now });
    controller.playing = true;
    emit(controller, 'play');
    expect(message.getAttribute('aria-live')).toBe('off');
    vi.advanceTimersByTime(200);
    expect(narration.element.textContent).toBe('Started.');
    // Sixty frames in one second: no progress line yet.
    for (let i = 0; i < 60; i++) {
      clock.advance(16);
      emit(controller, 'advance');
    }
    vi.advanceTimersByTime(2000);
    expect(narration.element.textContent).toBe('Started.');
    clock.advance(4000);
    emit(controller, 'advance');
    vi.advanceTimersByTime(2000);
    expect(narration.element.textContent).toBe('Step 42, cost 0.125.');
    // Two reports and the pause within a moment read as one announcement.
    clock.advance(2000);
    emit(controller, 'report', { report: { text: 'Adam converged.', kind: 'info' } });
    emit(controller, 'report', { report: { text: 'Adam converged.', kind: 'info' } });
    controller.playing = false;
    emit(controller, 'pause');
    vi.advanceTimersByTime(200);
    expect(narration.element.textContent).toBe('Adam converged. Paused. Step 42, cost 0.125.');
    expect(message.getAttribute('aria-live')).toBe('polite');
    narration.dispose();
    vi.useRealTimers();
  });
});

describe('RunDescription', () => {
  it("describes the lab's pictures by where the run is, rewritten on events, never live", () => {
    let summary = { step: 0, cost: null };
    const controller = {
      t: translator('en'),
      events: new EventTarget(),
      summary: () => summary,
    };
    const emit = (type) => controller.events.dispatchEvent(new CustomEvent(type));
    const description = new RunDescription(/** @type {any} */ (controller));
    expect(description.element.getAttribute('aria-live')).toBe('off');
    expect(description.element.textContent).toBe('The run has not started yet.');
    summary = { step: 140, cost: 0.012345 };
    emit('pause');
    expect(description.element.textContent).toBe('Step 140, cost 0.0123.');
    // While playing, at most every two seconds: an advance right after a rewrite waits.
    summary = { step: 160, cost: 0.01 };
    emit('advance');
    expect(description.element.textContent).toBe('Step 140, cost 0.0123.');
    emit('reset');
    expect(description.element.textContent).toBe('Step 160, cost 0.0100.');

    // A picture canvas is named by its card's title and described by the run.
    const card = document.createElement('div');
    card.className = 'chart-card';
    card.innerHTML = '<h3>Cost valley</h3><canvas></canvas><canvas role="application"></canvas>';
    nameCanvases(card, 'Plot', description.element.id);
    const [picture, control] = card.querySelectorAll('canvas');
    expect(picture.getAttribute('role')).toBe('img');
    expect(picture.getAttribute('aria-label')).toBe('Cost valley');
    expect(picture.getAttribute('aria-describedby')).toBe(description.element.id);
    expect(control.hasAttribute('aria-describedby')).toBe(false);
    description.dispose();
  });
});
