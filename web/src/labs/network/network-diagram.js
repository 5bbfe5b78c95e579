// The network diagram: one column per layer, each neuron a thumbnail of its activation over the
// input box, links coloured by the sign of the weight and as thick as |w|. Hovering a link shows
// its live value; clicking it opens an inline editor. Layer and neuron counts change with the
// +/− buttons above the columns. By keyboard the diagram is one focusable stop with a roving
// focus: arrow keys walk every neuron and link (the tooltip and a spoken line say which), Enter
// on a link opens the same editor; a text outline names the layers and the strongest links.
import { el } from '../controls.js';
import { cssColor, diverging } from '../../views/color-map.js';
import { drawThumbnails } from '../../views/network-heat-map.js';
import { observeWidth } from '../shared/fluid-size.js';
import { DiagramKeyboard } from './network-diagram-keys.js';

const NODE = 34; // thumbnail size in CSS pixels
const ROW = 46; // vertical distance between neurons
const HEADER = 56; // room for the layer titles and buttons
const MIN_COLUMN = 92; // the narrowest column that keeps a layer's title and buttons readable
const MAX_COLUMN = 220; // wider columns only stretch the links

/** Point at parameter t of the link's curve (cubic Bézier with horizontal tangents). */
function bezier(x0, y0, x1, y1, t) {
  const mx = (x0 + x1) / 2;
  const u = 1 - t;
  const x = u * u * u * x0 + 3 * u * u * t * mx + 3 * u * t * t * mx + t * t * t * x1;
  const y = u * u * u * y0 + 3 * u * u * t * y0 + 3 * u * t * t * y1 + t * t * t * y1;
  return [x, y];
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export class NetworkDiagram {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {{ editWeight: (l: number, j: number, k: number, value: number) => string,
   *   addLayer: () => void, removeLayer: () => void,
   *   changeNeurons: (layer: number, delta: number) => void,
   *   resized: () => void }} on
   *   editWeight returns '' or an error message; resized asks for a redraw after the diagram
   *   was laid out again for a new card width.
   */
  constructor(t, on) {
    this.t = t;
    this.on = on;
    this.element = el('div', { className: 'net-diagram-card' });
    /** @type {object | undefined} thumbnail images, kept between draws */
    this.atlas = undefined;
    this.hovered = null; // { kind: 'link', l, j, k } | { kind: 'neuron', l, j }
    this.tooltip = el('div', { className: 'net-tooltip', testid: 'net-tooltip' });
    this.tooltip.hidden = true;
    /** The card's content width; the diagram fills it (within its column bounds). */
    this.available = 0;
    this.keys = new DiagramKeyboard(this);
    this.stopObserving = observeWidth(this.element, (width) => {
      this.available = width;
      if (!this.sizes) return;
      this.build(this.sizes, this.featureNames);
      this.on.resized();
    });
  }

  dispose() {
    this.stopObserving();
  }

  /**
   * Rebuilds the DOM for a new shape.
   * @param {number[]} sizes [n_0, ..., n_L]
   * @param {string[]} featureNames names of layer 0's neurons
   */
  build(sizes, featureNames) {
    this.sizes = sizes;
    this.featureNames = featureNames;
    const L = sizes.length - 1;
    // As wide as the card, within readable column widths; a narrow card scrolls the diagram.
    const room = this.available > 0 ? this.available : 420;
    const width = Math.max(MIN_COLUMN * (L + 1), Math.min(MAX_COLUMN * (L + 1), room));
    const height = HEADER + Math.max(...sizes) * ROW + 10;
    this.xs = sizes.map((_, l) => 30 + (l * (width - 60 - NODE)) / Math.max(1, L) + NODE / 2);
    this.ys = sizes.map((n) => Array.from({ length: n }, (_, j) => HEADER + j * ROW + NODE / 2));
    // Links are drawn on one canvas (hundreds of SVG paths restyled every frame cost more than
    // the training); hover and click find the nearest link from sampled points of each curve.
    const linkCanvas = el('canvas', { className: 'net-links', testid: 'network-links' });
    const ratio = window.devicePixelRatio || 1;
    linkCanvas.width = Math.round(width * ratio);
    linkCanvas.height = Math.round(height * ratio);
    linkCanvas.style.width = `${width}px`;
    linkCanvas.style.height = `${height}px`;
    this.linkCanvas = linkCanvas;
    this.ratio = ratio;
    this.links = [];
    for (let l = 1; l <= L; l++) {
      for (let j = 0; j < sizes[l]; j++) {
        for (let k = 0; k < sizes[l - 1]; k++) {
          const x0 = this.xs[l - 1] + NODE / 2;
          const y0 = this.ys[l - 1][k];
          const x1 = this.xs[l] - NODE / 2;
          const y1 = this.ys[l][j];
          const samples = [];
          for (let i = 0; i <= 16; i++) samples.push(bezier(x0, y0, x1, y1, i / 16));
          this.links.push({ l, j, k, x0, y0, x1, y1, samples });
        }
      }
    }
    // Where the first link's middle is, for tests and assistive tools that cannot read a canvas.
    if (this.links.length > 0) {
      const [mx, my] = this.links[0].samples[8];
      linkCanvas.dataset.firstLink = `${mx.toFixed(1)},${my.toFixed(1)}`;
    }
    linkCanvas.addEventListener('mousemove', (e) => {
      const neuron = this.neuronAt(e);
      const link = neuron ? null : this.linkAt(e);
      linkCanvas.style.cursor = link ? 'pointer' : 'default';
      if (neuron) this.hover({ kind: 'neuron', l: neuron.l, j: neuron.j }, e);
      else if (link) this.hover({ kind: 'link', l: link.l, j: link.j, k: link.k }, e);
      else this.hover(null);
    });
    linkCanvas.addEventListener('mouseleave', () => this.hover(null));
    linkCanvas.addEventListener('click', (e) => {
      const link = this.neuronAt(e) ? null : this.linkAt(e);
      const rect = this.stage.getBoundingClientRect();
      if (link) this.openEditor(link, { x: e.clientX - rect.left, y: e.clientY - rect.top });
    });
    this.keys.attach(linkCanvas);
    // Neuron thumbnails are drawn on the same canvas (one canvas instead of dozens keeps the
    // browser's compositing cheap); hover finds them by rectangle.
    this.neurons = [];
    const nodes = [];
    for (let l = 0; l <= L; l++) {
      for (let j = 0; j < sizes[l]; j++) {
        this.neurons.push({ l, j, x: this.xs[l] - NODE / 2, y: this.ys[l][j] - NODE / 2 });
        if (l === 0) {
          const label = el('span', { className: 'net-feature', text: featureNames[j] ?? '' });
          label.style.left = `${this.xs[0] - NODE / 2 - 4}px`;
          label.style.top = `${this.ys[0][j] - NODE / 2 - 13}px`;
          nodes.push(label);
        }
      }
    }
    linkCanvas.dataset.neurons = String(this.neurons.length);
    // Column titles and the +/− buttons of the hidden layers.
    const heads = [];
    for (let l = 0; l <= L; l++) {
      const title =
        l === 0
          ? this.t('network.diagram.features')
          : l === L
            ? this.t('network.diagram.output')
            : this.t('network.diagram.hidden', { layer: l, count: sizes[l] });
      const head = el('div', { className: 'net-head' }, [el('span', { text: title })]);
      if (l > 0 && l < L) {
        head.append(
          el('button', {
            type: 'button',
            className: 'mini',
            testid: `neurons-minus-${l}`,
            text: '−',
            onClick: () => this.on.changeNeurons(l - 1, -1),
          }),
          el('button', {
            type: 'button',
            className: 'mini',
            testid: `neurons-plus-${l}`,
            text: '+',
            onClick: () => this.on.changeNeurons(l - 1, 1),
          }),
        );
      }
      head.style.left = `${this.xs[l] - 45}px`;
      heads.push(head);
    }
    const layerButtons = el('div', { className: 'net-layer-buttons' }, [
      el('button', {
        type: 'button',
        className: 'mini',
        testid: 'layer-minus',
        text: '−',
        onClick: () => this.on.removeLayer(),
      }),
      el('button', {
        type: 'button',
        className: 'mini',
        testid: 'layer-plus',
        text: '+',
        onClick: () => this.on.addLayer(),
      }),
      el('span', { text: this.t('network.diagram.layers', { count: L - 1 }) }),
    ]);
    this.stage = el('div', { className: 'net-stage', testid: 'network-diagram' }, [
      linkCanvas,
      ...nodes,
      ...heads,
      this.tooltip,
      this.keys.focusMark,
    ]);
    this.stage.style.width = `${width}px`;
    this.stage.style.height = `${height}px`;
    this.editor = null;
    this.element.replaceChildren(layerButtons, this.stage, ...this.keys.textElements());
    this.keys.rebuilt();
  }

  /**
   * Redraws links from θ and thumbnails from the grid; refreshes the hovered tooltip.
   * @param {Float64Array} params view of θ (read immediately)
   * @param {{ grid: Float32Array, n: number } | null} thumbs
   * @param {(l: number, j: number, k: number) => number} weightIndex
   * @param {(l: number, j: number) => number} biasIndex
   */
  update(params, thumbs, weightIndex, biasIndex) {
    let maxAbs = 1e-9;
    for (const link of this.links)
      maxAbs = Math.max(maxAbs, Math.abs(params[weightIndex(link.l, link.j, link.k)]));
    const scale = Math.max(1, maxAbs);
    const ctx = this.linkCanvas.getContext('2d');
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    ctx.clearRect(0, 0, this.linkCanvas.width, this.linkCanvas.height);
    for (const link of this.links) {
      const w = params[weightIndex(link.l, link.j, link.k)];
      const { x0, y0, x1, y1 } = link;
      const mx = (x0 + x1) / 2;
      ctx.strokeStyle = cssColor(diverging(Math.sign(w) * Math.min(1, 0.35 + Math.abs(w) / scale)));
      ctx.lineWidth = Math.min(6, 0.4 + (5 * Math.abs(w)) / scale);
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      ctx.bezierCurveTo(mx, y0, mx, y1, x1, y1);
      ctx.stroke();
    }
    if (thumbs) {
      this.atlas ??= {};
      drawThumbnails(ctx, this.neurons, NODE, thumbs.grid, thumbs.n, this.atlas);
    }
    this.params = params;
    this.weightIndex = weightIndex;
    this.biasIndex = biasIndex;
    this.showTooltip();
    this.keys.describe(params, weightIndex);
  }

  /** The neuron under the mouse, or null. */
  neuronAt(event) {
    const rect = this.linkCanvas.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    return (
      this.neurons.find((p) => x >= p.x && x <= p.x + NODE && y >= p.y && y <= p.y + NODE) ?? null
    );
  }

  /** The link within 6 px of the mouse, or null. */
  linkAt(event) {
    const rect = this.linkCanvas.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    let best = null;
    let bestDistance = 6;
    for (const link of this.links) {
      const s = link.samples;
      for (let i = 1; i < s.length; i++) {
        const d = segmentDistance(x, y, s[i - 1], s[i]);
        if (d < bestDistance) {
          bestDistance = d;
          best = link;
        }
      }
    }
    return best;
  }

  hover(target, event) {
    this.hovered = target;
    if (event) this.moveTooltip(event);
    this.showTooltip();
  }

  moveTooltip(event) {
    const rect = this.stage.getBoundingClientRect();
    this.tooltip.style.left = `${event.clientX - rect.left + 12}px`;
    this.tooltip.style.top = `${event.clientY - rect.top + 12}px`;
  }

  showTooltip() {
    const h = this.hovered;
    if (!h || !this.params) {
      this.tooltip.hidden = true;
      return;
    }
    this.tooltip.hidden = false;
    if (h.kind === 'link') {
      const w = this.params[this.weightIndex(h.l, h.j, h.k)];
      this.tooltip.textContent = this.t('network.diagram.weight', {
        l: h.l,
        j: h.j + 1,
        k: h.k + 1,
        value: w.toPrecision(4),
      });
    } else if (h.l > 0) {
      const b = this.params[this.biasIndex(h.l, h.j)];
      this.tooltip.textContent = this.t('network.diagram.bias', {
        l: h.l,
        j: h.j + 1,
        value: b.toPrecision(4),
      });
    } else {
      this.tooltip.textContent = this.t('network.diagram.feature');
    }
  }

  /**
   * @param {{ l: number, j: number, k: number }} link
   * @param {{ x: number, y: number }} at where (stage coordinates)
   * @param {boolean} [byKeyboard] focus goes back to the diagram when the editor closes
   */
  openEditor(link, at, byKeyboard = false) {
    this.editor?.remove();
    const current = this.params ? this.params[this.weightIndex(link.l, link.j, link.k)] : 0;
    const input = el('input', {
      type: 'text',
      className: 'net-weight-editor',
      testid: 'weight-editor',
    });
    input.value = current.toPrecision(4);
    const message = el('span', {
      className: 'net-editor-message',
      testid: 'weight-editor-message',
    });
    const box = el('div', { className: 'net-editor' }, [
      el('span', {
        text: this.t('network.diagram.editWeight', { l: link.l, j: link.j + 1, k: link.k + 1 }),
      }),
      input,
      message,
    ]);
    box.style.left = `${at.x}px`;
    box.style.top = `${at.y}px`;
    const close = () => {
      box.remove();
      if (byKeyboard) this.linkCanvas.focus();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') close();
      if (e.key !== 'Enter') return;
      const value = Number(input.value.trim());
      if (input.value.trim() === '' || !Number.isFinite(value)) {
        message.textContent = this.t('network.diagram.badWeight');
        return;
      }
      this.keys.rebuilt(); // the outline names the new weight at the redraw that follows
      const error = this.on.editWeight(link.l, link.j, link.k, value);
      if (error) message.textContent = error;
      else close();
    });
    input.addEventListener('blur', () => setTimeout(() => box.remove(), 150));
    this.stage.append(box);
    this.editor = box;
    input.focus();
    input.select();
  }
}
