// The Classification lab's views: the data plot with the decision line, the margin band
// wᵀx = ±1 and mistakes ringed; the cost valley over (w1, w2) at the current bias (its box
// grows to keep the path inside); the loss (or mistakes) and accuracy charts. Drawing only.
import { el } from '../controls.js';
import { LineChart } from '../../views/line-chart.js';
import { PlotFrame, setupCanvas } from '../../views/plot-frame.js';
import { drawScatterPlot } from '../../views/scatter-plot.js';
import { WeightValley, smallChartCard } from '../shared/plot-cards.js';
import { followCardWidth } from '../shared/fluid-size.js';
import { boundaryLine, marginBand } from './boundary-geometry.js';

export const PLOT = 420;
export const BOX = { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };
const VALLEY = 360;
const GRID = 64;
const COLORS = { 1: '#1f77b4', '-1': '#ff7f0e' };
const MISTAKE_RING = '#d62728';
const colorOf = (label) => COLORS[label > 0 ? 1 : -1];

export class ClassificationViews {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {() => void} redraw draws the plot and the valley's path again (after a resize)
   */
  constructor(t, redraw) {
    this.t = t;
    this.plotCanvas = el('canvas', { testid: 'data-plot' });
    this.plotCtx = setupCanvas(this.plotCanvas, PLOT, PLOT);
    this.plotFrame = new PlotFrame(PLOT, PLOT, BOX);
    this.valley = new WeightValley(VALLEY, redraw);
    this.valleyTitle = el('h3');
    this.startValley();
    const lossCanvas = el('canvas', { testid: 'loss-chart' });
    // A non-empty title turns the title plugin on; setModelLabels sets the model's own labels.
    this.lossChart = new LineChart(lossCanvas, {
      title: t('classification.chart.loss'),
      xLabel: '',
      yLabel: '',
      logScale: false,
    });
    const accuracyCanvas = el('canvas', { testid: 'accuracy-chart' });
    this.accuracyChart = new LineChart(accuracyCanvas, {
      title: t('classification.chart.accuracy'),
      xLabel: t('classification.chart.step'),
      yLabel: t('classification.chart.accuracyAxis'),
    });
    const plotCard = el('div', { className: 'chart-card' }, [
      el('h3', { text: t('classification.plot.title') }),
      this.plotCanvas,
      el('p', { className: 'hint', text: t('classification.plot.legend') }),
    ]);
    // The square plot fills its card (the lab draws its data again at the new size).
    const bounds = { min: 240, max: 720, aspect: 1 };
    this.stopFollowing = followCardWidth(plotCard, this.plotCanvas, bounds, (ctx, w, h) => {
      this.plotCtx = ctx;
      this.plotFrame = new PlotFrame(w, h, BOX);
      redraw();
    });
    this.cards = [
      plotCard,
      el('div', { className: 'chart-card' }, [this.valleyTitle, this.valley.element]),
      smallChartCard(lossCanvas),
      smallChartCard(accuracyCanvas),
    ];
  }

  /** Titles and axes for the model: the perceptron counts mistakes per epoch. */
  setModelLabels(isPerceptron, lossName) {
    const t = this.t;
    const key = (perceptron, other) => `classification.${isPerceptron ? perceptron : other}`;
    const loss = t(`classification.model.${lossName}`);
    this.valleyTitle.textContent = t(key('valley.perceptron', 'valley.title'), { loss });
    this.lossChart.setLabels({
      title: t(key('chart.mistakes', 'chart.loss')),
      xLabel: t(key('chart.epoch', 'chart.step')),
      yLabel: t(key('chart.mistakesAxis', 'chart.lossAxis')),
    });
  }

