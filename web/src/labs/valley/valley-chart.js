// The Valley lab's loss chart (LineChart labels a log axis spanning many decades), and thinning
// of long series (Chart.js redraws every point it is given).
import { LineChart } from '../../views/line-chart.js';

/**
 * @param {HTMLCanvasElement} canvas
 * @param {(key: string, params?: object) => string} t
 * @param {boolean} logScale the initial y scale
 */
export function createLossChart(canvas, t, logScale) {
  const chart = new LineChart(canvas, {
    title: t('valley.chart.title'),
    xLabel: t('valley.chart.step'),
    yLabel: t('valley.chart.value'),
    logScale,
    // The racers' table is the legend (same colours); Chart.js's own costs as much as the lines.
    legend: false,
  });
  return chart;
}

// Chart.js redraws every point it is given: seven racers × 4096 history entries cost ~8 ms a
// redraw. A chart a few hundred pixels wide shows no more than CHART_POINTS per line anyway.
const CHART_POINTS = 600;
export function thin(steps, values) {
  const n = values.length;
  if (n <= CHART_POINTS) return { steps, values };
  const stride = Math.ceil(n / CHART_POINTS);
  const keptSteps = [];
  const keptValues = [];
  for (let i = 0; i < n; i += stride) {
    keptSteps.push(steps[i]);
    keptValues.push(values[i]);
  }
  if ((n - 1) % stride !== 0) {
    keptSteps.push(steps[n - 1]); // always end at the current point
    keptValues.push(values[n - 1]);
  }
  return { steps: keptSteps, values: keptValues };
}
