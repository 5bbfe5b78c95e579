// The Classification lab (seed 004 §1.4, §2.2.2, §3.1): a perceptron, a squared-hinge linear
// classifier, hinge and logistic regression on 2-D data, with the decision line, the margin band
// wᵀx = ±1, mistakes ringed, the cost valley over (w1, w2) and loss/accuracy curves.
import { el, formatNumber } from '../controls.js';
import { LineChart } from '../../views/line-chart.js';
import { drawHeatMap } from '../../views/heat-map.js';
import { PlotFrame, drawAxes, setupCanvas } from '../../views/plot-frame.js';
import { drawValleyOverlay } from '../../views/valley-overlay.js';
import { drawScatterPlot } from '../../views/scatter-plot.js';
import {
  MAX_USER_POINTS, classificationTrainerOptions, normalizeClassificationState,
} from '../../state/classification-state.js';
import { scenarioFromState, stateFromScenario } from '../../scenario/classification-scenario.js';
import { csvText, downloadCanvas, downloadText, readJsonFile, scenarioJson } from '../shared/file-export.js';
import { FrameLoop } from '../shared/lab-loop.js';
import { editPointsAt } from '../shared/point-editing.js';
import { buildClassificationData } from './classification-data.js';
import { ClassificationPanel } from './classification-panel.js';
import { boundaryLine, marginBand } from './boundary-geometry.js';
import '../regression/regression.css';

const PLOT = 420;
const VALLEY = 360;
const GRID = 64;
const BOX = { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };
const COLORS = { 1: '#1f77b4', '-1': '#ff7f0e' };
const MISTAKE_RING = '#d62728';
const MAX_ACCURACY_POINTS = 4000;

export class ClassificationLab {
  /**
   * @param {HTMLElement} root
   * @param {import('../../engine/engine.js').Engine} engine
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/classification-state.js').ClassificationState} state
   * @param {(state: import('../../state/classification-state.js').ClassificationState) => void} onStateChange
   */
  constructor(root, engine, t, state, onStateChange) {
    this.engine = engine;
    this.t = t;
    this.state = state;
    this.onStateChange = onStateChange;
    this.classifier = null;
    this.trainer = null;
    this.perceptron = null;
    this.data = null;
    this.loop = new FrameLoop(() => this.advance(this.state.speed));

    this.panel = new ClassificationPanel(t, state, {
      change: (patch) => this.change(patch),
      play: () => this.setPlaying(!this.playing),
      step: () => this.stepOnce(),
      reset: () => this.reset(),
      exportScenario: () => downloadText('classification-scenario.json', scenarioJson(scenarioFromState(this.state)), 'application/json'),
      importScenario: (file) => this.importScenario(file),
      exportPng: () => downloadCanvas('classification.png', this.plotCanvas),
      exportCsv: () => this.exportCsv(),
    });
    this.plotCanvas = el('canvas', { testid: 'data-plot' });
    this.plotCtx = setupCanvas(this.plotCanvas, PLOT, PLOT);
    this.plotFrame = new PlotFrame(PLOT, PLOT, BOX);
    this.plotCanvas.addEventListener('click', (event) => this.clickPlot(event));

    this.valleyBase = el('canvas', { testid: 'valley-map' });
    this.valleyOverlay = el('canvas', { testid: 'valley-overlay', className: 'overlay' });
    this.valleyBaseCtx = setupCanvas(this.valleyBase, VALLEY, VALLEY);
    this.valleyOverlayCtx = setupCanvas(this.valleyOverlay, VALLEY, VALLEY);
    const stack = el('div', { className: 'map-stack' }, [this.valleyBase, this.valleyOverlay]);
    stack.style.width = `${VALLEY}px`;
    stack.style.height = `${VALLEY}px`;
    this.valleyTitle = el('h3');

    const lossCanvas = el('canvas', { testid: 'loss-chart' });
    // A non-empty title turns the title plugin on; buildModel sets the model's own labels.
    this.lossChart = new LineChart(lossCanvas, { title: t('classification.chart.loss'), xLabel: '', yLabel: '', logScale: false });
    const accuracyCanvas = el('canvas', { testid: 'accuracy-chart' });
    this.accuracyChart = new LineChart(accuracyCanvas, {
      title: t('classification.chart.accuracy'), xLabel: t('classification.chart.step'), yLabel: t('classification.chart.accuracyAxis'),
    });
    this.element = el('section', { className: 'lab classification', testid: 'classification-lab' }, [
      this.panel.element,
      el('div', { className: 'classification-views' }, [
        el('div', { className: 'chart-card' }, [el('h3', { text: t('classification.plot.title') }), this.plotCanvas,
          el('p', { className: 'hint', text: t('classification.plot.legend') })]),
        el('div', { className: 'chart-card' }, [this.valleyTitle, stack]),
        el('div', { className: 'chart-card' }, [el('div', { className: 'chart-box small' }, [lossCanvas])]),
        el('div', { className: 'chart-card' }, [el('div', { className: 'chart-box small' }, [accuracyCanvas])]),
      ]),
    ]);
    root.append(this.element);
    this.buildModel();
  }

