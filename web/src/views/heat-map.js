// A filled contour map of a scalar field given on an n×n grid (row 0 at the box's yMin), with
// iso-lines. Drawing only: values come in as an array, nothing is computed about the model.
import { contours } from 'd3-contour';
import { cssColor, viridis } from './color-map.js';

/**
 * Maps raw values to [0, 1] for colouring: linear between min and max, or logarithmic in
 * (value − min), which shows the floor of a valley that a linear scale paints flat.
 * @param {ArrayLike<number>} values
 * @param {boolean} logScale
 * @returns {(v: number) => number}
 */
export function colorScale(values, logScale) {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (!(max > min)) return () => 0.5;
  if (!logScale) return (v) => (v - min) / (max - min);
  const floor = (max - min) * 1e-4;
  const low = Math.log(floor);
  const high = Math.log(max - min + floor);
  return (v) => (Math.log(Math.max(0, v - min) + floor) - low) / (high - low);
}

/**
 * @param {CanvasRenderingContext2D} ctx
 * @param {import('./plot-frame.js').PlotFrame} frame
 * @param {ArrayLike<number>} grid n×n values, row-major, row 0 at yMin
 * @param {number} n
 * @param {{ logScale?: boolean, bands?: number, lines?: boolean }} [options]
 */
export function drawHeatMap(ctx, frame, grid, n, options = {}) {
  const { logScale = false, bands = 24, lines = true } = options;
  const scale = colorScale(grid, logScale);
  const normalized = new Float64Array(n * n);
  ctx.save();
  drawColorTile(ctx, frame, n, (row, col) => {
    const t = scale(grid[row * n + col]);
    normalized[(n - 1 - row) * n + col] = t;
    return viridis((Math.floor(t * bands) + 0.5) / bands);
  });
  if (lines) drawIsoLines(ctx, frame, normalized, n, bands);
  ctx.restore();
}

/**
 * Fills the plot area with an n×n tile of colours, unsmoothed: colorAt(row, col) in grid order
 * (row 0 at yMin; canvas rows run top-down, so they are flipped here).
 * @param {CanvasRenderingContext2D} ctx
 * @param {import('./plot-frame.js').PlotFrame} frame
 * @param {number} n
 * @param {(row: number, col: number) => number[]} colorAt [r, g, b] in 0..255
 */
export function drawColorTile(ctx, frame, n, colorAt) {
  const image = new ImageData(n, n);
  for (let row = 0; row < n; row++) {
    const canvasRow = n - 1 - row;
    for (let col = 0; col < n; col++) {
      const [r, g, b] = colorAt(row, col);
      const k = (canvasRow * n + col) * 4;
      image.data[k] = r;
      image.data[k + 1] = g;
      image.data[k + 2] = b;
      image.data[k + 3] = 255;
    }
  }
  const tile = new OffscreenCanvas(n, n);
  const tileContext = /** @type {OffscreenCanvasRenderingContext2D} */ (tile.getContext('2d'));
  tileContext.putImageData(image, 0, 0);
  const { margin, plotWidth, plotHeight } = frame;
  ctx.save();
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(tile, margin.left, margin.top, plotWidth, plotHeight);
  ctx.restore();
}

function drawIsoLines(ctx, frame, normalized, n, bands) {
  const thresholds = Array.from({ length: bands - 1 }, (_, i) => (i + 1) / bands);
  const { margin, plotWidth, plotHeight } = frame;
  // d3-contour works in grid-cell units with (0, 0) at the top-left corner of the first cell.
  const sx = plotWidth / n;
  const sy = plotHeight / n;
  ctx.lineWidth = 0.7;
  for (const level of contours().size([n, n]).thresholds(thresholds)(Array.from(normalized))) {
    ctx.strokeStyle = cssColor([255, 255, 255], 0.18 + 0.25 * (1 - level.value));
    ctx.beginPath();
    for (const polygon of level.coordinates) {
      for (const ring of polygon) {
        ring.forEach(([gx, gy], i) => {
          const px = margin.left + gx * sx;
          const py = margin.top + gy * sy;
          if (i === 0) ctx.moveTo(px, py);
          else ctx.lineTo(px, py);
        });
      }
    }
    ctx.stroke();
  }
}
