// Click-to-edit user points on a data plot: a click near a point removes it, a click elsewhere in
// the plot area adds one. Shared by the Regression and Classification labs. The keyboard does
// the same on the focused plot (pointKeyboard): arrows, Enter adds, Delete removes the nearest.
import { CanvasCursor } from './canvas-cursor.js';

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

/**
 * @typedef {{ points: number[], stride: number, maxPoints: number,
 *   makePoint: (p: { x: number, y: number }) => number[] }} PointList
 */

/**
 * The point list with a new point at data position `at`, or null when the list is full.
 * @param {{ x: number, y: number }} at @param {PointList} list @returns {number[] | null}
 */
export function addPointAt(at, { points, stride, maxPoints, makePoint }) {
  if (points.length / stride >= maxPoints) return null;
  return [...points, ...makePoint(at)];
}

/**
 * The point list without the point nearest to `at` (measured on screen, so both axes weigh
 * alike), or null when there is none.
 * @param {{ x: number, y: number }} at @param {PointList} list
 * @param {import('../../views/plot-frame.js').PlotFrame} frame @returns {number[] | null}
 */
export function removeNearestPoint(at, { points, stride }, frame) {
  const [px, py] = frame.toPixel(at.x, at.y);
  let nearest = -1;
  let best = Infinity;
  for (let k = 0; k < points.length; k += stride) {
    const [qx, qy] = frame.toPixel(points[k], points[k + 1]);
    const distance = Math.hypot(qx - px, qy - py);
    if (distance < best) {
      best = distance;
      nearest = k;
    }
  }
  if (nearest < 0) return null;
  const next = [...points];
  next.splice(nearest, stride);
  return next;
}

/**
 * Keyboard editing of a lab's points on its plot canvas: arrow keys move a cursor, Enter adds
 * a point there (of the selected class), Delete removes the nearest point.
 * @param {HTMLCanvasElement} canvas @param {(key: string, params?: object) => string} t
 * @param {{ frame: () => import('../../views/plot-frame.js').PlotFrame | null,
 *   list: () => PointList | null, change: (points: number[]) => void,
 *   status?: () => string }} lab list: null while the lab shows data that are not the
 *   student's points; status: the run's state in words, added to the description
 * @returns {CanvasCursor & { refresh: () => void }} refresh(): the description follows the run
 *   (at most every few seconds; the lab calls it when it draws)
 */
export function pointKeyboard(canvas, t, { frame, list, change, status = () => '' }) {
  const cursor = new CanvasCursor(canvas, t('a11y.points.name'), {
    frame,
    enter: (at) => {
      const current = list();
      const next = current && addPointAt(at, current);
      if (next) change(next);
      describe();
    },
    remove: (at) => {
      const current = list();
      const plot = frame();
      const next = current && plot && removeNearestPoint(at, current, plot);
      if (next) change(next);
      describe();
    },
    moved: () => describe(),
  });
  const text = () => {
    const at = cursor.at ?? { x: 0, y: 0 };
    const current = list();
    const count = current ? current.points.length / current.stride : 0;
    const where = t('a11y.points.describe', {
      cx: at.x.toPrecision(3),
      cy: at.y.toPrecision(3),
      count,
    });
    return [where, status()].filter(Boolean).join(' ');
  };
  const describe = () => cursor.describe(text, true);
  return Object.assign(cursor, { refresh: () => cursor.describe(text) });
}
