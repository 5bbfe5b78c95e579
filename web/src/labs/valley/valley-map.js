// The valley map: a base canvas (heat map, iso-lines, axes; redrawn when the surface changes)
// under an overlay canvas (trail, ball, arrow; redrawn every frame). Clicks report data points.
// The map is square and as wide as its container (fluid-size.js): a resize re-rasterises the
// base from the grid it keeps and asks for an overlay redraw, without a call into the core.
// The overlay takes focus: arrow keys move a cursor on the map, Enter drops the ball there.
import { el } from '../controls.js';
import { CanvasCursor } from '../shared/canvas-cursor.js';
import { drawHeatMap } from '../../views/heat-map.js';
import { PlotFrame, drawAxes, setupCanvas } from '../../views/plot-frame.js';
import { drawValleyOverlay } from '../../views/valley-overlay.js';
import { observeWidth, squareSide } from '../shared/fluid-size.js';

const MIN_SIZE = 240;
const MAX_SIZE = 1000;
const FIRST_SIZE = 520; // before the first layout
export const GRID_SIZE = 220;

export class ValleyMap {
  /**
   * @param {(point: { x: number, y: number }) => void} onPick
   * @param {() => void} onResize called after a resize redrew the base (redraw the overlay)
   * @param {(key: string, params?: object) => string} t
   */
  constructor(onPick, onResize, t) {
    this.base = el('canvas', { testid: 'valley-map' });
    this.overlay = el('canvas', { testid: 'valley-overlay', className: 'overlay' });
    this.element = el('div', { className: 'map-stack fluid-square' }, [this.base, this.overlay]);
    this.frame = null;
    /** @type {{ grid: Float64Array, box: any, logScale: boolean } | null} a copy, for resizes */
    this.surface = null;
    this.resize(FIRST_SIZE);
    this.cursor = new CanvasCursor(this.overlay, t('a11y.valley.mapName'), {
      frame: () => this.frame,
      enter: onPick,
    });
    this.overlay.addEventListener('click', (event) => {
      if (!this.frame) return;
      const rect = this.overlay.getBoundingClientRect();
      const px = ((event.clientX - rect.left) / rect.width) * this.size;
      const py = ((event.clientY - rect.top) / rect.height) * this.size;
      if (this.frame.contains(px, py)) onPick(this.frame.fromPixel(px, py));
    });
    this.stopObserving = observeWidth(this.element, (width) => {
      const side = squareSide(width, MIN_SIZE, MAX_SIZE);
      if (side === this.size) return;
      this.resize(side);
      this.redrawSurface();
      onResize();
    });
  }

  /** @param {number} side CSS pixels */
  resize(side) {
    this.size = side;
    this.baseCtx = setupCanvas(this.base, side, side);
    this.overlayCtx = setupCanvas(this.overlay, side, side);
    this.cursor?.place();
  }

  /**
   * @param {ArrayLike<number>} grid GRID_SIZE² values over `box` (a view: copied here)
   * @param {import('../../views/plot-frame.js').Box} box
   * @param {boolean} logScale
   */
  drawSurface(grid, box, logScale) {
    this.surface = { grid: Float64Array.from(grid), box, logScale };
    this.redrawSurface();
  }

  redrawSurface() {
    if (!this.surface) return;
    const { grid, box, logScale } = this.surface;
    this.frame = new PlotFrame(this.size, this.size, box);
    this.baseCtx.clearRect(0, 0, this.size, this.size);
    drawHeatMap(this.baseCtx, this.frame, grid, GRID_SIZE, { logScale });
    drawAxes(this.baseCtx, this.frame, { xLabel: 'x', yLabel: 'y' });
  }

  /** @returns {HTMLCanvasElement} the map and its overlay in one canvas (for PNG export) */
  composite() {
    const canvas = document.createElement('canvas');
    canvas.width = this.base.width;
    canvas.height = this.base.height;
    const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(this.base, 0, 0);
    ctx.drawImage(this.overlay, 0, 0);
    return canvas;
  }

  /** @param {Parameters<typeof drawValleyOverlay>[2]} scene */
  drawScene(scene) {
    if (this.frame) drawValleyOverlay(this.overlayCtx, this.frame, scene);
  }

  /**
   * The map in words (the cursor and the focused ball), at most every few seconds.
   * @param {() => string} text
   */
  describe(text) {
    this.cursor.describe(text);
  }

  dispose() {
    this.cursor.dispose();
    this.stopObserving();
  }
}
