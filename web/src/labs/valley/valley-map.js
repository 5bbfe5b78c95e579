// The valley map: a base canvas (heat map, iso-lines, axes; redrawn when the surface changes)
// under an overlay canvas (trail, ball, arrow; redrawn every frame). Clicks report data points.
import { el } from '../controls.js';
import { drawHeatMap } from '../../views/heat-map.js';
import { PlotFrame, drawAxes, setupCanvas } from '../../views/plot-frame.js';
import { drawValleyOverlay } from '../../views/valley-overlay.js';

const SIZE = 520;
export const GRID_SIZE = 220;

export class ValleyMap {
  /** @param {(point: { x: number, y: number }) => void} onPick */
  constructor(onPick) {
    this.base = el('canvas', { testid: 'valley-map' });
    this.overlay = el('canvas', { testid: 'valley-overlay', className: 'overlay' });
    this.element = el('div', { className: 'map-stack' }, [this.base, this.overlay]);
    this.baseCtx = setupCanvas(this.base, SIZE, SIZE);
    this.overlayCtx = setupCanvas(this.overlay, SIZE, SIZE);
    this.element.style.width = `${SIZE}px`;
    this.element.style.height = `${SIZE}px`;
    this.frame = null;
    this.overlay.addEventListener('click', (event) => {
      if (!this.frame) return;
      const rect = this.overlay.getBoundingClientRect();
      const px = ((event.clientX - rect.left) / rect.width) * SIZE;
      const py = ((event.clientY - rect.top) / rect.height) * SIZE;
      if (this.frame.contains(px, py)) onPick(this.frame.fromPixel(px, py));
    });
  }

  /**
   * @param {ArrayLike<number>} grid GRID_SIZE² values over `box`
   * @param {import('../../views/plot-frame.js').Box} box
   * @param {boolean} logScale
   */
  drawSurface(grid, box, logScale) {
    this.frame = new PlotFrame(SIZE, SIZE, box);
    this.baseCtx.clearRect(0, 0, SIZE, SIZE);
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
}
