// The Regression lab (seed 004 ch. 1–2): fit data by the normal equation and by GD, SGD and
// mini-batch SGD, watch W_t approach W* in the cost valley, tame over-fitting with ridge. It
// supplies its model (a regression and its trainer), views and panels; the LabController runs it.
import { el, selectControl } from '../controls.js';
import { paddedRange } from '../../views/scatter-plot.js';
import { MAX_POINTS, SEED_PRESET, regressionTrainerOptions } from '../../state/regression-state.js';
import { buildRegressionData, csvRefusal, firstColumn } from './regression-data.js';
import { PolynomialCard } from './polynomial-card.js';
import { GraphPanel } from './graph-panel.js';
import { RegressionPanel } from './regression-panel.js';
import { RegressionViews } from './regression-views.js';
import { readFileText } from '../shared/file-export.js';
import { initialMismatch } from '../shared/lab-files.js';
import { editPointsAt, pointKeyboard } from '../shared/point-editing.js';
import { runStatus } from '../shared/canvas-cursor.js';
import { changedPart } from '../shared/state-changes.js';
import '../shared/plot-lab.css';
import './regression.css';

const POINTS_BOX = { xMin: 0, xMax: 10, yMin: 0, yMax: 10 };
/** @type {[string, string[]][]} what each change rebuilds, the costliest first */
const PARTS = [
  ['model', ['data', 'seed', 'sineCount', 'noise', 'csv', 'points', 'lambda', 'penalizeBias']],
  ['trainer', ['method', 'batchSize', 'sampling', 'schedule', 'learningRate', 'stopTol']],
  ['axes', ['weightI', 'weightJ']],
  ['degree', ['degree']],
];
const TERMINAL = ['converged', 'diverged', 'max-steps', 'gradient-small'];

/** @typedef {import('../shared/lab-controller.js').Lab} Lab */

/** @implements {Lab} */
export class RegressionLab {
  /** @param {import('../shared/lab-controller.js').LabController} host */
  constructor(host) {
    const t = host.t;
    this.host = host;
    this.t = t;
    this.engine = host.engine;
    this.model = null;
    this.trainer = null;
    this.data = null;
    this.closed = null;
    this.plainClosed = null;
    /** @type {number[] | null} start weights from an imported scenario */
    this.imported = null;
    this.reached = false;
    const state = host.state;
    this.panel = new RegressionPanel(t, state, host.controls, {
      change: (patch) => host.change(patch),
      preset: () => host.change({ ...SEED_PRESET }),
      csv: (file) => this.loadCsv(file),
    });
    this.views = new RegressionViews(t, () => host.redraw());
    this.views.plotCanvas.addEventListener('click', (event) => this.clickPlot(event));
    this.pointKeys = pointKeyboard(this.views.plotCanvas, t, {
      frame: () => this.views.plotFrame ?? null,
      list: () => this.pointList(),
      change: (points) => host.change({ points }),
      status: () => runStatus(t, this.summary()),
    });
    this.poly = new PolynomialCard(t, this.engine, state.degree, (degree) =>
      host.change({ degree }),
    );
    this.graph = new GraphPanel(t, this.engine);
    this.registerParts(host.controls);
    this.element = el(
      'section',
      { className: 'lab plot-lab regression', testid: 'regression-lab' },
      [
        this.panel.element,
        el('div', { className: 'plot-views' }, [
          ...this.views.cards,
          this.poly.element,
          this.graph.element,
        ]),
      ],
    );
  }

  /**
   * The panels and the controls outside the settings panel, by their hide/lock names
   * (state/trim-names.js). @param {import('../shared/lab-controls.js').LabControls} controls
   */
  registerParts(controls) {
    const [dataPlot, weightValley, costChart, distanceChart] = this.views.cards;
    const parts = { dataPlot, weightValley, costChart, distanceChart };
    for (const [name, card] of Object.entries(parts)) controls.register(name, card);
    controls.register('polynomial', this.poly.element);
    controls.register('graph', this.graph.element);
    controls.register('degree', this.poly.degree.input);
  }

