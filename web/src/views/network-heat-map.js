// The Network lab's decision map: the network's output over the 2-D input box as a coloured
// image (from the core's grid), with the training and test points on top. Drawing only.
import { cssColor, diverging } from './color-map.js';

// Class colours for multi-class problems (one per output), readable on a light background.
// The diverging map sampled once (512 steps over [−1, 1]): per-pixel lookups instead of an
// interpolation and an array allocation per pixel, which dominated the frame's garbage.
const LUT_SIZE = 512;
const LUT = new Uint8ClampedArray(3 * LUT_SIZE);
for (let i = 0; i < LUT_SIZE; i++) {
  const rgb = diverging((2 * i) / (LUT_SIZE - 1) - 1);
  LUT.set([Math.round(rgb[0]), Math.round(rgb[1]), Math.round(rgb[2])], 3 * i);
}
/** Index into LUT of a value t in [−1, 1] (clamped; NaN → 0). */
function lutIndex(t) {
  const u = Number.isFinite(t) ? Math.min(1, Math.max(-1, t)) : 0;
  return 3 * Math.round(((u + 1) / 2) * (LUT_SIZE - 1));
}

export const CLASS_COLORS = [
  [8, 119, 189],
  [245, 147, 34],
  [44, 160, 44],
  [214, 39, 40],
  [148, 103, 189],
  [140, 86, 75],
  [227, 119, 194],
  [127, 127, 127],
];

/**
 * @typedef {object} MapPoints
 * @property {ArrayLike<number>} inputs  n × 2 row-major
 * @property {ArrayLike<number>} targets n × outputs row-major
 * @property {boolean} test              drawn with a dark outline
 */

export class NetworkHeatMap {
  /**
   * @param {HTMLCanvasElement} canvas
   * @param {{ xMin: number, xMax: number, yMin: number, yMax: number }} box
   */
  constructor(canvas, box) {
    this.canvas = canvas;
    this.box = box;
    /** The picture's size in CSS pixels (the canvas's backing store covers it at `resize`). */
    this.width = canvas.width;
    this.height = canvas.height;
    this.image = null;
    // The grid's n × n image, kept so that a resize redraws without the core.
    this.scratch = document.createElement('canvas');
    /** What the last draw put on top of the image, for a redraw at a new size. */
    this.overlay = null;
  }

  /**
   * Sizes the backing store to the canvas's CSS size in device pixels and redraws the last
   * picture at it: a sharp map at any size and pixel ratio, from the same grid.
   * @param {{ width: number, height: number, pixelWidth: number, pixelHeight: number }} size
   */
  resize({ width, height, pixelWidth, pixelHeight }) {
    this.width = width;
    this.height = height;
    this.canvas.width = Math.max(1, pixelWidth);
    this.canvas.height = Math.max(1, pixelHeight);
    if (this.overlay) this.compose();
  }

  /** CSS pixel of the picture → data coordinates. */
  toData(px, py) {
    const { xMin, xMax, yMin, yMax } = this.box;
    return {
      x: xMin + (px / this.width) * (xMax - xMin),
      y: yMax - (py / this.height) * (yMax - yMin),
    };
  }

  /**
   * @param {object} spec
   * @param {Float32Array} spec.grid      the core's grid (all neurons); outputs are the last
   *   `outputs`
   * @param {number} spec.n               grid resolution
   * @param {number} spec.neuronCount
   * @param {number} spec.outputs
   * @param {string} spec.task            'binary' | 'regression' | 'multi-class'
   * @param {number} spec.threshold       binary decision threshold (0 or 0.5)
   * @param {boolean} spec.discretize
   * @param {MapPoints[]} spec.points     copies (kept for a redraw at a new size)
   */
  draw({ grid, n, neuronCount, outputs, task, threshold, discretize, points }) {
    this.paintGrid({ grid, n, neuronCount, outputs, task, threshold, discretize });
    this.overlay = { points, outputs, task, threshold };
    this.compose();
  }

  /** The grid's colours into the n × n scratch image (read from the grid now, not kept). */
  paintGrid({ grid, n, neuronCount, outputs, task, threshold, discretize }) {
    if (!this.image || this.image.width !== n) {
      this.scratch.width = n;
      this.scratch.height = n;
      this.image = this.scratch.getContext('2d').createImageData(n, n);
    }
    const data = this.image.data;
    const plane = n * n;
    const first = (neuronCount - outputs) * plane;
    for (let row = 0; row < n; row++) {
      // Row 0 of the grid is yMin: the bottom of the canvas.
      const canvasRow = n - 1 - row;
      for (let col = 0; col < n; col++) {
        const g = row * n + col;
        const i = 4 * (canvasRow * n + col);
        if (task === 'multi-class') {
          let best = 0;
          for (let k = 1; k < outputs; k++) {
            if (grid[first + k * plane + g] > grid[first + best * plane + g]) best = k;
          }
          const p = (discretize ? 1 : grid[first + best * plane + g]) * 0.75;
          const c = CLASS_COLORS[best % CLASS_COLORS.length];
          data[i] = 255 + (c[0] - 255) * p;
          data[i + 1] = 255 + (c[1] - 255) * p;
          data[i + 2] = 255 + (c[2] - 255) * p;
        } else {
          const scale = threshold === 0.5 ? 0.5 : 1;
          let t = (grid[first + g] - threshold) / scale;
          if (discretize && task !== 'regression') t = t > 0 ? 1 : -1;
          const c = lutIndex(t);
          data[i] = LUT[c];
          data[i + 1] = LUT[c + 1];
          data[i + 2] = LUT[c + 2];
        }
        data[i + 3] = 255;
      }
    }
    this.scratch.getContext('2d').putImageData(this.image, 0, 0);
  }

