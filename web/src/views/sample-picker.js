// A scatter of the training samples' two inputs, coloured by target, with the chosen sample
// ringed; the lab turns clicks into the nearest sample. Drawing and hit-testing only.
import { cssColor, diverging } from './color-map.js';
import { drawAxes } from './plot-frame.js';

/**
 * @param {CanvasRenderingContext2D} ctx
 * @param {import('./plot-frame.js').PlotFrame} frame
 * @param {{ x1: ArrayLike<number>, x2: ArrayLike<number>, color: ArrayLike<number>,
 *   selected: number, labels?: { xLabel?: string, yLabel?: string } }} scene color in [−1, 1]
 */
export function drawSamplePicker(ctx, frame, scene) {
  const { x1, x2, color, selected } = scene;
  ctx.clearRect(0, 0, frame.width, frame.height);
  drawAxes(ctx, frame, scene.labels ?? {});
  ctx.save();
  ctx.lineWidth = 0.8;
  ctx.strokeStyle = 'rgba(40, 40, 40, 0.6)';
  for (let i = 0; i < x1.length; i++) {
    const [px, py] = frame.toPixel(x1[i], x2[i]);
    ctx.beginPath();
    ctx.arc(px, py, 3, 0, 2 * Math.PI);
    ctx.fillStyle = cssColor(diverging(color[i]));
    ctx.fill();
    ctx.stroke();
  }
  if (selected >= 0 && selected < x1.length) {
    const [px, py] = frame.toPixel(x1[selected], x2[selected]);
    ctx.beginPath();
    ctx.arc(px, py, 8, 0, 2 * Math.PI);
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#d4a72c';
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * Index of the sample nearest to a canvas position (CSS px), or −1 when there are none.
 * @param {import('./plot-frame.js').PlotFrame} frame
 */
export function nearestSample(frame, x1, x2, px, py) {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < x1.length; i++) {
    const [qx, qy] = frame.toPixel(x1[i], x2[i]);
    const distance = (qx - px) ** 2 + (qy - py) ** 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}
