// The slice f(P + ρl) of a surface through the ball along direction l, with its tangent line
// f(P) + ρ·∂f/∂l at ρ = 0 (seed 000: the directional derivative is the slope of this curve).
// Drawing only.
import { drawAxes, PlotFrame } from './plot-frame.js';

/**
 * @param {CanvasRenderingContext2D} ctx
 * @param {number} width CSS px
 * @param {number} height CSS px
 * @param {object} slice
 * @param {ArrayLike<number>} slice.values f at ρ evenly from −radius to +radius
 * @param {number} slice.radius
 * @param {number} slice.center   f(P)
 * @param {number} slice.slope    ∂f/∂l at P
 * @param {{ rho: string, value: string }} labels
 */
export function drawSlicePlot(ctx, width, height, slice, labels) {
  const { values, radius, center, slope } = slice;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) {
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
  }
  if (!(max > min)) {
    min = center - 1;
    max = center + 1;
  }
  const pad = 0.08 * (max - min);
  const frame = new PlotFrame(
    width,
    height,
    { xMin: -radius, xMax: radius, yMin: min - pad, yMax: max + pad },
    { left: 52, right: 8, top: 8, bottom: 30 },
  );
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  drawAxes(ctx, frame, { xLabel: labels.rho, yLabel: labels.value });
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.margin.left, frame.margin.top, frame.plotWidth, frame.plotHeight);
  ctx.clip();
  ctx.strokeStyle = '#1f77b4';
  ctx.lineWidth = 2;
  ctx.beginPath();
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const rho = -radius + (2 * radius * i) / (n - 1);
    const [px, py] = frame.toPixel(rho, values[i]);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.stroke();
  // Tangent at ρ = 0, over the middle half of the window.
  ctx.strokeStyle = '#d62728';
  ctx.setLineDash([6, 4]);
  ctx.beginPath();
  const [ax, ay] = frame.toPixel(-radius / 2, center - (slope * radius) / 2);
  const [bx, by] = frame.toPixel(radius / 2, center + (slope * radius) / 2);
  ctx.moveTo(ax, ay);
  ctx.lineTo(bx, by);
  ctx.stroke();
  ctx.setLineDash([]);
  const [px, py] = frame.toPixel(0, center);
  ctx.fillStyle = '#d62728';
  ctx.beginPath();
  ctx.arc(px, py, 4, 0, 2 * Math.PI);
  ctx.fill();
  ctx.restore();
}
