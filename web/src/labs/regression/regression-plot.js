// Drawing for the Regression lab's data plot (points, fitted lines, the polynomial curve) and the
// log-axis tick labels of its charts. Pure drawing: the lab passes everything in.
import { formatNumber } from '../controls.js';
import { drawScatterPlot } from '../../views/scatter-plot.js';

export const GROUP_COLORS = ['#1f77b4', '#d62728', '#2ca02c'];

/** The model's prediction along the plot's x axis, with the second input fixed at `second`. */
function lineFor(frame, inputDim, weights, second, means) {
  const { xMin, xMax } = frame.box;
  const d = inputDim;
  const ys = [xMin, xMax].map((x) => {
    let y = weights[0] + weights[1] * x;
    if (d >= 2) y += weights[2] * second;
    for (let k = 3; k <= d; k++) y += weights[k] * means[k - 1];
    return y;
  });
  return { xs: [xMin, xMax], ys };
}

/**
 * The data with the current fit (coloured by the second input's groups when there is one), the
 * closed-form fit dashed, the plain least-squares fit dotted under ridge, and the polynomial.
 * @param {CanvasRenderingContext2D} ctx
 * @param {import('../../views/plot-frame.js').PlotFrame} frame
 * @param {{ data: any, weights: number[], closed: any, plainClosed: any, lambda: number,
 *   polynomial: any }} scene polynomial: the fitted polynomial to draw, or null
 */
export function drawRegressionPlot(
  ctx,
  frame,
  { data, weights, closed, plainClosed, lambda, polynomial },
) {
  const d = data.inputDim;
  const points = [];
  const lines = [];
  const means = [];
  for (let k = 0; k < d; k++) {
    let sum = 0;
    for (let n = 0; n < data.targets.length; n++) sum += data.inputs[n * d + k];
    means.push(sum / data.targets.length);
  }
  let groups = [null];
  if (d >= 2) {
    const seconds = [...new Set(firstColumnOf(data, 1))].sort((a, b) => a - b);
    groups = seconds.length <= 3 ? seconds : [seconds[0], seconds[seconds.length - 1]];
  }
  const groupIndex = (v) => {
    if (d < 2) return 0;
    let best = 0;
    groups.forEach((g, k) => {
      if (Math.abs(g - v) < Math.abs(groups[best] - v)) best = k;
    });
    return best;
  };
  for (let n = 0; n < data.targets.length; n++) {
    const color = GROUP_COLORS[groupIndex(d >= 2 ? data.inputs[n * d + 1] : 0)];
    points.push({ x: data.inputs[n * d], y: data.targets[n], color });
  }
  groups.forEach((g, k) => {
    const color = GROUP_COLORS[k];
    lines.push({ ...lineFor(frame, d, weights, g, means), color, width: 2.5 });
    if (closed.ok)
      lines.push({
        ...lineFor(frame, d, closed.weights, g, means),
        color: '#222',
        width: 1.5,
        dash: [6, 4],
      });
    if (lambda > 0 && plainClosed.ok)
      lines.push({
        ...lineFor(frame, d, plainClosed.weights, g, means),
        color: '#999',
        width: 1,
        dash: [2, 3],
      });
  });
  if (polynomial) {
    const { xMin, xMax } = frame.box;
    const count = 200;
    const ys = Array.from(polynomial.curve(xMin, xMax, count));
    const xs = ys.map((_, k) => xMin + ((xMax - xMin) * k) / (count - 1));
    lines.push({ xs, ys, color: '#ff7f0e', width: 2 });
  }
  const test = data.test;
  if (test) {
    for (let n = 0; n < test.targets.length; n++)
      points.unshift({ x: test.inputs[n], y: test.targets[n], color: 'rgba(150,150,150,0.45)' });
  }
  const legend =
    d >= 2
      ? groups.map((g, k) => ({
          color: GROUP_COLORS[k],
          text: `${data.columns[1]} = ${formatNumber(g, 3)}`,
        }))
      : [];
  drawScatterPlot(ctx, frame, {
    points,
    lines,
    legend,
    xLabel: data.columns[0],
    yLabel: data.columns[data.columns.length - 1],
  });
}

/** The user's points alone (x, y pairs), when there are too few to fit a model. */
export function drawUserPoints(ctx, frame, flatPoints) {
  const points = [];
  for (let k = 0; k < flatPoints.length; k += 2)
    points.push({ x: flatPoints[k], y: flatPoints[k + 1], color: GROUP_COLORS[0] });
  drawScatterPlot(ctx, frame, { points, lines: [], xLabel: 'x', yLabel: 'y' });
}

// Chart.js labels log ticks with all their digits ("0.0000001000"); label only 1, 2 and 5 times a
// power of ten, short (1e-7 style when far from 1).
export function labelPowersOfTen(lineChart) {
  lineChart.chart.options.scales.y.ticks.callback = (value) => {
    const v = Number(value);
    const exponent = Math.floor(Math.log10(v) + 1e-9);
    const mantissa = Math.round((v / 10 ** exponent) * 1e6) / 1e6;
    if (![1, 2, 5].includes(mantissa)) return '';
    return Math.abs(exponent) <= 3 ? String(Number(v.toPrecision(3))) : `${mantissa}e${exponent}`;
  };
  lineChart.chart.update('none');
}

function firstColumnOf(data, column) {
  const out = [];
  for (let n = 0; n < data.targets.length; n++) out.push(data.inputs[n * data.inputDim + column]);
  return out;
}
