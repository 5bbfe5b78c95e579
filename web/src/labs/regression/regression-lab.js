// The Regression lab (seed 004 ch. 1–2): fit data by the normal equation and by GD, SGD and
// mini-batch SGD, watch W_t approach W* in the cost valley, tame over-fitting with ridge.
// State -> engine -> views, one batched step(n) per frame.
import { buttonControl, el, formatNumber, selectControl, sliderControl } from '../controls.js';
import { LineChart } from '../../views/line-chart.js';
import { drawHeatMap } from '../../views/heat-map.js';
import { PlotFrame, drawAxes, setupCanvas } from '../../views/plot-frame.js';
import { drawValleyOverlay } from '../../views/valley-overlay.js';
import { drawScatterPlot, paddedRange } from '../../views/scatter-plot.js';
import {
  MAX_POINTS, SEED_PRESET, normalizeRegressionState, regressionTrainerOptions,
} from '../../state/regression-state.js';
import { scenarioFromState, stateFromScenario } from '../../scenario/regression-scenario.js';
import { buildRegressionData, firstColumn } from './regression-data.js';
import { GraphPanel } from './graph-panel.js';
import { RegressionPanel } from './regression-panel.js';
import { csvText, downloadCanvas, downloadText, readFileText, readJsonFile, scenarioJson } from '../shared/file-export.js';
import { FrameLoop } from '../shared/lab-loop.js';
import { editPointsAt } from '../shared/point-editing.js';
import './regression.css';

const PLOT_W = 460;
const PLOT_H = 360;
const VALLEY = 360;
const GRID = 120;
const POINTS_BOX = { xMin: 0, xMax: 10, yMin: 0, yMax: 10 };
const GROUP_COLORS = ['#1f77b4', '#d62728', '#2ca02c'];

export class RegressionLab {
  /**
   * @param {HTMLElement} root
   * @param {import('../../engine/engine.js').Engine} engine
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/regression-state.js').RegressionState} state
   * @param {(state: import('../../state/regression-state.js').RegressionState) => void} onStateChange
   */
  constructor(root, engine, t, state, onStateChange) {
    this.root = root;
    this.engine = engine;
    this.t = t;
    this.state = state;
    this.onStateChange = onStateChange;
    this.model = null;
    this.polynomial = null;
    this.trainer = null;
    this.data = null;
    this.closed = null;
    this.loop = new FrameLoop(() => this.advance(this.state.speed));

    this.panel = new RegressionPanel(t, state, {
      change: (patch) => this.change(patch),
      play: () => this.setPlaying(!this.playing),
      step: () => this.stepOnce(),
      reset: () => this.reset(),
      preset: () => this.change({ ...SEED_PRESET }),
      csv: (file) => this.loadCsv(file),
      exportScenario: () => downloadText('regression-scenario.json', scenarioJson(scenarioFromState(this.state)), 'application/json'),
      importScenario: (file) => this.importScenario(file),
      exportPng: () => downloadCanvas('regression.png', this.plotCanvas),
      exportCsv: () => this.exportCsv(),
    });

    this.plotCanvas = el('canvas', { testid: 'data-plot' });
    this.plotCtx = setupCanvas(this.plotCanvas, PLOT_W, PLOT_H);
    this.plotCanvas.addEventListener('click', (event) => this.clickPlot(event));

    this.valleyBase = el('canvas', { testid: 'valley-map' });
    this.valleyOverlay = el('canvas', { testid: 'valley-overlay', className: 'overlay' });
    this.valleyBaseCtx = setupCanvas(this.valleyBase, VALLEY, VALLEY);
    this.valleyOverlayCtx = setupCanvas(this.valleyOverlay, VALLEY, VALLEY);
    const valleyStack = el('div', { className: 'map-stack' }, [this.valleyBase, this.valleyOverlay]);
    valleyStack.style.width = `${VALLEY}px`;
    valleyStack.style.height = `${VALLEY}px`;
    this.weightSelectors = el('div', { className: 'weight-selectors' });

    const costCanvas = el('canvas', { testid: 'cost-chart' });
    this.costChart = new LineChart(costCanvas, {
      title: t('regression.chart.cost'), xLabel: t('regression.chart.step'), yLabel: t('regression.chart.costAxis'), logScale: true,
    });
    const distanceCanvas = el('canvas', { testid: 'distance-chart' });
    this.distanceChart = new LineChart(distanceCanvas, {
      title: t('regression.chart.distance'), xLabel: t('regression.chart.step'), yLabel: '‖W_t − W*‖', logScale: true,
    });

    // Polynomial regression on 1-D data (closed form, degree 0–12, ridge).
    this.degree = sliderControl({
      label: t('regression.degree'), testid: 'degree', min: 0, max: 12, step: 1, value: state.degree,
      onChange: (v) => this.change({ degree: Math.round(v) }),
    });
    this.polyReadouts = {
      train: el('output', { testid: 'readout-train-cost' }),
      test: el('output', { testid: 'readout-test-cost' }),
    };
    this.polyMessage = el('p', { className: 'message', testid: 'poly-message' });
    const degreeCanvas = el('canvas', { testid: 'degree-chart' });
    this.degreeChart = new LineChart(degreeCanvas, {
      title: t('regression.chart.degree'), xLabel: t('regression.degree'), yLabel: t('regression.chart.costAxis'), logScale: true,
    });
    this.polyCard = el('div', { className: 'chart-card poly-card', testid: 'poly-card' }, [
      el('h3', { text: t('regression.poly.title') }),
      el('p', { className: 'hint', text: t('regression.poly.hint') }),
      this.degree.element,
      el('div', { className: 'readouts' }, [
        el('div', { className: 'readout' }, [el('span', { text: t('regression.readout.trainCost') }), this.polyReadouts.train]),
        el('div', { className: 'readout' }, [el('span', { text: t('regression.readout.testCost') }), this.polyReadouts.test]),
      ]),
      this.polyMessage,
      el('div', { className: 'chart-box small' }, [degreeCanvas]),
    ]);

    for (const chart of [this.costChart, this.distanceChart, this.degreeChart]) labelPowersOfTen(chart);
    this.graph = new GraphPanel(t, engine);
    this.element = el('section', { className: 'lab regression', testid: 'regression-lab' }, [
      this.panel.element,
      el('div', { className: 'regression-views' }, [
        el('div', { className: 'chart-card' }, [el('h3', { text: t('regression.plot.title') }), this.plotCanvas, el('p', { className: 'hint', testid: 'plot-legend', text: t('regression.plot.legend') })]),
        el('div', { className: 'chart-card' }, [el('h3', { text: t('regression.valley.title') }), this.weightSelectors, valleyStack]),
        el('div', { className: 'chart-card' }, [el('div', { className: 'chart-box small' }, [costCanvas])]),
        el('div', { className: 'chart-card' }, [el('div', { className: 'chart-box small' }, [distanceCanvas])]),
        this.polyCard,
        this.graph.element,
      ]),
    ]);
    root.append(this.element);
    this.buildModel();
  }

