// The text alternative of the lab's pictures (the cost valleys, thumbnails, landscape: every
// canvas that is not a control): one visually hidden paragraph saying where the run is now
// ("Step 140, cost 0.0123."), which each such canvas names with aria-describedby. Rewritten at
// most every few seconds while playing and at once on reset, pause and state changes; never a
// live region (the narration announces, this is read on demand).
import { el } from '../controls.js';
import { runStatus } from './canvas-cursor.js';

// While playing, the text is rewritten at most this often.
const REWRITE_MS = 2000;
let nextId = 0;

export class RunDescription {
  /** @param {import('./lab-controller.js').LabController} controller */
  constructor(controller) {
    this.controller = controller;
    this.rewrittenAt = -Infinity;
    this.element = el('p', {
      className: 'visually-hidden',
      id: `run-description-${++nextId}`,
      testid: 'run-description',
      'aria-live': 'off',
    });
    this.rewriteNow = () => this.rewrite(true);
    this.rewriteSoon = () => this.rewrite(false);
    for (const type of ['reset', 'pause', 'state', 'report']) {
      controller.events.addEventListener(type, this.rewriteNow);
    }
    controller.events.addEventListener('advance', this.rewriteSoon);
    this.rewrite(true);
  }

  /** @param {boolean} now false: only when REWRITE_MS have passed since the last rewrite */
  rewrite(now) {
    const time = performance.now();
    if (!now && time - this.rewrittenAt < REWRITE_MS) return;
    this.rewrittenAt = time;
    const { t } = this.controller;
    this.element.textContent =
      runStatus(t, this.controller.summary()) || t('a11y.canvas.notStarted');
  }

  dispose() {
    for (const type of ['reset', 'pause', 'state', 'report']) {
      this.controller.events.removeEventListener(type, this.rewriteNow);
    }
    this.controller.events.removeEventListener('advance', this.rewriteSoon);
    this.element.remove();
  }
}
