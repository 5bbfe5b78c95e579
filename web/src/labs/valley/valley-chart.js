// The Valley lab's loss chart: readable tick labels on a log axis spanning many decades, and
// thinning of long series (Chart.js redraws every point it is given).
import { formatNumber } from '../controls.js';
import { LineChart } from '../../views/line-chart.js';
import { niceTicks } from '../../views/plot-frame.js';

/**
 * @param {HTMLCanvasElement} canvas
 * @param {(key: string, params?: object) => string} t
 * @param {boolean} logScale the initial y scale
 * @param {() => boolean} isLog whether the y axis is logarithmic now (read at every redraw)
 */
export function createLossChart(canvas, t, logScale, isLog) {
  const chart = new LineChart(canvas, {
    title: t('valley.chart.title'), xLabel: t('valley.chart.step'), yLabel: t('valley.chart.value'),
    logScale,
    // The racers' table is the legend (same colours); Chart.js's own costs as much as the lines.
    legend: false,
  });
  // Readable y ticks (Chart.js's default prints long decimals when the cost spans many
  // decades): on the log axis powers of ten over a wide range, 1-2-5 steps over a narrow one.
  // Chart.js's log ticks crowd one end of a range narrower than a decade; use even ones there.
  chart.chart.options.scales.y.afterBuildTicks = (axis) => {
    if (!isLog() || !(axis.max > axis.min) || axis.max / axis.min >= 10) return;
    axis.ticks = niceTicks(axis.min, axis.max, 5).filter((v) => v > 0).map((value) => ({ value }));
  };
  chart.chart.options.scales.y.ticks = {
    callback: (value, index, ticks) => {
      const v = Number(value);
      if (!isLog()) return formatNumber(v, 3);
      const decades = Math.log10(ticks[ticks.length - 1].value / ticks[0].value);
      if (decades < 1) return formatNumber(v, 3);
      const exponent = Math.floor(Math.log10(v) + 1e-9);
      const scaled = v / 10 ** exponent;
      const mantissa = Math.round(scaled);
      const exact = Math.abs(scaled - mantissa) < 1e-6;
      if (decades > 3) {
        const every = Math.max(1, Math.ceil(decades / 8));
        return exact && mantissa === 1 && exponent % every === 0 ? `1e${exponent}` : '';
      }
      const end = index === 0 || index === ticks.length - 1;
      return end || (exact && [1, 2, 5].includes(mantissa)) ? formatNumber(v, 3) : '';
    },
  };
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