  get playing() {
    return this.loop.running;
  }

  /** Applies a patch of state from a control. */
  change(patch) {
    const previous = this.state;
    this.state = normalizeRegressionState({ ...previous, ...patch });
    const s = this.state;
    this.panel.sync(s);
    const dataChanged = ['data', 'seed', 'sineCount', 'noise', 'csv'].some((k) => s[k] !== previous[k]) ||
      s.points.join() !== previous.points.join();
    if (dataChanged || s.lambda !== previous.lambda) {
      this.buildModel();
    } else if (['method', 'batchSize', 'sampling', 'schedule', 'learningRate', 'stopTol'].some((k) => s[k] !== previous[k])) {
      this.buildTrainer();
    } else if (s.weightI !== previous.weightI || s.weightJ !== previous.weightJ) {
      this.drawValleyBase();
      this.drawScene();
    } else if (s.degree !== previous.degree) {
      this.fitPolynomial();
      this.drawScene();
    }
    this.onStateChange(this.state);
  }

  buildModel() {
    const s = this.state;
    let data;
    let model;
    try {
      data = buildRegressionData(this.engine, s);
      model = this.engine.createRegression(data, { lambda: s.lambda });
    } catch (error) {
      this.panel.setMessage(this.t('regression.error', { message: error.message }), 'error');
      if (s.data === 'points') {
        // Keep drawing the (empty or too small) point set so the student can add points.
        this.disposeModel();
        this.data = data ?? null;
        this.drawEmptyPoints();
      }
      return;
    }
    this.disposeModel();
    // The core names the commute columns in English; show them in the page's language.
    if (s.data === 'commute') data.columns = ['distance', 'weekday', 'minutes'].map((c) => this.t(`regression.column.${c}`));
    this.data = data;
    this.model = model;
    this.closed = model.solve();
    this.plainClosed = s.lambda > 0 ? model.solveRidge(0) : this.closed;
    const d = model.parameterCount();
    if (s.weightI >= d || s.weightJ >= d || s.weightI === s.weightJ) {
      this.state = normalizeRegressionState({ ...s, weightI: 0, weightJ: Math.min(1, d - 1) });
      this.onStateChange(this.state);
    }
    this.buildWeightSelectors(d);
    this.buildPolynomial();
    this.computeBoxes();
    this.drawValleyBase();
    this.buildTrainer();
  }

