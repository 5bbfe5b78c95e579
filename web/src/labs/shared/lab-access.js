// What makes a mounted lab usable by keyboard and screen reader, the same in every lab: its
// heading (an h1 in an embed, where the site header is hidden), the keyboard shortcuts and their
// help dialog, the narration of a run, and Play in visible steps under prefers-reduced-motion.
// The controller makes one at mount and disposes it with the lab.
import { el } from '../controls.js';
import { HelpDialog } from './help-dialog.js';
import { Narration } from './narration.js';
import { RunDescription } from './run-description.js';
import { installShortcuts } from './shortcuts.js';

// Under prefers-reduced-motion Play advances a few times a second instead of every frame.
const REDUCED_MOTION_FRAME_MS = 400;
/** @type {Record<string, string>} shared control -> the keys that run it */
const KEY_HINTS = { play: 'Space', step: '. S', reset: 'R' };

export class LabAccess {
  /** @param {import('./lab-controller.js').LabController} controller */
  constructor(controller) {
    this.controller = controller;
    const t = controller.t;
    const embedded = document.body.classList.contains('embedded');
    const labName = t(`lab.${controller.definition.id}`);
    this.headings = [
      el('h2', {
        className: 'visually-hidden',
        testid: 'lab-heading',
        text: t('a11y.labHeading', { lab: labName }),
      }),
    ];
    // An embed hides the site header and its h1: the page keeps one, for its outline.
    if (embedded) {
      this.headings.unshift(el('h1', { className: 'visually-hidden', text: t('app.title') }));
    }
    this.narration = new Narration(controller);
    this.runDescription = new RunDescription(controller);
    // Beside the lab's element, not in it: a lab may rebuild its children (an import).
    controller.lab.element.before(
      ...this.headings,
      this.narration.element,
      this.runDescription.element,
    );
    this.help = new HelpDialog(t);
    this.removeShortcuts = installShortcuts(controller, {
      openHelp: () => this.help.open(),
      say: (text) => this.narration.say(text),
    });
    for (const [name, keys] of Object.entries(KEY_HINTS)) {
      controller.controls.get(name)?.setAttribute('aria-keyshortcuts', keys);
    }
    this.paceForReducedMotion();
    // Canvases appear as the lab builds its views: name them after each state change.
    this.nameCanvases = () =>
      nameCanvases(controller.lab.element, t('a11y.canvas.plot'), this.runDescription.element.id);
    controller.events.addEventListener('state', this.nameCanvases);
    // After the controller's first build of the lab (synchronous, right after this constructor).
    queueMicrotask(() => this.nameCanvases());
  }

  /**
   * With prefers-reduced-motion, the loop's frames advance only every REDUCED_MOTION_FRAME_MS:
   * the run moves in visible steps (the same steps per advance), not a continuous animation.
   */
  paceForReducedMotion() {
    const query = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!query) return;
    const loop = this.controller.loop;
    const everyFrame = loop.frame;
    let last = -Infinity;
    loop.frame = () => {
      if (query.matches) {
        const now = performance.now();
        if (now - last < REDUCED_MOTION_FRAME_MS) return;
        last = now;
      }
      everyFrame();
    };
  }

  dispose() {
    this.controller.events.removeEventListener('state', this.nameCanvases);
    this.removeShortcuts();
    this.help.dispose();
    this.narration.dispose();
    this.runDescription.dispose();
    for (const heading of this.headings) heading.remove();
  }
}

/**
 * Gives every canvas that has no role yet (a picture, not a control or a chart: those name
 * themselves) role="img", the title of its card as its name and the run's description.
 * @param {HTMLElement} root @param {string} fallback the name of a canvas in an untitled card
 * @param {string} describedBy the id of the run's description (run-description.js)
 */
export function nameCanvases(root, fallback, describedBy) {
  for (const canvas of root.querySelectorAll('canvas:not([role])')) {
    const card = canvas.closest('.card, .chart-card, .panel, .np-card, .net-map-card, section');
    const title = card?.querySelector('h3, h4, legend')?.textContent?.trim();
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', title || fallback);
    canvas.setAttribute('aria-describedby', describedBy);
  }
}
