// The Network lab's decision map: the network's output over the 2-D input box as a coloured
// image (from the core's grid), with the training and test points on top. Drawing only.
import { cssColor, diverging } from './color-map.js';

// Class colours for multi-class problems (one per output), readable on a light background.
export const CLASS_COLORS = [[8, 119, 189], [245, 147, 34], [44, 160, 44], [214, 39, 40], [148, 103, 189], [140, 86, 75], [227, 119, 194], [127, 127, 127]];

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
    this.image = null;
    this.scratch = document.createElement('canvas');
  }

  /** Canvas pixel → data coordinates. */
  toData(px, py) {
    const { xMin, xMax, yMin, yMax } = this.box;
    return {
      x: xMin + (px / this.canvas.width) * (xMax - xMin),
      y: yMax - (py / this.canvas.height) * (yMax - yMin),
    };
  }

  /**
   * @param {object} spec
   * @param {Float32Array} spec.grid      the core's grid (all neurons); outputs are the last `outputs`
   * @param {number} spec.n               grid resolution
   * @param {number} spec.neuronCount
   * @param {number} spec.outputs
   * @param {string} spec.task            'binary' | 'regression' | 'multi-class'
   * @param {number} spec.threshold       binary decision threshold (0 or 0.5)
   * @param {boolean} spec.discretize
   * @param {MapPoints[]} spec.points
   */
  draw({ grid, n, neuronCount, outputs, task, threshold, discretize, points }) {
    const ctx = this.canvas.getContext('2d');
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
        let rgb;
        if (task === 'multi-class') {
          let best = 0;
          for (let k = 1; k < outputs; k++) if (grid[first + k * plane + g] > grid[first + best * plane + g]) best = k;
          const p = discretize ? 1 : grid[first + best * plane + g];
          const c = CLASS_COLORS[best % CLASS_COLORS.length];
          rgb = [255 + (c[0] - 255) * p * 0.75, 255 + (c[1] - 255) * p * 0.75, 255 + (c[2] - 255) * p * 0.75];
        } else {
          const scale = threshold === 0.5 ? 0.5 : 1;
          let t = (grid[first + g] - threshold) / scale;
          if (discretize && task !== 'regression') t = t > 0 ? 1 : -1;
          rgb = diverging(t);
        }
        const i = 4 * (canvasRow * n + col);
        data[i] = rgb[0];
        data[i + 1] = rgb[1];
        data[i + 2] = rgb[2];
        data[i + 3] = 255;
      }
    }
    this.scratch.getContext('2d').putImageData(this.image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.scratch, 0, 0, this.canvas.width, this.canvas.height);
    this.drawAxes(ctx);
    for (const set of points) this.drawPoints(ctx, set, { outputs, task, threshold });
  }

  drawAxes(ctx) {
    const { xMin, xMax, yMin, yMax } = this.box;
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.15)';
    ctx.lineWidth = 1;
    const x0 = ((0 - xMin) / (xMax - xMin)) * this.canvas.width;
    const y0 = ((yMax - 0) / (yMax - yMin)) * this.canvas.height;
    ctx.beginPath();
    ctx.moveTo(x0, 0);
    ctx.lineTo(x0, this.canvas.height);
    ctx.moveTo(0, y0);
    ctx.lineTo(this.canvas.width, y0);
    ctx.stroke();
  }

  drawPoints(ctx, { inputs, targets, test }, { outputs, task, threshold }) {
    const { xMin, xMax, yMin, yMax } = this.box;
    const w = this.canvas.width;
    const h = this.canvas.height;
    const count = inputs.length / 2;
    ctx.lineWidth = test ? 1.5 : 1;
    ctx.strokeStyle = test ? '#111' : '#fff';
    for (let i = 0; i < count; i++) {
      const px = ((inputs[2 * i] - xMin) / (xMax - xMin)) * w;
      const py = ((yMax - inputs[2 * i + 1]) / (yMax - yMin)) * h;
      let rgb;
      if (task === 'multi-class') {
        let best = 0;
        for (let k = 1; k < outputs; k++) if (targets[i * outputs + k] > targets[i * outputs + best]) best = k;
        rgb = CLASS_COLORS[best % CLASS_COLORS.length];
      } else if (task === 'regression') {
        rgb = diverging(targets[i]);
      } else {
        rgb = diverging(targets[i] > threshold ? 1 : -1);
      }
      ctx.fillStyle = cssColor(rgb);
      ctx.beginPath();
      ctx.arc(px, py, 3.5, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    }
  }
}

/**
 * Draws one neuron's activation plane of the grid into a small canvas (diagram thumbnails).
 * @param {HTMLCanvasElement} canvas
 * @param {Float32Array} grid @param {number} n @param {number} neuron
 * @param {ImageData} image n×n scratch image @param {HTMLCanvasElement} scratch n×n canvas
 */
export function drawThumbnail(canvas, grid, n, neuron, image, scratch) {
  const data = image.data;
  const plane = n * n;
  const offset = neuron * plane;
  // Scale each neuron's picture by its own largest |a| so that unbounded activations (ReLU,
  // raw features) still show their shape; sign is kept.
  let max = 1e-12;
  for (let g = 0; g < plane; g++) max = Math.max(max, Math.abs(grid[offset + g]));
  const scale = max > 1 ? 1 / max : 1;
  for (let row = 0; row < n; row++) {
    const canvasRow = n - 1 - row;
    for (let col = 0; col < n; col++) {
      const rgb = diverging(grid[offset + row * n + col] * scale);
      const i = 4 * (canvasRow * n + col);
      data[i] = rgb[0];
      data[i + 1] = rgb[1];
      data[i + 2] = rgb[2];
      data[i + 3] = 255;
    }
  }
  scratch.getContext('2d').putImageData(image, 0, 0);
  const ctx = canvas.getContext('2d');
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(scratch, 0, 0, canvas.width, canvas.height);
}