  disposeModel() {
    this.setPlaying(false);
    this.trainer?.dispose();
    this.trainer = null;
    this.model?.dispose();
    this.model = null;
    this.polynomial?.dispose();
    this.polynomial = null;
  }

  buildTrainer() {
    if (!this.model) return;
    let trainer;
    try {
      trainer = this.model.createTrainer(regressionTrainerOptions(this.state, this.model.sampleCount()), this.initial());
    } catch (error) {
      this.panel.setMessage(this.t('regression.error', { message: error.message }), 'error');
      return;
    }
    this.trainer?.dispose();
    this.trainer = trainer;
    this.setPlaying(false);
    if (this.closed.ok) this.panel.setMessage('');
    else this.panel.setMessage(this.t('regression.singular', { message: this.closed.message }), 'error');
    const lambdaMax = this.model.hessianMaxEigenvalue();
    this.panel.setLearningRateHint(lambdaMax > 0 ? `η < 2/λmax = ${(2 / lambdaMax).toPrecision(3)}` : '');
    this.drawScene();
  }

  initial() {
    return new Array(this.model.parameterCount()).fill(0);
  }

  buildWeightSelectors(d) {
    const options = Array.from({ length: d }, (_, k) => ({ value: String(k), text: this.weightName(k) }));
    const make = (field, testid, label) => selectControl({
      label, testid, options, value: String(this.state[field]),
      onChange: (value) => {
        const other = field === 'weightI' ? 'weightJ' : 'weightI';
        const k = Number(value);
        this.change(k === this.state[other] ? { [field]: k, [other]: this.state[field] } : { [field]: k });
        this.buildWeightSelectors(d);
      },
    }).element;
    this.weightSelectors.replaceChildren(make('weightI', 'weight-i', this.t('regression.valley.xAxis')), make('weightJ', 'weight-j', this.t('regression.valley.yAxis')));
  }

  weightName(k) {
    if (k === 0) return `w0 (${this.t('regression.bias')})`;
    return `w${k} (${this.data.columns[k - 1] ?? `x${k}`})`;
  }

  buildPolynomial() {
    const oneD = this.data.inputDim === 1;
    this.polyCard.hidden = !oneD;
    if (!oneD) return;
    const xs = firstColumn(this.data);
    const test = this.data.test;
    this.polynomial = this.engine.createPolynomial(xs, this.data.targets, test ? test.inputs : [], test ? test.targets : []);
    const costs = this.polynomial.costsByDegree(this.state.lambda);
    const series = [{ label: this.t('regression.chart.train'), color: '#1f77b4', steps: costs.degrees, values: costs.train }];
    if (test) series.push({ label: this.t('regression.chart.test'), color: '#d62728', steps: costs.degrees, values: costs.test });
    this.degreeChart.setSeries(series);
    this.fitPolynomial();
  }

  fitPolynomial() {
    if (!this.polynomial) return;
    const fit = this.polynomial.fit(this.state.degree, this.state.lambda);
    this.polyFit = fit;
    this.polyReadouts.train.textContent = fit.ok ? formatNumber(fit.trainCost, 5) : '—';
    this.polyReadouts.test.textContent = fit.ok && Number.isFinite(fit.testCost) ? formatNumber(fit.testCost, 5) : '—';
    this.polyMessage.textContent = fit.ok ? '' : fit.message;
  }

  /** The data plot's box and the valley's box (around W* and the start), fixed per model. */
  computeBoxes() {
    const data = this.data;
    const xs = firstColumn(data);
    const [xMin, xMax] = this.state.data === 'points' ? [POINTS_BOX.xMin, POINTS_BOX.xMax] : paddedRange(xs);
    const [yMin, yMax] = this.state.data === 'points' ? [POINTS_BOX.yMin, POINTS_BOX.yMax] : paddedRange(data.targets, 0.15);
    this.plotFrame = new PlotFrame(PLOT_W, PLOT_H, { xMin, xMax, yMin, yMax });
  }

  valleyBox() {
    const { weightI: i, weightJ: j } = this.state;
    const center = this.closed.ok ? this.closed.weights : this.initial();
    const start = this.initial();
    const half = (k) => Math.max(1, 1.4 * Math.abs(center[k] - start[k]));
    return { iMin: center[i] - half(i), iMax: center[i] + half(i), jMin: center[j] - half(j), jMax: center[j] + half(j) };
  }