  get playing() {
    return this.loop.running;
  }

  change(patch) {
    const previous = this.state;
    this.state = normalizeClassificationState({ ...previous, ...patch });
    const s = this.state;
    this.panel.sync(s);
    const dataChanged = ['dataset', 'seed', 'count', 'noise'].some((k) => s[k] !== previous[k]) ||
      s.points.join() !== previous.points.join();
    if (dataChanged || s.model !== previous.model || s.lambda !== previous.lambda) this.buildModel();
    else if (['optimizer', 'learningRate', 'batchSize'].some((k) => s[k] !== previous[k])) this.buildRun();
    this.onStateChange(this.state);
  }

  /** The loss the classifier object uses: the model's own, or squared hinge beside the perceptron. */
  lossName() {
    return this.state.model === 'perceptron' ? 'squared-hinge' : this.state.model;
  }

  buildModel() {
    let data;
    let classifier;
    try {
      data = buildClassificationData(this.engine, this.state);
      classifier = this.engine.createClassifier(data, { loss: this.lossName(), lambda: this.state.lambda });
    } catch (error) {
      this.disposeModel();
      this.data = null;
      this.panel.setMessage(this.t('classification.error', { message: error.message }), 'error');
      this.drawPointsOnly();
      return;
    }
    this.disposeModel();
    this.data = data;
    this.classifier = classifier;
    const isPerceptron = this.state.model === 'perceptron';
    this.valleyTitle.textContent = this.t(isPerceptron ? 'classification.valley.perceptron' : 'classification.valley.title', { loss: this.t(`classification.model.${this.lossName()}`) });
    this.lossChart.setLabels({
      title: this.t(isPerceptron ? 'classification.chart.mistakes' : 'classification.chart.loss'),
      xLabel: this.t(isPerceptron ? 'classification.chart.epoch' : 'classification.chart.step'),
      yLabel: this.t(isPerceptron ? 'classification.chart.mistakesAxis' : 'classification.chart.lossAxis'),
    });
    this.buildRun();
  }

  disposeModel() {
    this.setPlaying(false);
    this.disposeRun();
    this.classifier?.dispose();
    this.classifier = null;
  }

  disposeRun() {
    this.trainer?.dispose();
    this.trainer = null;
    this.perceptron?.dispose();
    this.perceptron = null;
  }

  buildRun() {
    if (!this.classifier) return;
    const s = this.state;
    const initial = [0, 0, 0];
    try {
      if (s.model === 'perceptron') {
        const perceptron = this.engine.createPerceptron(this.data, { learningRate: s.learningRate, seed: s.seed }, initial);
        this.disposeRun();
        this.perceptron = perceptron;
      } else {
        const trainer = this.classifier.createTrainer(classificationTrainerOptions(s, this.classifier.sampleCount()), initial);
        this.disposeRun();
        this.trainer = trainer;
      }
    } catch (error) {
      this.panel.setMessage(this.t('classification.error', { message: error.message }), 'error');
      return;
    }
    this.startTrace();
    this.setPlaying(false);
    this.panel.setMessage('');
    this.drawScene();
  }

  /** Per-run JS records: weights after each frame (perceptron trail) and accuracy over time. */
  startTrace() {
    this.trail = [0, 0];
    this.accuracy = { steps: [], values: [] };
    this.valleyBox = { iMin: -2, iMax: 2, jMin: -2, jMax: 2 };
    this.valleyBias = null;
  }

  weights() {
    return Array.from(this.perceptron ? this.perceptron.weights() : this.trainer.params());
  }

  stepCount() {
    if (this.perceptron) return this.perceptron.epoch() * this.classifier.sampleCount() + this.perceptron.position();
    return this.trainer.stepCount();
  }

