// The mapping between a data box and a canvas's pixels, with margins for axes, and the axes
// themselves. Shared by every 2-D map view.

/** @typedef {{ xMin: number, xMax: number, yMin: number, yMax: number }} Box */

export class PlotFrame {
  /**
   * @param {number} width  CSS pixels
   * @param {number} height CSS pixels
   * @param {Box} box
   * @param {{ left: number, right: number, top: number, bottom: number }} [margin]
   */
  constructor(width, height, box, margin = { left: 44, right: 10, top: 10, bottom: 34 }) {
    this.width = width;
    this.height = height;
    this.box = box;
    this.margin = margin;
    this.plotWidth = width - margin.left - margin.right;
    this.plotHeight = height - margin.top - margin.bottom;
  }
  /** @returns {[number, number]} canvas (CSS px) position of data point (x, y) */
  toPixel(x, y) {
    const { box, margin } = this;
    return [
      margin.left + ((x - box.xMin) / (box.xMax - box.xMin)) * this.plotWidth,
      margin.top + ((box.yMax - y) / (box.yMax - box.yMin)) * this.plotHeight,
    ];
  }
  /** @returns {{ x: number, y: number }} data point at canvas (CSS px) position */
  fromPixel(px, py) {
    const { box, margin } = this;
    return {
      x: box.xMin + ((px - margin.left) / this.plotWidth) * (box.xMax - box.xMin),
      y: box.yMax - ((py - margin.top) / this.plotHeight) * (box.yMax - box.yMin),
    };
  }
  /** True when the CSS-pixel position lies inside the plot area. */
  contains(px, py) {
    const { margin } = this;
    return (
      px >= margin.left &&
      px <= margin.left + this.plotWidth &&
      py >= margin.top &&
      py <= margin.top + this.plotHeight
    );
  }
}

/** "Nice" tick values covering [min, max] with about `count` ticks. */
export function niceTicks(min, max, count = 5) {
  const span = max - min;
  if (!(span > 0)) return [min];
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
    ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  }
  return ticks;
}

const formatTick = (v) => String(Number(v.toPrecision(6)));

/**
 * Draws axes with ticks and labels around the plot area.
 * @param {CanvasRenderingContext2D} ctx
 * @param {PlotFrame} frame
 * @param {{ xLabel?: string, yLabel?: string }} [labels]
 */
export function drawAxes(ctx, frame, labels = {}) {
  const { box, margin } = frame;
  const bottom = margin.top + frame.plotHeight;
  ctx.save();
  ctx.strokeStyle = '#555';
  ctx.fillStyle = '#333';
  ctx.font = '11px system-ui, sans-serif';
  ctx.lineWidth = 1;
  ctx.strokeRect(margin.left + 0.5, margin.top + 0.5, frame.plotWidth, frame.plotHeight);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const x of niceTicks(box.xMin, box.xMax, 6)) {
    const [px] = frame.toPixel(x, box.yMin);
    ctx.beginPath();
    ctx.moveTo(px, bottom);
    ctx.lineTo(px, bottom + 4);
    ctx.stroke();
    ctx.fillText(formatTick(x), px, bottom + 6);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const y of niceTicks(box.yMin, box.yMax, 6)) {
    const [, py] = frame.toPixel(box.xMin, y);
    ctx.beginPath();
    ctx.moveTo(margin.left - 4, py);
    ctx.lineTo(margin.left, py);
    ctx.stroke();
    ctx.fillText(formatTick(y), margin.left - 6, py);
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  if (labels.xLabel) {
    ctx.fillText(labels.xLabel, margin.left + frame.plotWidth / 2, frame.height - 2);
  }
  if (labels.yLabel) {
    ctx.translate(11, margin.top + frame.plotHeight / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'middle';
    ctx.fillText(labels.yLabel, 0, 0);
  }
  ctx.restore();
}

/**
 * Sizes a canvas for the device pixel ratio and returns its context scaled to CSS pixels.
 * @param {HTMLCanvasElement} canvas
 * @param {number} width CSS pixels
 * @param {number} height CSS pixels
 */
export function setupCanvas(canvas, width, height) {
  const ratio = globalThis.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  return ctx;
}