  drawValleyBase() {
    if (!this.model) return;
    const { weightI: i, weightJ: j } = this.state;
    const box = this.valleyBox();
    this.valleyFrame = new PlotFrame(VALLEY, VALLEY, { xMin: box.iMin, xMax: box.iMax, yMin: box.jMin, yMax: box.jMax });
    const base = this.closed.ok ? this.closed.weights : this.initial();
    const grid = this.model.costGrid(i, j, base, box, GRID);
    this.valleyBaseCtx.clearRect(0, 0, VALLEY, VALLEY);
    drawHeatMap(this.valleyBaseCtx, this.valleyFrame, grid, GRID, { logScale: true });
    drawAxes(this.valleyBaseCtx, this.valleyFrame, { xLabel: `w${i}`, yLabel: `w${j}` });
  }

  reset() {
    this.trainer?.reset();
    this.setPlaying(false);
    this.panel.setMessage('');
    this.drawScene();
  }

  stepOnce() {
    this.setPlaying(false);
    this.advance(1);
  }

  setPlaying(playing) {
    if (playing && (!this.trainer || this.trainer.state() === 'converged' || this.trainer.state() === 'diverged' || this.trainer.state() === 'max-steps')) return;
    this.panel.setPlaying(playing);
    this.loop.set(playing);
  }

  advance(n) {
    if (!this.trainer) return;
    this.trainer.step(n);
    const state = this.trainer.state();
    if (state === 'diverged') {
      const lambdaMax = this.model.hessianMaxEigenvalue();
      this.stop(this.t('regression.stopped.diverged', { step: this.trainer.stepCount(), limit: (2 / lambdaMax).toPrecision(3) }), 'error');
    } else if (state === 'converged' || state === 'gradient-small') {
      this.stop(this.trainer.stopMessage(), 'info');
    } else if (this.closed.ok && this.distance() < 1e-9 && this.state.method === 'gd') {
      this.stop(this.t('regression.stopped.reached'), 'info');
    }
    this.drawScene();
  }

  stop(message, kind) {
    this.setPlaying(false);
    this.panel.setMessage(message, kind);
  }

  distance(params = this.trainer.params()) {
    if (!this.closed.ok) return NaN;
    let sum = 0;
    for (let k = 0; k < params.length; k++) sum += (params[k] - this.closed.weights[k]) ** 2;
    return Math.sqrt(sum);
  }

  /** The model's prediction along the plot's x axis, with the second input fixed at `second`. */
  lineFor(weights, second, means) {
    const { xMin, xMax } = this.plotFrame.box;
    const d = this.data.inputDim;
    const ys = [xMin, xMax].map((x) => {
      let y = weights[0] + weights[1] * x;
      if (d >= 2) y += weights[2] * second;
      for (let k = 3; k <= d; k++) y += weights[k] * means[k - 1];
      return y;
    });
    return { xs: [xMin, xMax], ys };
  }

  drawScene() {
    if (!this.trainer) return;
    const weights = Array.from(this.trainer.params());
    const { steps, values } = this.trainer.pathViews();
    const pathSteps = Array.from(steps);
    const path = Float64Array.from(values); // copy before the next call into wasm
    const cost = this.model.cost(weights);
    this.panel.setReadouts({
      step: this.trainer.stepCount(), cost, weights, closedForm: this.closed.ok ? this.closed.weights : null,
      distance: this.distance(weights), rate: this.trainer.learningRate(),
    });
    this.drawPlot(weights);
    this.drawValleyScene(path, weights);
    const history = this.trainer.costHistory();
    this.costChart.setSeries([{ label: 'C(W)', color: '#d62728', steps: history.steps, values: history.values }]);
    if (this.closed.ok) {
      const d = weights.length;
      const distances = [];
      for (let e = 0; e < pathSteps.length; e++) distances.push(this.distance(path.subarray(e * d, e * d + d)));
      pathSteps.push(this.trainer.stepCount());
      distances.push(this.distance(weights));
      this.distanceChart.setSeries([{ label: '‖W_t − W*‖', color: '#1f77b4', steps: pathSteps, values: distances }]);
    } else {
      this.distanceChart.setSeries([]);
    }
  }

  drawValleyScene(path, weights) {
    const { weightI: i, weightJ: j } = this.state;
    const d = weights.length;
    const trail = [];
    for (let e = 0; e * d < path.length; e++) trail.push(path[e * d + i], path[e * d + j]);
    trail.push(weights[i], weights[j]);
    const minima = this.closed.ok ? [{ x: this.closed.weights[i], y: this.closed.weights[j] }] : [];
    const racer = {
      color: '#ff4d4d', path: trail, ball: { x: weights[i], y: weights[j] },
      gradient: null, velocity: null, stepSizes: null, focused: true,
    };
    drawValleyOverlay(this.valleyOverlayCtx, this.valleyFrame, { racers: [racer], minima });
  }

