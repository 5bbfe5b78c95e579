// One status region per lab that narrates a run without flooding a screen reader: it speaks at
// events (started, paused, reset, a run stopped, diverged or converged: the lab's report) and,
// while playing, a progress line at most every PROGRESS_MS. Announcements closer than GAP_MS are
// merged into one. The readouts (<output>) are not live regions, and the message line is silent
// while playing (its reports are spoken here), so this is the only voice of a running lab.
import { el, formatNumber } from '../controls.js';

const PROGRESS_MS = 4000;
const GAP_MS = 1500;
const MERGE_MS = 150;
// Where a lab without summary() shows its cost (the first one found is read).
const COST_READOUTS = [
  'readout-train-cost',
  'readout-train-loss',
  'readout-cost',
  'readout-loss',
  'readout-value',
];

export class Narration {
  /**
   * @param {import('./lab-controller.js').LabController} controller
   * @param {{ now?: () => number }} [clock] tests may pass their own clock
   */
  constructor(controller, { now = () => performance.now() } = {}) {
    this.controller = controller;
    this.t = controller.t;
    this.now = now;
    this.element = el('p', {
      className: 'visually-hidden',
      testid: 'narration',
      role: 'status',
      'aria-live': 'polite',
    });
    /** @type {string[]} */
    this.pending = [];
    this.timer = 0;
    this.lastSpoken = -Infinity;
    this.lastProgress = -Infinity;
    const events = controller.events;
    this.listeners = {
      play: () => this.onPlay(),
      pause: () => this.onPause(),
      reset: () => this.say(this.t('a11y.narrate.reset')),
      report: (/** @type {any} */ event) => this.say(event.detail.report.text),
      advance: () => this.onAdvance(),
    };
    for (const [type, listener] of Object.entries(this.listeners)) {
      events.addEventListener(type, listener);
    }
  }

  onPlay() {
    this.setMessageLive(false);
    this.lastProgress = this.now();
    this.say(this.t('a11y.narrate.play'));
  }

  onPause() {
    this.setMessageLive(true);
    const progress = this.progressText();
    this.say([this.t('a11y.narrate.pause'), progress].filter(Boolean).join(' '));
  }

  onAdvance() {
    if (!this.controller.playing) return;
    const now = this.now();
    if (now - this.lastProgress < PROGRESS_MS) return;
    this.lastProgress = now;
    const progress = this.progressText();
    if (progress) this.say(progress);
  }

  /** The message line speaks for itself when idle (an import refused) but not while playing. */
  setMessageLive(live) {
    this.controller.controls.message.setAttribute('aria-live', live ? 'polite' : 'off');
  }

  /**
   * "Step 120, cost 0.034." from the lab's summary, else from its step and cost readouts.
   * @returns {string}
   */
  progressText() {
    const summary = this.controller.summary();
    const root = this.controller.lab.element;
    const readout = (/** @type {string[]} */ ids) => {
      for (const id of ids) {
        const text = root.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
        if (text) return text;
      }
      return '';
    };
    const step = summary ? String(summary.step) : readout(['readout-step', 'readout-epoch']);
    const cost =
      summary && summary.cost !== null && summary.cost !== undefined
        ? formatNumber(summary.cost, 3)
        : readout(COST_READOUTS);
    if (!step) return '';
    return cost
      ? this.t('a11y.narrate.progress', { step, cost })
      : this.t('a11y.narrate.steps', { step });
  }

  /** Queues a sentence; the queue is spoken together, no sooner than GAP_MS after the last. */
  say(text) {
    if (!text) return;
    this.pending.push(text);
    if (this.timer) return;
    const wait = Math.max(MERGE_MS, this.lastSpoken + GAP_MS - this.now());
    this.timer = window.setTimeout(() => this.flush(), wait);
  }

  flush() {
    this.timer = 0;
    if (this.pending.length === 0) return;
    // Several reports of one burst (racers stopping one after another) read as one line.
    const unique = [...new Set(this.pending)];
    this.pending = [];
    this.element.textContent = unique.join(' ');
    this.lastSpoken = this.now();
  }

  dispose() {
    window.clearTimeout(this.timer);
    for (const [type, listener] of Object.entries(this.listeners)) {
      this.controller.events.removeEventListener(type, listener);
    }
    this.element.remove();
  }
}
