// The Regression lab's views: the data plot, the cost valley over two chosen weights (a base
// canvas redrawn per model, an overlay per frame), the cost and ‖W_t − W*‖ charts. Drawing
// only: the lab hands in copied arrays.
import { el } from '../controls.js';
import { LineChart } from '../../views/line-chart.js';
import { PlotFrame, setupCanvas } from '../../views/plot-frame.js';
import { WeightValley, smallChartCard } from '../shared/plot-cards.js';
import { followCardWidth } from '../shared/fluid-size.js';
import { drawRegressionPlot, drawUserPoints, labelPowersOfTen } from './regression-plot.js';

export const PLOT_W = 460;
export const PLOT_H = 360;
const VALLEY = 360;
const GRID = 120;

export class RegressionViews {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {() => void} redraw draws the plot and the valley's path again (after a resize)
   */
  constructor(t, redraw) {
    this.plotCanvas = el('canvas', { testid: 'data-plot' });
    this.plotCtx = setupCanvas(this.plotCanvas, PLOT_W, PLOT_H);
    this.plotSize = { width: PLOT_W, height: PLOT_H };
    this.plotFrame = null;
    this.valley = new WeightValley(VALLEY, redraw);
    this.weightSelectors = el('div', { className: 'weight-selectors' });
    this.costCanvas = el('canvas', { testid: 'cost-chart' });
    this.costChart = new LineChart(this.costCanvas, {
      title: t('regression.chart.cost'),
      xLabel: t('regression.chart.step'),
      yLabel: t('regression.chart.costAxis'),
      logScale: true,
    });
    this.distanceCanvas = el('canvas', { testid: 'distance-chart' });
    this.distanceChart = new LineChart(this.distanceCanvas, {
      title: t('regression.chart.distance'),
      xLabel: t('regression.chart.step'),
      yLabel: '‖W_t − W*‖',
      logScale: true,
    });
    for (const chart of [this.costChart, this.distanceChart]) labelPowersOfTen(chart);
    const plotCard = el('div', { className: 'chart-card' }, [
      el('h3', { text: t('regression.plot.title') }),
      this.plotCanvas,
      el('p', { className: 'hint', testid: 'plot-legend', text: t('regression.plot.legend') }),
    ]);
    // The plot fills its card (the data and box kept; the lab draws them again).
    const bounds = { min: 240, max: 900, aspect: PLOT_H / PLOT_W };
    this.stopFollowing = followCardWidth(plotCard, this.plotCanvas, bounds, (ctx, w, h) => {
      this.plotCtx = ctx;
      this.plotSize = { width: w, height: h };
      if (this.plotFrame) this.plotFrame = new PlotFrame(w, h, this.plotFrame.box);
      redraw();
    });
    this.cards = [
      plotCard,
      el('div', { className: 'chart-card' }, [
        el('h3', { text: t('regression.valley.title') }),
        this.weightSelectors,
        this.valley.element,
      ]),
      smallChartCard(this.costCanvas),
      smallChartCard(this.distanceCanvas),
    ];
  }

  /** @param {{ xMin: number, xMax: number, yMin: number, yMax: number }} box */
  setPlotBox(box) {
    this.plotFrame = new PlotFrame(this.plotSize.width, this.plotSize.height, box);
  }

  /** The plot with the data, the fitted line(s) and the polynomial fit. @param {object} scene */
  drawPlot(scene) {
    drawRegressionPlot(this.plotCtx, this.plotFrame, scene);
  }

  /** Only the user's points (no model yet). @param {number[]} points flat x, y pairs */
  drawPoints(points) {
    drawUserPoints(this.plotCtx, this.plotFrame, points);
  }

  /**
   * The cost over (w_i, w_j) around the other weights' values `base`.
   * @param {any} model @param {number} i @param {number} j @param {number[]} base
   * @param {{ iMin: number, iMax: number, jMin: number, jMax: number }} box
   */
  drawValleyBase(model, i, j, base, box) {
    this.valley.drawBase(model, i, j, base, box, GRID);
  }

  /**
   * The descent path over the valley.
   * @param {Float64Array} path flat weight vectors of the recorded steps
   * @param {number[]} weights the current weights @param {number} i @param {number} j
   * @param {number[] | null} closed W* when it exists
   */
  drawValleyPath(path, weights, i, j, closed) {
    const d = weights.length;
    const trail = [];
    for (let e = 0; e * d < path.length; e++) trail.push(path[e * d + i], path[e * d + j]);
    trail.push(weights[i], weights[j]);
    const minima = closed ? [{ x: closed[i], y: closed[j] }] : [];
    this.valley.drawPath(trail, { x: weights[i], y: weights[j] }, minima);
  }

  /** @param {{ steps: ArrayLike<number>, values: ArrayLike<number> }} history */
  drawCost(history) {
    const { steps, values } = history;
    this.costChart.setSeries([{ label: 'C(W)', color: '#d62728', steps, values }]);
  }

  /** @param {{ steps: number[], values: number[] } | null} distances null: no W* to measure */
  drawDistance(distances) {
    if (!distances) {
      this.distanceChart.setSeries([]);
      return;
    }
    const { steps, values } = distances;
    this.distanceChart.setSeries([{ label: '‖W_t − W*‖', color: '#1f77b4', steps, values }]);
  }

  dispose() {
    this.stopFollowing();
    this.valley.dispose();
    this.costChart.dispose();
    this.distanceChart.dispose();
  }
}
