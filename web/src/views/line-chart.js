// A Chart.js line chart of one or more series against a step axis, with a log-scale switch.
// Series data are copied in (Chart.js keeps references; wasm views must not be kept).
import {
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  Ticks,
  Title,
  Tooltip,
} from 'chart.js';
import { niceTicks } from './plot-frame.js';
import { ChartTable } from './chart-table.js';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  LogarithmicScale,
  Legend,
  Title,
  Tooltip,
);

/** @typedef {{ x: number, y: number }} ChartPoint */

/**
 * @typedef {object} Series
 * @property {string} label
 * @property {string} color
 * @property {ArrayLike<number>} steps
 * @property {ArrayLike<number>} values
 */

export class LineChart {
  /**
   * @param {HTMLCanvasElement} canvas
   * @param {{
   *   title?: string, xLabel?: string, yLabel?: string, logScale?: boolean, legend?: boolean
   * }} options legend: false leaves the legend out (a page that has its own; it costs a
   *   redraw's worth)
   */
  constructor(canvas, options) {
    this.logScale = Boolean(options.logScale);
    this.legend = options.legend ?? true;
    const chart = this;
    // A name and a data table for those who cannot see the canvas.
    this.table = new ChartTable(canvas, options.title || options.yLabel || '');
    this.chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: [] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        elements: { point: { radius: 0 }, line: { borderWidth: 2, tension: 0 } },
        plugins: {
          title: { display: Boolean(options.title), text: options.title },
          legend: { display: false },
          tooltip: { intersect: false, mode: 'nearest' },
        },
        scales: {
          x: { type: 'linear', title: { display: true, text: options.xLabel ?? '' } },
          y: {
            type: this.logScale ? 'logarithmic' : 'linear',
            title: { display: true, text: options.yLabel ?? '' },
            // On a log axis the ticks are chosen here (logTicks) and every one is labelled.
            afterBuildTicks: (axis) => {
              if (this.logScale && axis.max > axis.min && axis.min > 0) {
                axis.ticks = logTicks(axis.min, axis.max);
              }
            },
            ticks: {
              callback(value, index, ticks) {
                // `this` is the scale, as Chart.js's own formatter needs it.
                if (chart.logScale) return logTickLabel(Number(value), ticks);
                return Ticks.formatters.numeric.call(this, Number(value), index, ticks);
              },
            },
          },
        },
      },
    });
  }

  /** @param {Series[]} series */
  setSeries(series) {
    const chart = this.chart;
    // The dataset objects are kept and only their fields replaced: Chart.js matches datasets by
    // identity, and new objects would make it rebuild every dataset's controller and elements
    // on each update (the costliest part of a playing lab's chart refresh).
    const datasets = chart.data.datasets;
    series.forEach((s, i) => {
      const data = toPoints(s.steps, s.values, this.logScale);
      // Lines are drawn without point markers; a series of one point (one Network-lab step
      // call so far) would then show nothing, so short series get their markers.
      const fields = {
        label: s.label,
        borderColor: s.color,
        backgroundColor: s.color,
        data,
        pointRadius: data.length < 3 ? 3 : 0,
      };
      if (datasets[i]) Object.assign(datasets[i], fields);
      else datasets.push(fields);
    });
    datasets.length = series.length;
    this.table.update(
      datasets.map((d) => ({
        label: String(d.label ?? ''),
        points: /** @type {ChartPoint[]} */ (d.data),
      })),
    );
    chart.options.plugins.legend.display = this.legend && series.length > 1;
    chart.update('none');
    // What the first series shows, for tests and assistive tools that cannot read a canvas.
    const points = /** @type {ChartPoint[]} */ (chart.data.datasets[0]?.data ?? []);
    const canvas = chart.canvas;
    canvas.dataset.points = String(points.length);
    canvas.dataset.firstY = String(points[0]?.y ?? '');
    canvas.dataset.lastY = String(points[points.length - 1]?.y ?? '');
  }

  /** @param {boolean} logScale */
  setLogScale(logScale) {
    this.logScale = logScale;
    this.chart.options.scales.y.type = logScale ? 'logarithmic' : 'linear';
    for (const dataset of this.chart.data.datasets) {
      const points = /** @type {ChartPoint[]} */ (dataset.data);
      dataset.data = points.filter((p) => !logScale || p.y > 0);
    }
    this.chart.update('none');
  }

  /** @param {{ title?: string, xLabel?: string, yLabel?: string }} labels */
  setLabels(labels) {
    const o = this.chart.options;
    const current = () =>
      [o.plugins.title.text, o.scales.x.title.text, o.scales.y.title.text].join('\n');
    const before = current();
    if (labels.title !== undefined) o.plugins.title.text = labels.title;
    if (labels.xLabel !== undefined) o.scales.x.title.text = labels.xLabel;
    if (labels.yLabel !== undefined) o.scales.y.title.text = labels.yLabel;
    this.table.rename(String(o.plugins.title.text || o.scales.y.title.text || ''));
    // Redraw only for a real change: labs set the same labels on every chart refresh.
    if (current() !== before) this.chart.update('none');
  }

  dispose() {
    this.table.dispose();
    this.chart.destroy();
  }
}

/**
 * Ticks of a log axis over [min, max]. Chart.js's own put a tick at every integer mantissa of
 * every decade and label those whose mantissa is exactly 1, 2 or 5, a test floating point fails
 * for most decades below 1; with its auto-skip on top, a cost falling through thirty decades got
 * an axis without a single number. Here: powers of ten (every k-th, at most about six) beyond
 * three decades, 1-2-5 steps down to one decade, even linear steps inside one.
 * @param {number} min
 * @param {number} max
 * @returns {{ value: number }[]}
 */
export function logTicks(min, max) {
  const decades = Math.log10(max / min);
  const values = [];
  if (decades < 1) {
    // niceTicks adds its step repeatedly (0.30000000000000004): round to the step's digits.
    const positive = niceTicks(min, max, 5).filter((v) => v > 0);
    values.push(...positive.map((v) => Number(v.toPrecision(12))));
  } else {
    const every = decades > 3 ? Math.ceil(decades / 6) : 1;
    const mantissas = decades > 3 ? [1] : [1, 2, 5];
    for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
      if (e % every !== 0) continue;
      for (const m of mantissas) {
        const v = Number((m * 10 ** e).toPrecision(1));
        if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) values.push(v);
      }
    }
  }
  return values.map((value) => ({ value }));
}

/**
 * Label of a log-axis tick from logTicks: 1e-12 style for powers of ten beyond 10^±4, the plain
 * number otherwise.
 * @param {number} value
 * @param {{ value: number }[]} ticks
 */
function logTickLabel(value, ticks) {
  const exponent = Math.floor(Math.log10(value) + 1e-9);
  const decades = ticks.length > 1 ? Math.log10(ticks[ticks.length - 1].value / ticks[0].value) : 0;
  if (decades > 3 && (exponent < -4 || exponent > 4)) return `1e${exponent}`;
  return String(Number(value.toPrecision(3)));
}

// A log axis cannot show values <= 0 (a cost that reaches exactly zero, or a saddle going
// negative): those points are left out rather than breaking the chart.
function toPoints(steps, values, logScale) {
  const points = [];
  for (let i = 0; i < values.length; i++) {
    const y = values[i];
    if (Number.isFinite(y) && (!logScale || y > 0)) points.push({ x: steps[i], y });
  }
  return points;
}
