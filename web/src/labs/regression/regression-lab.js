// The Regression lab (seed 004 ch. 1–2): fit data by the normal equation and by GD, SGD and
// mini-batch SGD, watch W_t approach W* in the cost valley, tame over-fitting with ridge.
// State -> engine -> views, one batched step(n) per frame.
import { el, selectControl } from '../controls.js';
import { LineChart } from '../../views/line-chart.js';
import { drawHeatMap } from '../../views/heat-map.js';
import { PlotFrame, drawAxes, setupCanvas } from '../../views/plot-frame.js';
import { drawValleyOverlay } from '../../views/valley-overlay.js';
import { paddedRange } from '../../views/scatter-plot.js';
import {
  MAX_POINTS, SEED_PRESET, normalizeRegressionState, regressionTrainerOptions,
} from '../../state/regression-state.js';
import { scenarioFromState, stateFromScenario } from '../../scenario/regression-scenario.js';
import { buildRegressionData, firstColumn } from './regression-data.js';
import { PolynomialCard } from './polynomial-card.js';
import { GraphPanel } from './graph-panel.js';
import { drawRegressionPlot, drawUserPoints, labelPowersOfTen } from './regression-plot.js';
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

    this.poly = new PolynomialCard(t, engine, state.degree, (degree) => this.change({ degree }));
    for (const chart of [this.costChart, this.distanceChart]) labelPowersOfTen(chart);
    this.graph = new GraphPanel(t, engine);
    this.element = el('section', { className: 'lab regression', testid: 'regression-lab' }, [
      this.panel.element,
      el('div', { className: 'regression-views' }, [
        el('div', { className: 'chart-card' }, [el('h3', { text: t('regression.plot.title') }), this.plotCanvas, el('p', { className: 'hint', testid: 'plot-legend', text: t('regression.plot.legend') })]),
        el('div', { className: 'chart-card' }, [el('h3', { text: t('regression.valley.title') }), this.weightSelectors, valleyStack]),
        el('div', { className: 'chart-card' }, [el('div', { className: 'chart-box small' }, [costCanvas])]),
        el('div', { className: 'chart-card' }, [el('div', { className: 'chart-box small' }, [distanceCanvas])]),
        this.poly.element,
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
      this.poly.fit(s.degree, s.lambda);
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
    this.poly.build(this.data, this.state.degree, this.state.lambda);
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
    this.poly.clear();
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
    drawRegressionPlot(this.plotCtx, this.plotFrame, {
      data: this.data, weights, closed: this.closed, plainClosed: this.plainClosed,
      lambda: this.state.lambda, polynomial: this.poly.drawable(),
    });
  }

  drawEmptyPoints() {
    this.plotFrame = new PlotFrame(PLOT_W, PLOT_H, POINTS_BOX);
    drawUserPoints(this.plotCtx, this.plotFrame, this.state.points);
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
    this.poly.setDegree(state.degree);
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
    this.poly.dispose();
    this.disposeModel();
    this.element.remove();
  }
}