  /** @param {any} state @param {any} previous @param {{ initial?: number[] | null }} [options] */
  rebuild(state, previous, { initial = null } = {}) {
    this.panel.sync(state);
    const part = changedPart(state, previous, PARTS);
    if (part === 'all') this.poly.setDegree(state.degree);
    // Imported start weights hold until the student changes the data or the model.
    if (part === 'all' || part === 'model') {
      if (!this.buildModel(state, part === 'all' ? initial : null)) return false;
    }
    if (part === 'trainer') this.buildTrainer(state);
    if (part === 'axes') this.drawValleyBase(state);
    if (part === 'degree') this.poly.fit(state.degree, state.lambda, state.penalizeBias);
    return true;
  }

  /**
   * A new model (and trainer) for `state`, starting from `initial` when given.
   * @returns {boolean} false when the start weights do not fit: nothing was changed
   */
  buildModel(state, initial = null) {
    let data;
    let model;
    try {
      data = buildRegressionData(this.engine, state);
      model = this.engine.createRegression(data, {
        lambda: state.lambda,
        penalizeBias: state.penalizeBias,
      });
    } catch (error) {
      this.host.setMessage(this.t('regression.error', { message: error.message }), 'error');
      if (state.data === 'points') {
        // Keep drawing the (empty or too small) point set so the student can add points.
        this.disposeModel();
        this.data = data ?? null;
      }
      return true;
    }
    const mismatch = initialMismatch(initial, model.parameterCount(), this.t);
    if (mismatch) {
      model.dispose();
      this.host.setMessage(mismatch, 'error');
      return false;
    }
    this.disposeModel();
    this.imported = initial;
    // The core names the commute columns in English; show them in the page's language.
    if (state.data === 'commute') {
      const names = ['distance', 'weekday', 'minutes'];
      data.columns = names.map((c) => this.t(`regression.column.${c}`));
    }
    this.data = data;
    this.model = model;
    this.closed = model.solve();
    this.plainClosed = state.lambda > 0 ? model.solveRidge(0) : this.closed;
    const d = model.parameterCount();
    let s = state;
    if (s.weightI >= d || s.weightJ >= d || s.weightI === s.weightJ) {
      this.host.record({ weightI: 0, weightJ: Math.min(1, d - 1) });
      s = this.host.state;
    }
    this.buildWeightSelectors(d);
    this.poly.build(data, s.degree, s.lambda, s.penalizeBias);
    this.views.setPlotBox(this.plotBox(s));
    this.drawValleyBase(s);
    this.buildTrainer(s);
    return true;
  }

  disposeModel() {
    this.host.pause();
    this.trainer?.dispose();
    this.trainer = null;
    this.model?.dispose();
    this.model = null;
    this.poly.clear();
  }

  buildTrainer(state) {
    if (!this.model) return;
    let trainer;
    try {
      const options = regressionTrainerOptions(state, this.model.sampleCount());
      trainer = this.model.createTrainer(options, this.initial());
    } catch (error) {
      this.host.setMessage(this.t('regression.error', { message: error.message }), 'error');
      return;
    }
    this.trainer?.dispose();
    this.trainer = trainer;
    this.reached = false;
    this.host.pause();
    if (this.closed.ok) this.host.setMessage('');
    else {
      const message = this.t('regression.singular', { message: this.closed.message });
      this.host.setMessage(message, 'error');
    }
    const lambdaMax = this.model.hessianMaxEigenvalue();
    const limit = lambdaMax > 0 ? `η < 2/λmax = ${(2 / lambdaMax).toPrecision(3)}` : '';
    this.panel.setLearningRateHint(limit);
  }

  /** The start weights: an imported scenario's, else zeros. */
  initial() {
    return this.imported ?? new Array(this.model.parameterCount()).fill(0);
  }