  drawPlot(weights) {
    const data = this.data;
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
      lines.push({ ...this.lineFor(weights, g, means), color, width: 2.5 });
      if (this.closed.ok) lines.push({ ...this.lineFor(this.closed.weights, g, means), color: '#222', width: 1.5, dash: [6, 4] });
      if (this.state.lambda > 0 && this.plainClosed.ok) lines.push({ ...this.lineFor(this.plainClosed.weights, g, means), color: '#999', width: 1, dash: [2, 3] });
    });
    if (this.polynomial && this.polyFit?.ok) {
      const { xMin, xMax } = this.plotFrame.box;
      const count = 200;
      const ys = Array.from(this.polynomial.curve(xMin, xMax, count));
      const xs = ys.map((_, k) => xMin + ((xMax - xMin) * k) / (count - 1));
      lines.push({ xs, ys, color: '#ff7f0e', width: 2 });
    }
    const test = data.test;
    if (test) {
      for (let n = 0; n < test.targets.length; n++) points.unshift({ x: test.inputs[n], y: test.targets[n], color: 'rgba(150,150,150,0.45)' });
    }
    const legend = d >= 2 ? groups.map((g, k) => ({ color: GROUP_COLORS[k], text: `${data.columns[1]} = ${formatNumber(g, 3)}` })) : [];
    drawScatterPlot(this.plotCtx, this.plotFrame, {
      points, lines, legend, xLabel: data.columns[0], yLabel: data.columns[data.columns.length - 1],
    });
  }

  drawEmptyPoints() {
    this.plotFrame = new PlotFrame(PLOT_W, PLOT_H, POINTS_BOX);
    const points = [];
    for (let k = 0; k < this.state.points.length; k += 2) points.push({ x: this.state.points[k], y: this.state.points[k + 1], color: GROUP_COLORS[0] });
    drawScatterPlot(this.plotCtx, this.plotFrame, { points, lines: [], xLabel: 'x', yLabel: 'y' });
  }

  /** Click on the data plot (user points): add a point, or remove the one under the cursor. */
  clickPlot(event) {
    if (this.state.data !== 'points' || !this.plotFrame) return;
    const points = editPointsAt(event, this.plotCanvas, this.plotFrame, {
      width: PLOT_W, height: PLOT_H, points: this.state.points, stride: 2, maxPoints: MAX_POINTS,
      makePoint: (p) => [Number(p.x.toPrecision(3)), Number(p.y.toPrecision(3))],
    });
    if (points) this.change({ points });
  }

  async loadCsv(file) {
    const text = await readFileText(file);
    const parsed = this.engine.parseCsv(text);
    if (!parsed.ok) {
      this.panel.setMessage(this.t('regression.csvError', { message: parsed.message }), 'error');
      return; // the current data stay
    }
    this.change({ data: 'csv', csv: text });
  }

  async importScenario(file) {
    let state;
    try {
      state = stateFromScenario(await readJsonFile(file));
    } catch (error) {
      this.panel.setMessage(this.t('regression.importError', { message: error.message }), 'error');
      return;
    }
    this.state = state;
    this.panel.sync(state);
    this.degree.set(state.degree);
    this.onStateChange(state);
    this.buildModel();
  }

  exportCsv() {
    if (!this.trainer) return;
    const d = this.model.parameterCount();
    const { steps, values } = this.trainer.pathViews();
    const rows = [['step', ...Array.from({ length: d }, (_, k) => `w${k}`), 'cost'].join(',')];
    const stepList = Array.from(steps);
    const path = Float64Array.from(values);
    stepList.forEach((step, e) => {
      const w = Array.from(path.subarray(e * d, e * d + d));
      rows.push([step, ...w, this.model.cost(w)].join(','));
    });
    downloadText('regression-path.csv', csvText(rows), 'text/csv');
  }

  dispose() {
    this.setPlaying(false);
    this.costChart.dispose();
    this.distanceChart.dispose();
    this.degreeChart.dispose();
    this.disposeModel();
    this.element.remove();
  }
}

// Chart.js labels log ticks with all their digits ("0.0000001000"); label only 1, 2 and 5 times a
// power of ten, short (1e-7 style when far from 1).
function labelPowersOfTen(lineChart) {
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