  /**
   * @param {{ inputs: ArrayLike<number>, targets: ArrayLike<number> }} data
   * @param {number[]} w [b, w1, w2] @param {number[]} mistakes indices of misclassified points
   * @param {boolean} isPerceptron no margin band: its weights have an arbitrary scale
   */
  drawPlot(data, w, mistakes, isPerceptron) {
    const wrong = new Set(mistakes);
    const points = [];
    const { inputs, targets } = data;
    for (let n = 0; n < targets.length; n++) {
      const ring = wrong.has(n) ? MISTAKE_RING : undefined;
      points.push({ x: inputs[2 * n], y: inputs[2 * n + 1], color: colorOf(targets[n]), ring });
    }
    const lines = [];
    const bands = [];
    const boundary = boundaryLine(w, 0, BOX);
    // The band wᵀx = ±1 is where margin losses still push; the perceptron has no margin, and its
    // weights have an arbitrary scale (η only scales them), so it gets the decision line only.
    if (boundary && !isPerceptron) {
      const band = marginBand(w, BOX);
      if (band.length >= 3) bands.push({ polygon: band, color: 'rgba(120, 120, 120, 0.16)' });
      for (const level of [-1, 1]) {
        const edge = boundaryLine(w, level, BOX);
        if (edge) lines.push({ ...edge, color: '#888', width: 1, dash: [5, 4] });
      }
    }
    if (boundary) lines.push({ ...boundary, color: '#222', width: 2.5 });
    drawScatterPlot(this.plotCtx, this.plotFrame, {
      points,
      lines,
      bands,
      xLabel: 'x1',
      yLabel: 'x2',
      legend: [
        { color: COLORS[1], text: this.t('classification.class.positive') },
        { color: COLORS[-1], text: this.t('classification.class.negative') },
      ],
    });
  }

  /** Only the user's points (no model): flat x, y, label triples. @param {number[]} p */
  drawPointsOnly(p) {
    const points = [];
    for (let k = 0; k < p.length; k += 3) {
      points.push({ x: p[k], y: p[k + 1], color: colorOf(p[k + 2]) });
    }
    drawScatterPlot(this.plotCtx, this.plotFrame, {
      points,
      lines: [],
      xLabel: 'x1',
      yLabel: 'x2',
    });
    this.valley.clear();
  }

  /** A new run: the valley box shrinks back and its base is redrawn at the next frame. */
  startValley() {
    this.valleyBox = { iMin: -2, iMax: 2, jMin: -2, jMax: 2 };
    this.valleyBias = null;
    this.valley.frame = null;
  }

  /**
   * Cost over (w1, w2) at the current bias, with the path.
   * @param {any} classifier @param {number[]} w @param {number[]} trail flat (w1, w2) pairs
   */
  drawValley(classifier, w, trail) {
    const box = this.valleyBox;
    let grew = false;
    for (const [k, lo, hi] of [
      [1, 'iMin', 'iMax'],
      [2, 'jMin', 'jMax'],
    ]) {
      if (w[k] < box[lo] * 0.9 || w[k] > box[hi] * 0.9) {
        const r = 1.6 * Math.max(Math.abs(w[k]), Math.abs(box[lo]));
        box[lo] = -r;
        box[hi] = r;
        grew = true;
      }
    }
    if (grew || this.valleyBias === null || Math.abs(this.valleyBias - w[0]) > 1e-9) {
      this.valleyBias = w[0];
      this.valley.drawBase(classifier, 1, 2, w, box, GRID);
    }
    this.valley.drawPath(trail, { x: w[1], y: w[2] });
  }

  /**
   * @param {{ steps: ArrayLike<number>, values: ArrayLike<number>, label: string }} loss
   * @param {{ steps: number[], values: number[] }} accuracy
   */
  drawCharts(loss, accuracy) {
    this.lossChart.setSeries([{ ...loss, color: '#d62728' }]);
    const label = this.t('classification.chart.accuracyAxis');
    this.accuracyChart.setSeries([{ label, color: '#2ca02c', ...accuracy }]);
  }

  dispose() {
    this.stopFollowing();
    this.valley.dispose();
    this.lossChart.dispose();
    this.accuracyChart.dispose();
  }
}