  initialWeights() {
    return this.imported;
  }

  buildWeightSelectors(d) {
    const options = Array.from({ length: d }, (_, k) => ({
      value: String(k),
      text: this.weightName(k),
    }));
    const make = (field, testid, label) => {
      const control = selectControl({
        label,
        testid,
        options,
        value: String(this.host.state[field]),
        onChange: (value) => {
          const state = this.host.state;
          const other = field === 'weightI' ? 'weightJ' : 'weightI';
          const k = Number(value);
          const swap = k === state[other];
          this.host.change(swap ? { [field]: k, [other]: state[field] } : { [field]: k });
          this.buildWeightSelectors(d);
        },
      });
      this.host.controls.register(field, control.input);
      return control.element;
    };
    this.views.weightSelectors.replaceChildren(
      make('weightI', 'weight-i', this.t('regression.valley.xAxis')),
      make('weightJ', 'weight-j', this.t('regression.valley.yAxis')),
    );
  }

  weightName(k) {
    if (k === 0) return `w0 (${this.t('regression.bias')})`;
    return `w${k} (${this.data.columns[k - 1] ?? `x${k}`})`;
  }

  /** The data plot's box, fixed per model. */
  plotBox(state) {
    if (state.data === 'points') return POINTS_BOX;
    const [xMin, xMax] = paddedRange(firstColumn(this.data));
    const [yMin, yMax] = paddedRange(this.data.targets, 0.15);
    return { xMin, xMax, yMin, yMax };
  }

  /** The valley's box: around W* and the start. */
  valleyBox(i, j) {
    const center = this.closed.ok ? this.closed.weights : this.initial();
    const start = this.initial();
    const half = (k) => Math.max(1, 1.4 * Math.abs(center[k] - start[k]));
    return {
      iMin: center[i] - half(i),
      iMax: center[i] + half(i),
      jMin: center[j] - half(j),
      jMax: center[j] + half(j),
    };
  }

  drawValleyBase(state) {
    if (!this.model) return;
    const { weightI: i, weightJ: j } = state;
    const base = this.closed.ok ? this.closed.weights : this.initial();
    this.views.drawValleyBase(this.model, i, j, base, this.valleyBox(i, j));
  }

  reset() {
    this.trainer?.reset();
    this.reached = false;
  }

  canRun() {
    return Boolean(this.trainer) && !this.reached && !TERMINAL.includes(this.trainer.state());
  }

  advance(n) {
    if (!this.trainer) return null;
    this.trainer.step(n);
    const state = this.trainer.state();
    if (state === 'diverged') {
      const limit = (2 / this.model.hessianMaxEigenvalue()).toPrecision(3);
      const step = this.trainer.stepCount();
      return {
        text: this.t('regression.stopped.diverged', { step, limit }),
        kind: /** @type {const} */ ('error'),
      };
    }
    if (TERMINAL.includes(state))
      return { text: this.trainer.stopMessage(), kind: /** @type {const} */ ('info') };
    if (this.closed.ok && this.distance() < 1e-9 && this.host.state.method === 'gd') {
      this.reached = true;
      return { text: this.t('regression.stopped.reached'), kind: /** @type {const} */ ('info') };
    }
    return null;
  }

  distance(params = this.trainer.params()) {
    if (!this.closed.ok) return NaN;
    let sum = 0;
    for (let k = 0; k < params.length; k++) sum += (params[k] - this.closed.weights[k]) ** 2;
    return Math.sqrt(sum);
  }