  /**
   * The image smoothly scaled to the whole canvas, then the axes and the points, drawn in CSS
   * pixels at the backing store's scale (lines and dots keep their size on any screen).
   */
  compose() {
    const ctx = /** @type {CanvasRenderingContext2D} */ (this.canvas.getContext('2d'));
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(this.scratch, 0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(this.canvas.width / this.width, 0, 0, this.canvas.height / this.height, 0, 0);
    this.drawAxes(ctx);
    if (!this.overlay) return;
    const { points, ...options } = this.overlay;
    for (const set of points) this.drawPoints(ctx, set, options);
  }

  drawAxes(ctx) {
    const { xMin, xMax, yMin, yMax } = this.box;
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.15)';
    ctx.lineWidth = 1;
    const x0 = ((0 - xMin) / (xMax - xMin)) * this.width;
    const y0 = ((yMax - 0) / (yMax - yMin)) * this.height;
    ctx.beginPath();
    ctx.moveTo(x0, 0);
    ctx.lineTo(x0, this.height);
    ctx.moveTo(0, y0);
    ctx.lineTo(this.width, y0);
    ctx.stroke();
  }

  drawPoints(ctx, { inputs, targets, test }, { outputs, task, threshold }) {
    const { xMin, xMax, yMin, yMax } = this.box;
    const w = this.width;
    const h = this.height;
    // Dots grow a little with a big map (3.5 CSS px at 320 px, 6 at 540 px).
    const radius = Math.max(3.5, Math.min(w, h) / 90);
    const count = inputs.length / 2;
    ctx.lineWidth = test ? 1.5 : 1;
    ctx.strokeStyle = test ? '#111' : '#fff';
    for (let i = 0; i < count; i++) {
      const px = ((inputs[2 * i] - xMin) / (xMax - xMin)) * w;
      const py = ((yMax - inputs[2 * i + 1]) / (yMax - yMin)) * h;
      let rgb;
      if (task === 'multi-class') {
        let best = 0;
        for (let k = 1; k < outputs; k++) {
          if (targets[i * outputs + k] > targets[i * outputs + best]) best = k;
        }
        rgb = CLASS_COLORS[best % CLASS_COLORS.length];
      } else if (task === 'regression') {
        rgb = diverging(targets[i]);
      } else {
        rgb = diverging(targets[i] > threshold ? 1 : -1);
      }
      ctx.fillStyle = cssColor(rgb);
      ctx.beginPath();
      ctx.arc(px, py, radius, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    }
  }
}

/**
 * Draws every neuron's activation plane of the grid as a size×size square of a 2-D context
 * (diagram thumbnails): all planes go into one atlas image (one putImageData per frame), then
 * each square is copied to its place.
 * @param {CanvasRenderingContext2D} ctx
 * @param {{ x: number, y: number }[]} places top-left corner of neuron m's square
 * @param {number} size
 * @param {Float32Array} grid @param {number} n
 * @param {{ image?: ImageData, canvas?: HTMLCanvasElement }} atlas reused between frames
 */
export function drawThumbnails(ctx, places, size, grid, n, atlas) {
  const count = places.length;
  if (!atlas.image || atlas.image.width !== n * count || atlas.image.height !== n) {
    atlas.canvas = document.createElement('canvas');
    atlas.canvas.width = n * count;
    atlas.canvas.height = n;
    atlas.image = atlas.canvas.getContext('2d').createImageData(n * count, n);
  }
  const data = atlas.image.data;
  const width = n * count;
  const plane = n * n;
  for (let m = 0; m < count; m++) {
    const offset = m * plane;
    // Each neuron's picture is scaled by its own largest |a| so that unbounded activations
    // (ReLU, raw features) still show their shape; the sign is kept.
    let max = 1e-12;
    for (let g = 0; g < plane; g++) max = Math.max(max, Math.abs(grid[offset + g]));
    const scale = max > 1 ? 1 / max : 1;
    for (let row = 0; row < n; row++) {
      const canvasRow = n - 1 - row;
      for (let col = 0; col < n; col++) {
        const c = lutIndex(grid[offset + row * n + col] * scale);
        const i = 4 * (canvasRow * width + m * n + col);
        data[i] = LUT[c];
        data[i + 1] = LUT[c + 1];
        data[i + 2] = LUT[c + 2];
        data[i + 3] = 255;
      }
    }
  }
  atlas.canvas.getContext('2d').putImageData(atlas.image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.strokeStyle = '#555';
  ctx.lineWidth = 1;
  places.forEach((p, m) => {
    ctx.drawImage(atlas.canvas, m * n, 0, n, n, p.x, p.y, size, size);
    ctx.strokeRect(p.x + 0.5, p.y + 0.5, size - 1, size - 1);
  });
}
