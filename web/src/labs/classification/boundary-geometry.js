// Where a linear boundary w0 + w1·x + w2·y = c crosses a plot box: points for drawing the
// decision line and the margin band. Pure geometry for the view, no model maths.

/**
 * The line w0 + w1 x + w2 y = level as two end points spanning the box (null if w1 = w2 = 0).
 * @param {ArrayLike<number>} w @param {number} level
 * @param {import('../../views/plot-frame.js').Box} box
 */
export function boundaryLine(w, level, box) {
  const w0 = w[0];
  const w1 = w[1];
  const w2 = w[2];
  if (w1 === 0 && w2 === 0) return null;
  if (Math.abs(w2) >= Math.abs(w1)) {
    const xs = [box.xMin, box.xMax];
    return { xs, ys: xs.map((x) => (level - w0 - w1 * x) / w2) };
  }
  const ys = [box.yMin, box.yMax];
  return { xs: ys.map((y) => (level - w0 - w2 * y) / w1), ys };
}

/**
 * The part of the box where −1 ≤ wᵀx ≤ 1 (the margin band), as a polygon.
 * @returns {[number, number][]}
 */
export function marginBand(w, box) {
  const f = ([x, y]) => w[0] + w[1] * x + w[2] * y;
  let polygon = /** @type {[number, number][]} */ ([
    [box.xMin, box.yMin],
    [box.xMax, box.yMin],
    [box.xMax, box.yMax],
    [box.xMin, box.yMax],
  ]);
  polygon = clip(polygon, (p) => 1 - f(p));
  polygon = clip(polygon, (p) => f(p) + 1);
  return polygon;
}

// Sutherland–Hodgman against the half-plane side(p) ≥ 0 (side is affine in p).
function clip(polygon, side) {
  const out = [];
  for (let k = 0; k < polygon.length; k++) {
    const a = polygon[k];
    const b = polygon[(k + 1) % polygon.length];
    const sa = side(a);
    const sb = side(b);
    if (sa >= 0) out.push(a);
    if (sa >= 0 !== sb >= 0) {
      const t = sa / (sa - sb);
      out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}
