// The network diagram: one column per layer, each neuron a thumbnail of its activation over the
// input box, links coloured by the sign of the weight and as thick as |w|. Hovering a link shows
// its live value; clicking it opens an inline editor. Layer and neuron counts change with the
// +/− buttons above the columns.
import { el } from '../controls.js';
import { cssColor, diverging } from '../../views/color-map.js';
import { drawThumbnail } from '../../views/network-heat-map.js';

const NODE = 34; // thumbnail size in CSS pixels
const ROW = 46; // vertical distance between neurons
const HEADER = 56; // room for the layer titles and buttons
const SVG_NS = 'http://www.w3.org/2000/svg';

export class NetworkDiagram {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {{ editWeight: (l: number, j: number, k: number, value: number) => string,
   *   addLayer: () => void, removeLayer: () => void, changeNeurons: (layer: number, delta: number) => void }} on
   *   editWeight returns '' or an error message.
   */
  constructor(t, on) {
    this.t = t;
    this.on = on;
    this.element = el('div', { className: 'net-diagram-card' });
    this.hovered = null; // { kind: 'link', l, j, k } | { kind: 'neuron', l, j }
    this.tooltip = el('div', { className: 'net-tooltip', testid: 'net-tooltip' });
    this.tooltip.hidden = true;
  }

