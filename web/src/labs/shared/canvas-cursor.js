// A keyboard cursor on a plot canvas (issue 13): the canvas takes focus (with a visible ring and
// an accessible name), arrow keys move a cross-hair in data coordinates, Enter acts at it and
// Delete acts on what is nearest. The cross-hair is a DOM mark over the canvas, so no lab's
// drawing code has to know about it. A short description (what the canvas shows now) is kept in
// a visually hidden paragraph the canvas points to with aria-describedby.
import { el } from '../controls.js';

// Arrow keys move 1/STEPS of the plot's range per press; with Shift, ten times more.
const STEPS = 50;
// The description is rewritten at most this often (a screen reader reads it on demand).
const DESCRIBE_MS = 2000;
let nextId = 0;

/**
 * @typedef {object} CursorActions
 * @property {() => import('../../views/plot-frame.js').PlotFrame | null} frame the plot's frame
 *   now (its box is the data range, its width/height the CSS size it was drawn at)
 * @property {(at: { x: number, y: number }) => void} enter Enter at the cursor
 * @property {(at: { x: number, y: number }) => void} [remove] Delete or Backspace at the cursor
 * @property {(at: { x: number, y: number }) => void} [moved] after each move
 */

export class CanvasCursor {
  /**
   * @param {HTMLCanvasElement} canvas @param {string} name the canvas's accessible name
   * @param {CursorActions} actions
   */
  constructor(canvas, name, actions) {
    this.canvas = canvas;
    this.actions = actions;
    /** @type {{ x: number, y: number } | null} */
    this.at = null;
    this.describedAt = -Infinity;
    const id = `canvas-description-${++nextId}`;
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', name);
    canvas.setAttribute('aria-describedby', id);
    this.description = el('p', { className: 'visually-hidden', id, 'aria-live': 'off' });
    this.mark = el('div', { className: 'canvas-cursor', testid: 'canvas-cursor' });
    this.mark.setAttribute('aria-hidden', 'true');
    this.mark.hidden = true;
    canvas.after(this.mark, this.description);
    canvas.addEventListener('focus', () => this.show());
    canvas.addEventListener('blur', () => (this.mark.hidden = true));
    canvas.addEventListener('keydown', (event) => this.onKey(event));
  }

  show() {
    const frame = this.actions.frame();
    if (!frame) return;
    const box = frame.box;
    if (!this.at || !inside(this.at, box)) {
      this.at = { x: (box.xMin + box.xMax) / 2, y: (box.yMin + box.yMax) / 2 };
    }
    this.place();
  }

  /** @param {KeyboardEvent} event */
  onKey(event) {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const frame = this.actions.frame();
    if (!frame) return;
    if (!this.at) this.show();
    const at = /** @type {{ x: number, y: number }} */ (this.at);
    const box = frame.box;
    const scale = event.shiftKey ? 10 : 1;
    const dx = ((box.xMax - box.xMin) / STEPS) * scale;
    const dy = ((box.yMax - box.yMin) / STEPS) * scale;
    const moves = {
      ArrowLeft: [-dx, 0],
      ArrowRight: [dx, 0],
      ArrowUp: [0, dy],
      ArrowDown: [0, -dy],
    };
    const move = moves[/** @type {keyof typeof moves} */ (event.key)];
    if (move) {
      event.preventDefault();
      this.at = {
        x: clamp(at.x + move[0], box.xMin, box.xMax),
        y: clamp(at.y + move[1], box.yMin, box.yMax),
      };
      this.place();
      this.actions.moved?.(this.at);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      this.actions.enter({ ...at });
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && this.actions.remove) {
      event.preventDefault();
      this.actions.remove({ ...at });
    }
  }

  /** Puts the cross-hair over the cursor's data point (the canvas may be scaled by CSS). */
  place() {
    const frame = this.actions.frame();
    if (!frame || !this.at) return;
    const [px, py] = frame.toPixel(this.at.x, this.at.y);
    const scaleX = this.canvas.clientWidth / frame.width || 1;
    const scaleY = this.canvas.clientHeight / frame.height || 1;
    this.mark.style.left = `${this.canvas.offsetLeft + px * scaleX}px`;
    this.mark.style.top = `${this.canvas.offsetTop + py * scaleY}px`;
    this.mark.hidden = document.activeElement !== this.canvas;
    this.mark.dataset.x = this.at.x.toPrecision(4);
    this.mark.dataset.y = this.at.y.toPrecision(4);
  }

  /**
   * Rewrites the description, at most every DESCRIBE_MS unless `now` (after a key press).
   * @param {() => string} text built only when it will be shown @param {boolean} [now]
   */
  describe(text, now = false) {
    const time = performance.now();
    if (!now && time - this.describedAt < DESCRIBE_MS) return;
    this.describedAt = time;
    this.description.textContent = text();
  }

  dispose() {
    this.mark.remove();
    this.description.remove();
  }
}

/** @param {number} v @param {number} lo @param {number} hi */
function clamp(v, lo, hi) {
  return Math.max(lo, Math.min(hi, v));
}

/** @param {{ x: number, y: number }} p @param {{ xMin: number, xMax: number, yMin: number,
 *   yMax: number }} box */
function inside(p, box) {
  return p.x >= box.xMin && p.x <= box.xMax && p.y >= box.yMin && p.y <= box.yMax;
}

/**
 * The run's state in words for a plot's description ("Step 140, cost 0.0123."), empty before
 * the first step, so that a description read during training says where the run is.
 * @param {(key: string, params?: object) => string} t
 * @param {{ step: number, cost: number | null } | null} summary
 */
export function runStatus(t, summary) {
  if (!summary || !(summary.step > 0)) return '';
  if (summary.cost === null || !Number.isFinite(summary.cost)) {
    return t('a11y.narrate.steps', { step: summary.step });
  }
  return t('a11y.narrate.progress', { step: summary.step, cost: summary.cost.toPrecision(3) });
}
