// Perceptually uniform colour maps for heat maps (viridis for costs; a diverging map for signed
// values such as network outputs).

const VIRIDIS = [
  [68, 1, 84],
  [72, 40, 120],
  [62, 74, 137],
  [49, 104, 142],
  [38, 130, 142],
  [31, 158, 137],
  [53, 183, 121],
  [109, 205, 89],
  [180, 222, 44],
  [253, 231, 37],
];
// Orange (negative) to white to blue (positive), as TF Playground's output map.
const DIVERGING = [
  [245, 147, 34],
  [250, 200, 140],
  [232, 234, 235],
  [140, 190, 220],
  [8, 119, 189],
];

function interpolate(stops, t) {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const position = clamped * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(position));
  const f = position - i;
  const a = stops[i];
  const b = stops[i + 1];
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}

/** @param {number} t in [0, 1] @returns {number[]} [r, g, b] in 0..255 */
export const viridis = (t) => interpolate(VIRIDIS, t);
/** @param {number} t in [−1, 1] @returns {number[]} [r, g, b] */
export const diverging = (t) => interpolate(DIVERGING, (t + 1) / 2);

/** @param {number[]} rgb @param {number} [alpha] */
export const cssColor = (rgb, alpha = 1) =>
  `rgba(${Math.round(rgb[0])}, ${Math.round(rgb[1])}, ${Math.round(rgb[2])}, ${alpha})`;
