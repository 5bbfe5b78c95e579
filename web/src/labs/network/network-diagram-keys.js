// The Network diagram by keyboard and in words (issue 13). The link canvas is one focusable stop
// with a roving focus: arrow keys (Home, End) walk every neuron, then every link; the tooltip and
// a mark show the current one and a polite line speaks it; Enter on a link opens the diagram's
// weight editor. A visually hidden outline names the layer sizes and the strongest links.
import { el } from '../controls.js';

const OUTLINE_MS = 3000; // the outline is rewritten at most this often while training
const STRONGEST = 3; // links the outline names

/**
 * @typedef {{ kind: 'neuron' | 'link', l: number, j: number, k?: number }} DiagramItem
 */

export class DiagramKeyboard {
  /** @param {import('./network-diagram.js').NetworkDiagram} diagram */
  constructor(diagram) {
    this.diagram = diagram;
    this.t = diagram.t;
    this.index = 0;
    this.focusMark = el('div', { className: 'canvas-cursor', testid: 'net-focus-mark' });
    this.focusMark.setAttribute('aria-hidden', 'true');
    this.focusMark.hidden = true;
    this.spoken = el('p', { className: 'visually-hidden', 'aria-live': 'polite' });
    this.outline = el('p', {
      className: 'visually-hidden',
      id: 'network-outline',
      testid: 'network-outline',
    });
    this.outlinedAt = -Infinity;
  }

  /** Makes a freshly built link canvas focusable and listening. @param {HTMLCanvasElement} c */
  attach(c) {
    c.tabIndex = 0;
    c.setAttribute('role', 'application');
    c.setAttribute('aria-label', this.t('a11y.network.name'));
    c.setAttribute('aria-describedby', 'network-outline');
    c.addEventListener('keydown', (e) => this.onKey(e));
    c.addEventListener('focus', () => this.focusItem(this.index));
    c.addEventListener('blur', () => {
      this.focusMark.hidden = true;
      this.diagram.hover(null);
    });
  }

  /** The elements kept beside the stage (the spoken line and the outline). */
  textElements() {
    return [this.spoken, this.outline];
  }

  /** After a new shape: the current item stays in range, the outline is rewritten. */
  rebuilt() {
    this.index = Math.max(0, Math.min(this.index, this.items().length - 1));
    this.outlinedAt = -Infinity;
  }

  /** Everything the keyboard walks: the neurons, then the links, layer by layer. */
  items() {
    /** @type {DiagramItem[]} */
    const items = this.diagram.neurons.map((n) => ({ kind: 'neuron', l: n.l, j: n.j }));
    for (const k of this.diagram.links) items.push({ kind: 'link', l: k.l, j: k.j, k: k.k });
    return items;
  }

  /** @param {DiagramItem} item */
  linkOf(item) {
    return this.diagram.links.find((k) => k.l === item.l && k.j === item.j && k.k === item.k);
  }

  /** @param {KeyboardEvent} event */
  onKey(event) {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const count = this.items().length;
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const move = moves[/** @type {keyof typeof moves} */ (event.key)];
    if (move || event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const index = event.key === 'Home' ? 0 : event.key === 'End' ? count - 1 : this.index + move;
      this.focusItem(Math.max(0, Math.min(count - 1, index)));
      return;
    }
    const item = this.items()[this.index];
    const link = item?.kind === 'link' ? this.linkOf(item) : null;
    if (event.key === 'Enter' && link) {
      event.preventDefault();
      const [x, y] = link.samples[8];
      this.diagram.openEditor(link, { x, y }, true);
    }
  }

  /** Shows (tooltip, mark) and speaks item `index`. @param {number} index */
  focusItem(index) {
    const items = this.items();
    const item = items[index];
    if (!item) return;
    this.index = index;
    const d = this.diagram;
    const [x, y] =
      item.kind === 'neuron' ? [d.xs[item.l], d.ys[item.l][item.j]] : this.centre(item);
    this.focusMark.style.left = `${x}px`;
    this.focusMark.style.top = `${y}px`;
    this.focusMark.hidden = false;
    d.hovered = item;
    d.tooltip.style.left = `${x + 12}px`;
    d.tooltip.style.top = `${y + 12}px`;
    d.showTooltip();
    this.spoken.textContent = `${d.tooltip.textContent} (${index + 1} / ${items.length})`;
  }

  /** @param {DiagramItem} item @returns {number[]} the middle of a link's curve */
  centre(item) {
    return this.linkOf(item)?.samples[8] ?? [0, 0];
  }

  /**
   * The diagram in words: layer sizes and the strongest links, at most every OUTLINE_MS.
   * @param {Float64Array} params @param {(l: number, j: number, k: number) => number} weightIndex
   */
  describe(params, weightIndex) {
    const now = performance.now();
    if (now - this.outlinedAt < OUTLINE_MS) return;
    this.outlinedAt = now;
    const strongest = this.diagram.links
      .map((link) => ({ link, w: params[weightIndex(link.l, link.j, link.k)] }))
      .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
      .slice(0, STRONGEST)
      .map(({ link, w }) =>
        this.t('network.diagram.weight', {
          l: link.l,
          j: link.j + 1,
          k: link.k + 1,
          value: w.toPrecision(3),
        }),
      );
    this.outline.textContent = this.t('a11y.network.outline', {
      sizes: this.diagram.sizes.join(', '),
      links: strongest.length > 0 ? strongest.join('; ') : this.t('a11y.network.none'),
    });
  }
}