  draw() {
    this.pointKeys.refresh();
    const state = this.host.state;
    if (!this.trainer) {
      if (state.data === 'points') {
        this.views.setPlotBox(POINTS_BOX);
        this.views.drawPoints(state.points);
      }
      return;
    }
    const weights = Array.from(this.trainer.params());
    const { steps, values } = this.trainer.pathViews();
    const pathSteps = Array.from(steps);
    const path = Float64Array.from(values); // copy before the next call into wasm
    const closed = this.closed.ok ? this.closed.weights : null;
    this.panel.setReadouts({
      step: this.trainer.stepCount(),
      cost: this.model.cost(weights),
      weights,
      closedForm: closed,
      distance: this.distance(weights),
      rate: this.trainer.learningRate(),
    });
    this.views.drawPlot({
      data: this.data,
      weights,
      closed: this.closed,
      plainClosed: this.plainClosed,
      lambda: state.lambda,
      polynomial: this.poly.drawable(),
    });
    this.views.drawValleyPath(path, weights, state.weightI, state.weightJ, closed);
    this.views.drawCost(this.trainer.costHistory());
    this.views.drawDistance(closed && this.distances(pathSteps, path, weights));
  }

  /** ‖W_t − W*‖ along the recorded path and now. */
  distances(pathSteps, path, weights) {
    const d = weights.length;
    const values = [];
    for (let e = 0; e < pathSteps.length; e++) {
      values.push(this.distance(path.subarray(e * d, e * d + d)));
    }
    values.push(this.distance(weights));
    return { steps: [...pathSteps, this.trainer.stepCount()], values };
  }

  /** The student's points as point-editing reads them; null while other data show. */
  pointList() {
    const state = this.host.state;
    if (state.data !== 'points') return null;
    return {
      points: state.points,
      stride: 2,
      maxPoints: MAX_POINTS,
      onFull: () => this.host.setMessage(this.t('data.pointsFull', { max: MAX_POINTS }), 'error'),
      makePoint: (p) => [Number(p.x.toPrecision(3)), Number(p.y.toPrecision(3))],
    };
  }

  /** Click on the data plot (user points): add a point, or remove the one under the cursor. */
  clickPlot(event) {
    const list = this.pointList();
    if (!list || !this.views.plotFrame) return;
    const points = editPointsAt(event, this.views.plotCanvas, this.views.plotFrame, {
      width: this.views.plotFrame.width,
      height: this.views.plotFrame.height,
      ...list,
    });
    if (points) this.host.change({ points });
  }

  /** Loads a CSV file as the data set; a refused file leaves the current data as they are. */
  async loadCsv(file) {
    let text;
    try {
      text = await readFileText(file);
    } catch (error) {
      this.host.setMessage(this.t('data.readFailed', { message: String(error) }), 'error');
      return;
    }
    const refusal = csvRefusal(this.engine, text, this.t);
    if (refusal) {
      this.host.setMessage(refusal, 'error');
      return;
    }
    this.host.change({ data: 'csv', csv: text });
  }

  /**
   * The run now: the step count and the full cost at the current weights (what the panel
   * shows; one pass over the few data points).
   * @returns {import('../shared/lab-controller.js').LabSummary}
   */
  summary() {
    if (!this.trainer) return { step: 0, cost: null };
    const weights = Array.from(this.trainer.params());
    return {
      step: this.trainer.stepCount(),
      cost: this.model.cost(weights),
      weights,
      distance: this.distance(weights),
    };
  }

  pngCanvas() {
    return this.views.plotCanvas;
  }

  csvRows() {
    if (!this.trainer) return null;
    const d = this.model.parameterCount();
    const { steps, values } = this.trainer.pathViews();
    const header = ['step', ...Array.from({ length: d }, (_, k) => `w${k}`), 'cost'];
    const stepList = Array.from(steps);
    const path = Float64Array.from(values);
    const rows = [header.join(',')];
    stepList.forEach((step, e) => {
      const w = Array.from(path.subarray(e * d, e * d + d));
      rows.push([step, ...w, this.model.cost(w)].join(','));
    });
    return rows;
  }

  dispose() {
    this.pointKeys.dispose();
    this.views.dispose();
    this.poly.dispose();
    this.disposeModel();
  }
}
