// Click-to-edit user points on a data plot: a click near a point removes it, a click elsewhere in
// the plot area adds one. Shared by the Regression and Classification labs.

/** How near (canvas pixels) a click must be to a point to remove it. */
const HIT_RADIUS = 8;

/**
 * The point list after a click, or null when the click changes nothing (outside the plot area,
 * or the list is full).
 * @param {MouseEvent} event
 * @param {HTMLCanvasElement} canvas the plot canvas (CSS size may differ from its drawing size)
 * @param {import('../../views/plot-frame.js').PlotFrame} frame
 * @param {{ width: number, height: number, points: number[], stride: number, maxPoints: number,
 *   makePoint: (p: { x: number, y: number }) => number[], onFull?: () => void }} options
 *   stride: numbers per point (x and y first); makePoint: the numbers of a new point at data
 *   position p; onFull: called when a point is not added because the list is full (the lab
 *   says so, naming the limit).
 * @returns {number[] | null}
 */
export function editPointsAt(
  event,
  canvas,
  frame,
  { width, height, points, stride, maxPoints, makePoint, onFull },
) {
  const rect = canvas.getBoundingClientRect();
  const px = ((event.clientX - rect.left) / rect.width) * width;
  const py = ((event.clientY - rect.top) / rect.height) * height;
  if (!frame.contains(px, py)) return null;
  const next = [...points];
  for (let k = 0; k < next.length; k += stride) {
    const [qx, qy] = frame.toPixel(next[k], next[k + 1]);
    if (Math.hypot(qx - px, qy - py) < HIT_RADIUS) {
      next.splice(k, stride);
      return next;
    }
  }
  if (next.length / stride >= maxPoints) {
    onFull?.();
    return null;
  }
  next.push(...makePoint(frame.fromPixel(px, py)));
  return next;
}
