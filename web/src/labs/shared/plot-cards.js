// Cards the Regression and Classification labs share: a small chart card, and the cost valley
// over two weights drawn as a base canvas (heat map, per model) under an overlay (the descent
// path, per frame).
import { el } from '../controls.js';
import { drawHeatMap } from '../../views/heat-map.js';
import { PlotFrame, drawAxes, setupCanvas } from '../../views/plot-frame.js';
import { drawValleyOverlay } from '../../views/valley-overlay.js';
import { observeWidth, squareSide } from './fluid-size.js';

/** A chart card holding one small chart canvas. @param {HTMLCanvasElement} canvas */
export function smallChartCard(canvas) {
  return el('div', { className: 'chart-card' }, [
    el('div', { className: 'chart-box small' }, [canvas]),
  ]);
}

const MIN_SIZE = 240;
const MAX_SIZE = 720;

export class WeightValley {
  /**
   * @param {number} size canvas pixels (square) before the first layout
   * @param {() => void} redraw draws the path again (after a resize redrew the base)
   */
  constructor(size, redraw) {
    this.base = el('canvas', { testid: 'valley-map' });
    this.overlay = el('canvas', { testid: 'valley-overlay', className: 'overlay' });
    this.resize(size);
    // The square stack fills its card's width; a resize re-rasterises the base from the cost
    // grid kept from the last draw (no call into the core) and asks for the path again.
    this.element = el('div', { className: 'map-stack fluid-square' }, [this.base, this.overlay]);
    this.element.style.maxWidth = `${MAX_SIZE}px`;
    /** @type {PlotFrame | null} null until a base is drawn */
    this.frame = null;
    /** @type {{ values: Float64Array, grid: number, box: any, i: number, j: number } | null} */
    this.last = null;
    this.stopObserving = observeWidth(this.element, (width) => {
      const side = squareSide(width, MIN_SIZE, MAX_SIZE);
      if (side === this.size) return;
      this.resize(side);
      if (!this.frame || !this.last) return;
      this.drawLast();
      redraw();
    });
  }

  /** @param {number} side CSS pixels */
  resize(side) {
    this.size = side;
    this.baseCtx = setupCanvas(this.base, side, side);
    this.overlayCtx = setupCanvas(this.overlay, side, side);
  }

  dispose() {
    this.stopObserving();
  }

  /**
   * The cost over (w_i, w_j), the other weights at their values in `base`, on a grid×grid
   * heat map (log colours) with axes.
   * @param {{ costGrid: Function }} model @param {number} i @param {number} j
   * @param {ArrayLike<number>} base @param {number} grid
   * @param {{ iMin: number, iMax: number, jMin: number, jMax: number }} box
   */
  drawBase(model, i, j, base, box, grid) {
    const frameBox = { xMin: box.iMin, xMax: box.iMax, yMin: box.jMin, yMax: box.jMax };
    // costGrid returns a view: copied, so a resize can draw it again.
    const values = Float64Array.from(model.costGrid(i, j, base, box, grid));
    this.last = { values, grid, box: frameBox, i, j };
    this.drawLast();
  }

  /** The last cost grid drawn, at the current size. */
  drawLast() {
    if (!this.last) return;
    const { values, grid, box, i, j } = this.last;
    this.frame = new PlotFrame(this.size, this.size, box);
    this.clearBase();
    drawHeatMap(this.baseCtx, this.frame, values, grid, { logScale: true });
    drawAxes(this.baseCtx, this.frame, { xLabel: `w${i}`, yLabel: `w${j}` });
  }

  /**
   * The descent path and the ball over the base (nothing before a base is drawn).
   * @param {number[]} trail flat (x, y) pairs
   * @param {{ x: number, y: number }} ball where the weights are now
   * @param {{ x: number, y: number }[]} [minima]
   */
  drawPath(trail, ball, minima = []) {
    if (!this.frame) return;
    const racer = {
      color: '#ff4d4d',
      path: trail,
      ball,
      gradient: null,
      velocity: null,
      stepSizes: null,
      focused: true,
    };
    drawValleyOverlay(this.overlayCtx, this.frame, { racers: [racer], minima });
  }

  clearBase() {
    this.baseCtx.clearRect(0, 0, this.size, this.size);
  }

  clear() {
    this.frame = null;
    this.last = null;
    this.clearBase();
    this.overlayCtx.clearRect(0, 0, this.size, this.size);
  }
}
