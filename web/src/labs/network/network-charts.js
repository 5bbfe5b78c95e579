// The Network lab's charts: train/test loss per epoch, and each layer's gradient health (δ norm,
// gradient norm or update ratio) per step, smoothed for display.
import { el, selectControl } from '../controls.js';
import { LineChart } from '../../views/line-chart.js';
import { LAYER_METRICS } from '../../state/network-state.js';

const LAYER_COLORS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#17becf',
];

/**
 * Display smoothing of a per-step (per mini-batch) series: an exponential moving average of
 * log values (a geometric mean), so that batch-to-batch noise does not hide the trend while
 * orders of magnitude between layers stay visible. Non-positive values pass through.
 */
function smoothLog(values, weight = 0.9) {
  const out = new Array(values.length);
  let average = NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v > 0) || !Number.isFinite(v)) {
      out[i] = v;
      continue;
    }
    average = Number.isNaN(average) ? Math.log(v) : weight * average + (1 - weight) * Math.log(v);
    out[i] = Math.exp(average);
  }
  return out;
}

export class NetworkCharts {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {string} layerMetric the initial metric of the layer chart
   * @param {(metric: string) => void} onMetric
   */
  constructor(t, layerMetric, onMetric) {
    this.t = t;
    const lossCanvas = el('canvas', { testid: 'loss-chart' });
    this.lossChart = new LineChart(lossCanvas, {
      title: t('network.chart.loss'),
      xLabel: t('network.chart.epoch'),
      yLabel: t('network.chart.cost'),
      logScale: true,
    });
    this.lossCard = el('div', { className: 'chart-card net-loss' }, [
      el('div', { className: 'chart-box' }, [lossCanvas]),
    ]);
    const layerCanvas = el('canvas', { testid: 'layer-chart' });
    this.layerChart = new LineChart(layerCanvas, {
      title: '',
      xLabel: t('network.chart.step'),
      yLabel: '',
      logScale: true,
    });
    this.metricSelect = selectControl({
      label: t('network.layerMetric'),
      testid: 'layer-metric',
      options: LAYER_METRICS.map((m) => ({ value: m, text: t(`network.layerMetric.${m}`) })),
      value: layerMetric,
      onChange: onMetric,
    });
    this.layerNote = el('p', { className: 'hint', text: t('network.layerHint') });
    this.layerCard = el('div', { className: 'chart-card net-layers' }, [
      this.metricSelect.element,
      this.layerNote,
      el('div', { className: 'chart-box' }, [layerCanvas]),
    ]);
  }

  /** @param {string} metric shown in the menu without a change event */
  setMetric(metric) {
    this.metricSelect.input.value = metric;
  }

  /** @param {import('../../engine/network-model.js').NetworkModel} model @param {string} metric */
  update(model, metric) {
    const t = this.t;
    const history = model.costHistory();
    this.lossChart.setSeries([
      {
        label: t('network.chart.train'),
        color: '#1f77b4',
        steps: history.epochs,
        values: history.train,
      },
      {
        label: t('network.chart.test'),
        color: '#d62728',
        steps: history.epochs,
        values: history.test,
      },
    ]);
    const layers = model.layerHistory();
    const series =
      metric === 'delta'
        ? layers.deltaNorm
        : metric === 'gradient'
          ? layers.gradientNorm
          : layers.updateRatio;
    this.layerChart.setSeries(
      series.map((values, i) => ({
        label: t('network.chart.layer', { l: i + 1 }),
        color: LAYER_COLORS[i % LAYER_COLORS.length],
        steps: layers.steps,
        values: smoothLog(values),
      })),
    );
    this.layerChart.setLabels({
      title: t(`network.layerMetric.${metric}`),
      yLabel: t(`network.layerMetric.${metric}.axis`),
    });
  }

  dispose() {
    this.lossChart.dispose();
    this.layerChart.dispose();
  }
}
