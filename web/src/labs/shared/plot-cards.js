// Cards the Regression and Classification labs share: a small chart card, and the cost valley
// over two weights drawn as a base canvas (heat map, per model) under an overlay (the descent
// path, per frame).
import { el } from '../controls.js';
import { drawHeatMap } from '../../views/heat-map.js';
import { PlotFrame, drawAxes, setupCanvas } from '../../views/plot-frame.js';
import { drawValleyOverlay } from '../../views/valley-overlay.js';

/** A chart card holding one small chart canvas. @param {HTMLCanvasElement} canvas */
export function smallChartCard(canvas) {
  return el('div', { className: 'chart-card' }, [
    el('div', { className: 'chart-box small' }, [canvas]),
  ]);
}

export class WeightValley {
  /** @param {number} size canvas pixels (square) */
  constructor(size) {
    this.size = size;
    this.base = el('canvas', { testid: 'valley-map' });
    this.overlay = el('canvas', { testid: 'valley-overlay', className: 'overlay' });
    this.baseCtx = setupCanvas(this.base, size, size);
    this.overlayCtx = setupCanvas(this.overlay, size, size);
    // The stack fills its card's width (up to a third larger than drawn) and stays square; the
    // canvases scale with it (the overlay's clicks are mapped through its rect).
    this.element = el('div', { className: 'map-stack scaled-square' }, [this.base, this.overlay]);
    this.element.style.maxWidth = `${Math.round(size * 1.34)}px`;
    for (const canvas of [this.base, this.overlay]) {
      canvas.style.width = '100%';
      canvas.style.height = '100%';
    }
    /** @type {PlotFrame | null} null until a base is drawn */
    this.frame = null;
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
    this.frame = new PlotFrame(this.size, this.size, frameBox);
    const values = model.costGrid(i, j, base, box, grid);
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
    this.clearBase();
    this.overlayCtx.clearRect(0, 0, this.size, this.size);
  }
}
