// The loss-landscape slice as a heat map over (α, β), drawn while it is still being computed
// (rows not yet computed are left grey), with the projected training path, the current point
// and a colour bar. Drawing only: the costs and coordinates come in as arrays.
import { cssColor, viridis } from './color-map.js';
import { drawColorTile, drawHeatMap } from './heat-map.js';
import { drawAxes } from './plot-frame.js';

/** Colour bands of the filled contours (the same as heat-map.js draws). */
const BANDS = 24;

/** Range of the finite values; null when there are none. */
export function finiteRange(values) {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return min <= max ? { min, max } : null;
}

/**
 * The colour position t ∈ [0, 1] of a value and its inverse. The log scale is in (v − min),
 * as heat-map.js's colorScale, so the colour bar's labels match the map.
 * @param {{ min: number, max: number }} range
 * @param {boolean} logScale
 */
export function colorAxis(range, logScale) {
  const { min, max } = range;
  const span = max - min;
  if (!(span > 0)) return { toT: () => 0.5, fromT: () => min };
  if (!logScale) return { toT: (v) => (v - min) / span, fromT: (t) => min + t * span };
  const floor = span * 1e-4;
  const low = Math.log(floor);
  const high = Math.log(span + floor);
  return {
    toT: (v) => (Math.log(Math.max(0, v - min) + floor) - low) / (high - low),
    fromT: (t) => min + Math.exp(low + t * (high - low)) - floor,
  };
}

/**
 * The slice itself: heat map (grey where not yet computed), axes and colour bar. The path and
 * the current point go on top with drawLandscapePath, so a panel can keep this layer and redraw
 * only the path while training moves it.
 * @param {CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D} ctx
 * @param {import('./plot-frame.js').PlotFrame} frame box in (α, β)
 * @param {{ costs: ArrayLike<number>, n: number, logScale: boolean,
 *   labels: { xLabel: string, yLabel: string, colorBar: string } }} scene
 *   costs: n×n row-major, row 0 at β = yMin, NaN where not computed
 */
export function drawLandscape(ctx, frame, scene) {
  const { costs, n, logScale } = scene;
  ctx.clearRect(0, 0, frame.width, frame.height);
  const range = finiteRange(costs);
  let complete = true;
  for (let i = 0; i < costs.length; i++) if (Number.isNaN(costs[i])) complete = false;
  if (complete && range) {
    // Banded colours make the filled contours; iso-lines are left out on purpose: stroking
    // them costs tens of milliseconds on a software canvas, more than a frame.
    const options = { logScale, bands: BANDS, lines: false };
    drawHeatMap(/** @type {CanvasRenderingContext2D} */ (ctx), frame, costs, n, options);
  } else {
    drawPartial(ctx, frame, costs, n, range, logScale);
  }
  const { xLabel, yLabel } = scene.labels;
  drawAxes(/** @type {CanvasRenderingContext2D} */ (ctx), frame, { xLabel, yLabel });
  if (range) drawColorBar(ctx, frame, range, logScale, scene.labels.colorBar);
}

function drawPartial(ctx, frame, costs, n, range, logScale) {
  const axis = range ? colorAxis(range, logScale) : null;
  drawColorTile(ctx, frame, n, (row, col) => {
    const v = costs[row * n + col];
    return Number.isFinite(v) && axis
      ? viridis((Math.floor(axis.toT(v) * BANDS) + 0.5) / BANDS)
      : [225, 228, 232];
  });
}

/**
 * The training path projected on the plane (α0, β0, α1, β1, …; a square at its start) and the
 * current point, clipped to the plot area.
 * @param {CanvasRenderingContext2D} ctx
 * @param {import('./plot-frame.js').PlotFrame} frame
 * @param {ArrayLike<number> | null} path
 * @param {[number, number] | null} current
 */
export function drawLandscapePath(ctx, frame, path, current) {
  const { margin } = frame;
  ctx.save();
  ctx.beginPath();
  ctx.rect(margin.left, margin.top, frame.plotWidth, frame.plotHeight);
  ctx.clip();
  if (path && path.length >= 4) {
    ctx.lineWidth = 2;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.95)';
    ctx.beginPath();
    for (let i = 0; i + 1 < path.length; i += 2) {
      const [px, py] = frame.toPixel(path[i], path[i + 1]);
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    }
    ctx.stroke();
    const [sx, sy] = frame.toPixel(path[0], path[1]);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(sx - 3, sy - 3, 6, 6);
  }
  if (current) {
    const [px, py] = frame.toPixel(current[0], current[1]);
    ctx.beginPath();
    ctx.arc(px, py, 5, 0, 2 * Math.PI);
    ctx.fillStyle = '#cf222e';
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  ctx.restore();
}

/** A vertical colour bar in the frame's right margin (the frame needs margin.right ≥ 70). */
function drawColorBar(ctx, frame, range, logScale, label) {
  const axis = colorAxis(range, logScale);
  const x = frame.margin.left + frame.plotWidth + 14;
  const top = frame.margin.top;
  const height = frame.plotHeight;
  const width = 12;
  ctx.save();
  const gradient = ctx.createLinearGradient(0, top + height, 0, top);
  for (let i = 0; i <= 10; i++) gradient.addColorStop(i / 10, cssColor(viridis(i / 10)));
  ctx.fillStyle = gradient;
  ctx.fillRect(x, top, width, height);
  ctx.strokeStyle = '#555';
  ctx.strokeRect(x + 0.5, top + 0.5, width, height);
  ctx.fillStyle = '#333';
  ctx.font = '10px system-ui, sans-serif';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (let i = 0; i <= 4; i++) {
    const t = i / 4;
    const py = top + (1 - t) * height;
    ctx.fillText(formatBar(axis.fromT(t)), x + width + 3, py);
  }
  ctx.textBaseline = 'bottom';
  ctx.fillText(label, x - 4, top - 1 > 10 ? top - 1 : 10);
  ctx.restore();
}

function formatBar(v) {
  const m = Math.abs(v);
  if (m !== 0 && (m < 1e-2 || m >= 1e4)) return v.toExponential(1);
  return String(Number(v.toPrecision(3)));
}