  reset() {
    this.perceptron?.reset();
    this.trainer?.reset();
    this.startTrace();
    this.setPlaying(false);
    this.panel.setMessage('');
    this.drawScene();
  }

  stepOnce() {
    this.setPlaying(false);
    this.advance(1);
  }

  finished() {
    if (this.perceptron) return this.perceptron.state() !== 'running';
    return !this.trainer || ['diverged', 'max-steps', 'converged', 'gradient-small'].includes(this.trainer.state());
  }

  setPlaying(playing) {
    if (playing && (!this.classifier || this.finished())) return;
    this.panel.setPlaying(playing);
    this.loop.set(playing);
  }

  advance(n) {
    if (!this.classifier) return;
    if (this.perceptron) {
      this.perceptron.step(n);
      const state = this.perceptron.state();
      if (state === 'converged') this.stop(this.t('classification.stopped.converged', { epochs: this.perceptron.epoch(), updates: this.perceptron.totalUpdates() }), 'info');
      else if (state === 'max-epochs') this.stop(this.t('classification.stopped.maxEpochs'), 'error');
    } else {
      this.trainer.step(n);
      if (this.trainer.state() === 'diverged') this.stop(this.t('classification.stopped.diverged', { step: this.trainer.stepCount() }), 'error');
      else if (this.finished()) this.stop(this.trainer.stopMessage(), 'info');
    }
    const w = this.weights();
    this.trail.push(w[1], w[2]);
    this.drawScene();
  }

  stop(message, kind) {
    this.setPlaying(false);
    this.panel.setMessage(message, kind);
  }

  drawScene() {
    if (!this.classifier || !(this.trainer || this.perceptron)) return;
    const w = this.weights();
    const accuracy = this.classifier.accuracy(w);
    const mistakes = this.classifier.misclassified(w);
    const margin = this.classifier.margin(w);
    const step = this.stepCount();
    if (this.accuracy.steps.length < MAX_ACCURACY_POINTS && this.accuracy.steps[this.accuracy.steps.length - 1] !== step) {
      this.accuracy.steps.push(step);
      this.accuracy.values.push(accuracy);
    }
    const cost = this.classifier.cost(w);
    this.panel.setReadouts({
      step, epoch: this.perceptron ? this.perceptron.epoch() : this.trainer.epoch(), cost, accuracy,
      mistakes: mistakes.length, weights: w,
      margin: margin.defined ? formatNumber(margin.signedMargin, 4) : '—',
    });
    this.drawPlot(w, mistakes);
    this.drawValley(w);
    this.drawCharts();
  }

  drawPlot(w, mistakes) {
    const wrong = new Set(mistakes);
    const points = [];
    const { inputs, targets } = this.data;
    for (let n = 0; n < targets.length; n++) {
      points.push({ x: inputs[2 * n], y: inputs[2 * n + 1], color: COLORS[targets[n] > 0 ? 1 : -1], ring: wrong.has(n) ? MISTAKE_RING : undefined });
    }
    const lines = [];
    const bands = [];
    const boundary = boundaryLine(w, 0, BOX);
    // The band wᵀx = ±1 is where margin losses still push; the perceptron has no margin, and its
    // weights have an arbitrary scale (η only scales them), so it gets the decision line only.
    if (boundary && this.perceptron) {
      lines.push({ ...boundary, color: '#222', width: 2.5 });
    } else if (boundary) {
      const band = marginBand(w, BOX);
      if (band.length >= 3) bands.push({ polygon: band, color: 'rgba(120, 120, 120, 0.16)' });
      for (const level of [-1, 1]) {
        const edge = boundaryLine(w, level, BOX);
        if (edge) lines.push({ ...edge, color: '#888', width: 1, dash: [5, 4] });
      }
      lines.push({ ...boundary, color: '#222', width: 2.5 });
    }
    drawScatterPlot(this.plotCtx, this.plotFrame, {
      points, lines, bands, xLabel: 'x1', yLabel: 'x2',
      legend: [
        { color: COLORS[1], text: this.t('classification.class.positive') },
        { color: COLORS[-1], text: this.t('classification.class.negative') },
      ],
    });
  }

  drawPointsOnly() {
    const points = [];
    const p = this.state.points;
    for (let k = 0; k < p.length; k += 3) points.push({ x: p[k], y: p[k + 1], color: COLORS[p[k + 2] > 0 ? 1 : -1] });
    drawScatterPlot(this.plotCtx, this.plotFrame, { points, lines: [], xLabel: 'x1', yLabel: 'x2' });
    this.valleyBaseCtx.clearRect(0, 0, VALLEY, VALLEY);
    this.valleyOverlayCtx.clearRect(0, 0, VALLEY, VALLEY);
  }