  /**
   * Rebuilds the DOM for a new shape.
   * @param {number[]} sizes [n_0, ..., n_L]
   * @param {string[]} featureNames names of layer 0's neurons
   */
  build(sizes, featureNames) {
    this.sizes = sizes;
    const L = sizes.length - 1;
    const width = Math.max(420, 110 * (L + 1));
    const height = HEADER + Math.max(...sizes) * ROW + 10;
    this.xs = sizes.map((_, l) => 30 + (l * (width - 60 - NODE)) / Math.max(1, L) + NODE / 2);
    this.ys = sizes.map((n) => Array.from({ length: n }, (_, j) => HEADER + j * ROW + NODE / 2));
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.classList.add('net-links');
    this.links = [];
    for (let l = 1; l <= L; l++) {
      for (let j = 0; j < sizes[l]; j++) {
        for (let k = 0; k < sizes[l - 1]; k++) {
          const x0 = this.xs[l - 1] + NODE / 2;
          const y0 = this.ys[l - 1][k];
          const x1 = this.xs[l] - NODE / 2;
          const y1 = this.ys[l][j];
          const mx = (x0 + x1) / 2;
          const d = `M${x0},${y0} C${mx},${y0} ${mx},${y1} ${x1},${y1}`;
          const path = document.createElementNS(SVG_NS, 'path');
          path.setAttribute('d', d);
          path.setAttribute('fill', 'none');
          const hit = document.createElementNS(SVG_NS, 'path');
          hit.setAttribute('d', d);
          hit.setAttribute('class', 'net-link-hit');
          hit.dataset.testid = `link-${l}-${j}-${k}`;
          const link = { l, j, k, path };
          hit.addEventListener('mouseenter', (e) => this.hover({ kind: 'link', l, j, k }, e));
          hit.addEventListener('mousemove', (e) => this.moveTooltip(e));
          hit.addEventListener('mouseleave', () => this.hover(null));
          hit.addEventListener('click', (e) => this.openEditor(link, e));
          svg.append(path);
          svg.append(hit);
          this.links.push(link);
        }
      }
    }
    this.thumbs = [];
    const nodes = [];
    let neuron = 0;
    for (let l = 0; l <= L; l++) {
      for (let j = 0; j < sizes[l]; j++) {
        const canvas = el('canvas', { className: 'net-neuron', testid: `neuron-${l}-${j}` });
        canvas.width = NODE;
        canvas.height = NODE;
        canvas.style.left = `${this.xs[l] - NODE / 2}px`;
        canvas.style.top = `${this.ys[l][j] - NODE / 2}px`;
        const index = neuron++;
        canvas.addEventListener('mouseenter', (e) => this.hover({ kind: 'neuron', l, j, index }, e));
        canvas.addEventListener('mousemove', (e) => this.moveTooltip(e));
        canvas.addEventListener('mouseleave', () => this.hover(null));
        nodes.push(canvas);
        this.thumbs.push(canvas);
        if (l === 0) {
          const label = el('span', { className: 'net-feature', text: featureNames[j] ?? '' });
          label.style.left = `${this.xs[0] - NODE / 2 - 4}px`;
          label.style.top = `${this.ys[0][j] - NODE / 2 - 13}px`;
          nodes.push(label);
        }
      }
    }
    // Column titles and the +/− buttons of the hidden layers.
    const heads = [];
    for (let l = 0; l <= L; l++) {
      const title = l === 0 ? this.t('network.diagram.features') : l === L ? this.t('network.diagram.output')
        : this.t('network.diagram.hidden', { layer: l, count: sizes[l] });
      const head = el('div', { className: 'net-head' }, [el('span', { text: title })]);
      if (l > 0 && l < L) {
        head.append(
          el('button', { type: 'button', className: 'mini', testid: `neurons-minus-${l}`, text: '−', onClick: () => this.on.changeNeurons(l - 1, -1) }),
          el('button', { type: 'button', className: 'mini', testid: `neurons-plus-${l}`, text: '+', onClick: () => this.on.changeNeurons(l - 1, 1) }),
        );
      }
      head.style.left = `${this.xs[l] - 45}px`;
      heads.push(head);
    }
    const layerButtons = el('div', { className: 'net-layer-buttons' }, [
      el('button', { type: 'button', className: 'mini', testid: 'layer-minus', text: '−', onClick: () => this.on.removeLayer() }),
      el('button', { type: 'button', className: 'mini', testid: 'layer-plus', text: '+', onClick: () => this.on.addLayer() }),
      el('span', { text: this.t('network.diagram.layers', { count: L - 1 }) }),
    ]);
    this.stage = el('div', { className: 'net-stage', testid: 'network-diagram' }, [svg, ...nodes, ...heads, this.tooltip]);
    this.stage.style.width = `${width}px`;
    this.stage.style.height = `${height}px`;
    this.editor = null;
    this.element.replaceChildren(layerButtons, this.stage);
    this.thumbImage = null;
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
    for (const link of this.links) maxAbs = Math.max(maxAbs, Math.abs(params[weightIndex(link.l, link.j, link.k)]));
    const scale = Math.max(1, maxAbs);
    for (const link of this.links) {
      const w = params[weightIndex(link.l, link.j, link.k)];
      if (w === link.shown) continue;
      link.shown = w;
      link.path.setAttribute('stroke', cssColor(diverging(Math.sign(w) * Math.min(1, 0.35 + Math.abs(w) / scale))));
      link.path.setAttribute('stroke-width', String(Math.min(6, 0.4 + 5 * Math.abs(w) / scale).toFixed(2)));
    }
    if (thumbs) {
      const { grid, n } = thumbs;
      if (!this.thumbImage || this.thumbImage.width !== n) {
        this.thumbScratch = document.createElement('canvas');
        this.thumbScratch.width = n;
        this.thumbScratch.height = n;
        this.thumbImage = this.thumbScratch.getContext('2d').createImageData(n, n);
      }
      this.thumbs.forEach((canvas, m) => drawThumbnail(canvas, grid, n, m, this.thumbImage, this.thumbScratch));
    }
    this.params = params;
    this.weightIndex = weightIndex;
    this.biasIndex = biasIndex;
    this.showTooltip();
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
      this.tooltip.textContent = this.t('network.diagram.weight', { l: h.l, j: h.j + 1, k: h.k + 1, value: w.toPrecision(4) });
    } else if (h.l > 0) {
      const b = this.params[this.biasIndex(h.l, h.j)];
      this.tooltip.textContent = this.t('network.diagram.bias', { l: h.l, j: h.j + 1, value: b.toPrecision(4) });
    } else {
      this.tooltip.textContent = this.t('network.diagram.feature');
    }
  }

  openEditor(link, event) {
    this.editor?.remove();
    const rect = this.stage.getBoundingClientRect();
    const current = this.params ? this.params[this.weightIndex(link.l, link.j, link.k)] : 0;
    const input = el('input', { type: 'text', className: 'net-weight-editor', testid: 'weight-editor' });
    input.value = current.toPrecision(4);
    const message = el('span', { className: 'net-editor-message', testid: 'weight-editor-message' });
    const box = el('div', { className: 'net-editor' }, [
      el('span', { text: this.t('network.diagram.editWeight', { l: link.l, j: link.j + 1, k: link.k + 1 }) }),
      input, message,
    ]);
    box.style.left = `${event.clientX - rect.left}px`;
    box.style.top = `${event.clientY - rect.top}px`;
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') box.remove();
      if (e.key !== 'Enter') return;
      const value = Number(input.value.trim());
      if (input.value.trim() === '' || !Number.isFinite(value)) {
        message.textContent = this.t('network.diagram.badWeight');
        return;
      }
      const error = this.on.editWeight(link.l, link.j, link.k, value);
      if (error) message.textContent = error;
      else box.remove();
    });
    input.addEventListener('blur', () => setTimeout(() => box.remove(), 150));
    this.stage.append(box);
    this.editor = box;
    input.focus();
    input.select();
  }
}
