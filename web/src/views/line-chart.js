// A Chart.js line chart of one or more series against a step axis, with a log-scale switch.
// Series data are copied in (Chart.js keeps references; wasm views must not be kept).
import {
  Chart, Legend, LineController, LineElement, LinearScale, LogarithmicScale, PointElement,
  Title, Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Title, Tooltip);

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
   * @param {{ title?: string, xLabel?: string, yLabel?: string, logScale?: boolean, legend?: boolean }} options
   *   legend: false leaves the legend out (a page that has its own; it costs a redraw's worth)
   */
  constructor(canvas, options) {
    this.logScale = Boolean(options.logScale);
    this.legend = options.legend ?? true;
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
          y: { type: this.logScale ? 'logarithmic' : 'linear', title: { display: true, text: options.yLabel ?? '' } },
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
      const fields = { label: s.label, borderColor: s.color, backgroundColor: s.color, data: toPoints(s.steps, s.values, this.logScale) };
      if (datasets[i]) Object.assign(datasets[i], fields);
      else datasets.push(fields);
    });
    datasets.length = series.length;
    chart.options.plugins.legend.display = this.legend && series.length > 1;
    chart.update('none');
    // What the first series shows, for tests and assistive tools that cannot read a canvas.
    const points = chart.data.datasets[0]?.data ?? [];
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
      dataset.data = dataset.data.filter((p) => !logScale || p.y > 0);
    }
    this.chart.update('none');
  }

  /** @param {{ title?: string, xLabel?: string, yLabel?: string }} labels */
  setLabels(labels) {
    const o = this.chart.options;
    const before = [o.plugins.title.text, o.scales.x.title.text, o.scales.y.title.text].join('\n');
    if (labels.title !== undefined) o.plugins.title.text = labels.title;
    if (labels.xLabel !== undefined) o.scales.x.title.text = labels.xLabel;
    if (labels.yLabel !== undefined) o.scales.y.title.text = labels.yLabel;
    // Redraw only for a real change: labs set the same labels on every chart refresh.
    if ([o.plugins.title.text, o.scales.x.title.text, o.scales.y.title.text].join('\n') !== before) this.chart.update('none');
  }

  dispose() {
    this.chart.destroy();
  }
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