  /** Cost over (w1, w2) at the current bias; the box grows to keep the path inside. */
  drawValley(w) {
    const box = this.valleyBox;
    let grew = false;
    for (const [k, lo, hi] of [[1, 'iMin', 'iMax'], [2, 'jMin', 'jMax']]) {
      if (w[k] < box[lo] * 0.9 || w[k] > box[hi] * 0.9) {
        const r = 1.6 * Math.max(Math.abs(w[k]), Math.abs(box[lo]));
        box[lo] = -r;
        box[hi] = r;
        grew = true;
      }
    }
    if (grew || this.valleyBias === null || Math.abs(this.valleyBias - w[0]) > 1e-9) {
      this.valleyBias = w[0];
      this.valleyFrame = new PlotFrame(VALLEY, VALLEY, { xMin: box.iMin, xMax: box.iMax, yMin: box.jMin, yMax: box.jMax });
      const grid = this.classifier.costGrid(1, 2, w, box, GRID);
      this.valleyBaseCtx.clearRect(0, 0, VALLEY, VALLEY);
      drawHeatMap(this.valleyBaseCtx, this.valleyFrame, grid, GRID, { logScale: true });
      drawAxes(this.valleyBaseCtx, this.valleyFrame, { xLabel: 'w1', yLabel: 'w2' });
    }
    let trail = this.trail;
    if (this.trainer) {
      const path = Float64Array.from(this.trainer.pathViews().values);
      trail = [];
      for (let e = 0; 3 * e < path.length; e++) trail.push(path[3 * e + 1], path[3 * e + 2]);
      trail.push(w[1], w[2]);
    }
    const racer = {
      color: '#ff4d4d', path: trail, ball: { x: w[1], y: w[2] },
      gradient: null, velocity: null, stepSizes: null, focused: true,
    };
    drawValleyOverlay(this.valleyOverlayCtx, this.valleyFrame, { racers: [racer], minima: [] });
  }

  drawCharts() {
    if (this.perceptron) {
      const mistakes = this.perceptron.mistakesPerEpoch();
      this.lossChart.setSeries([{ label: this.t('classification.chart.mistakesAxis'), color: '#d62728', steps: mistakes.map((_, k) => k + 1), values: mistakes }]);
    } else {
      const history = this.trainer.costHistory();
      this.lossChart.setSeries([{ label: this.t('classification.chart.lossAxis'), color: '#d62728', steps: history.steps, values: history.values }]);
    }
    this.accuracyChart.setSeries([{ label: this.t('classification.chart.accuracyAxis'), color: '#2ca02c', steps: this.accuracy.steps, values: this.accuracy.values }]);
  }

  clickPlot(event) {
    if (this.state.dataset !== 'points') return;
    const clampTo = (v) => Math.max(-6, Math.min(6, Number(v.toPrecision(3))));
    const points = editPointsAt(event, this.plotCanvas, this.plotFrame, {
      width: PLOT, height: PLOT, points: this.state.points, stride: 3, maxPoints: MAX_USER_POINTS,
      makePoint: (p) => [clampTo(p.x), clampTo(p.y), this.state.pointClass],
    });
    if (points) this.change({ points });
  }

  async importScenario(file) {
    let state;
    try {
      state = stateFromScenario(await readJsonFile(file));
    } catch (error) {
      this.panel.setMessage(this.t('classification.importError', { message: error.message }), 'error');
      return;
    }
    this.state = state;
    this.panel.sync(state);
    this.onStateChange(state);
    this.buildModel();
  }

  exportCsv() {
    if (!this.data) return;
    const w = this.weights();
    const wrong = new Set(this.classifier.misclassified(w));
    const rows = ['x1,x2,label,score,misclassified'];
    for (let n = 0; n < this.data.targets.length; n++) {
      const x1 = this.data.inputs[2 * n];
      const x2 = this.data.inputs[2 * n + 1];
      rows.push([x1, x2, this.data.targets[n], w[0] + w[1] * x1 + w[2] * x2, wrong.has(n) ? 1 : 0].join(','));
    }
    downloadText('classification-points.csv', csvText(rows), 'text/csv');
  }

  dispose() {
    this.setPlaying(false);
    this.lossChart.dispose();
    this.accuracyChart.dispose();
    this.disposeModel();
    this.element.remove();
  }
}
