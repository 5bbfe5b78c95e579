// Points in colour groups with lines over them (fitted lines, curves, decision lines): drawing
// only; the caller computes every coordinate.
import { drawAxes } from './plot-frame.js';

/**
 * @typedef {object} ScatterScene
 * @property {{ x: number, y: number, color: string, ring?: string }[]} points  ring: outline
 *   colour (e.g. a mistake)
 * @property {{
 *   xs: ArrayLike<number>, ys: ArrayLike<number>, color: string, width?: number, dash?: number[]
 * }[]} lines
 * @property {{ polygon: [number, number][], color: string }[]} [bands]  filled areas (margin band)
 * @property {string} [xLabel]
 * @property {string} [yLabel]
 * @property {{ color: string, text: string }[]} [legend]  drawn in the top-left corner
 */

/**
 * @param {CanvasRenderingContext2D} ctx
 * @param {import('./plot-frame.js').PlotFrame} frame
 * @param {ScatterScene} scene
 */
export function drawScatterPlot(ctx, frame, scene) {
  ctx.save();
  ctx.clearRect(0, 0, frame.width, frame.height);
  ctx.fillStyle = '#fff';
  ctx.fillRect(frame.margin.left, frame.margin.top, frame.plotWidth, frame.plotHeight);
  ctx.restore();
  drawAxes(ctx, frame, { xLabel: scene.xLabel, yLabel: scene.yLabel });
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.margin.left, frame.margin.top, frame.plotWidth, frame.plotHeight);
  ctx.clip();
  for (const band of scene.bands ?? []) {
    ctx.fillStyle = band.color;
    ctx.beginPath();
    band.polygon.forEach(([x, y], i) => {
      const [px, py] = frame.toPixel(x, y);
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    });
    ctx.closePath();
    ctx.fill();
  }
  for (const line of scene.lines) {
    ctx.strokeStyle = line.color;
    ctx.lineWidth = line.width ?? 2;
    ctx.setLineDash(line.dash ?? []);
    ctx.beginPath();
    let started = false;
    for (let i = 0; i < line.xs.length; i++) {
      if (!Number.isFinite(line.ys[i])) {
        started = false;
        continue;
      }
      const [px, py] = frame.toPixel(line.xs[i], line.ys[i]);
      if (!started) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
      started = true;
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
  for (const p of scene.points) {
    const [px, py] = frame.toPixel(p.x, p.y);
    ctx.fillStyle = p.color;
    ctx.beginPath();
    ctx.arc(px, py, 4.5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.lineWidth = p.ring ? 2.5 : 1;
    ctx.strokeStyle = p.ring ?? '#fff';
    if (p.ring) {
      ctx.beginPath();
      ctx.arc(px, py, 7.5, 0, 2 * Math.PI);
    }
    ctx.stroke();
  }
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  (scene.legend ?? []).forEach((entry, k) => {
    const x = frame.margin.left + 10;
    const y = frame.margin.top + 14 + 18 * k;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
    ctx.fillRect(x - 6, y - 8, ctx.measureText(entry.text).width + 28, 16);
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(x + 2, y, 4.5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#222';
    ctx.fillText(entry.text, x + 12, y);
  });
  ctx.restore();
}

/** A box around the values with a margin, never empty. */
export function paddedRange(values, pad = 0.08) {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (Number.isFinite(v)) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }
  if (!Number.isFinite(min)) return [-1, 1];
  if (max - min < 1e-9) return [min - 1, max + 1];
  const p = (max - min) * pad;
  return [min - p, max + p];
}
