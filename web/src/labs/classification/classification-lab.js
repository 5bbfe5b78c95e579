// The Classification lab (seed 004 §1.4, §2.2.2, §3.1): a perceptron, a squared-hinge linear
// classifier, hinge and logistic regression on 2-D data. It supplies its model (a classifier and
// its trainer, or a perceptron), views and panel; the LabController runs it.
import { el, formatNumber } from '../controls.js';
import { MAX_USER_POINTS, classificationTrainerOptions } from '../../state/classification-state.js';
import { editPointsAt, pointKeyboard } from '../shared/point-editing.js';
import { runStatus } from '../shared/canvas-cursor.js';
import { changedPart } from '../shared/state-changes.js';
import { initialMismatch } from '../shared/lab-files.js';
import { buildClassificationData } from './classification-data.js';
import { ClassificationPanel } from './classification-panel.js';
import { BOX, ClassificationViews } from './classification-views.js';
import '../shared/plot-lab.css';

const MAX_ACCURACY_POINTS = 4000;
/** @type {[string, string[]][]} what each change rebuilds, the costliest first */
const PARTS = [
  ['model', ['dataset', 'seed', 'count', 'noise', 'points', 'model', 'lambda']],
  ['run', ['optimizer', 'learningRate', 'batchSize']],
];
const TERMINAL = ['diverged', 'max-steps', 'converged', 'gradient-small'];
const ZERO_START = [0, 0, 0];

/** @typedef {import('../shared/lab-controller.js').Lab} Lab */

/** @implements {Lab} */
export class ClassificationLab {
  /** @param {import('../shared/lab-controller.js').LabController} host */
  constructor(host) {
    this.host = host;
    this.t = host.t;
    this.engine = host.engine;
    this.classifier = null;
    this.trainer = null;
    this.perceptron = null;
    this.data = null;
    /** @type {number[] | null} start weights [b, w1, w2] from an imported scenario */
    this.imported = null;
    this.panel = new ClassificationPanel(host.t, host.state, host.controls, {
      change: (patch) => host.change(patch),
    });
    this.views = new ClassificationViews(host.t, () => host.redraw());
    this.views.plotCanvas.addEventListener('click', (event) => this.clickPlot(event));
    this.pointKeys = pointKeyboard(this.views.plotCanvas, host.t, {
      frame: () => this.views.plotFrame,
      list: () => this.pointList(),
      change: (points) => host.change({ points }),
      status: () => runStatus(host.t, this.summary()),
    });
    this.element = el(
      'section',
      {
        className: 'lab plot-lab classification',
        testid: 'classification-lab',
      },
      [this.panel.element, el('div', { className: 'plot-views' }, this.views.cards)],
    );
    const [dataPlot, weightValley, lossChart, accuracyChart] = this.views.cards;
    const parts = { dataPlot, weightValley, lossChart, accuracyChart };
    // The cards by their hide/lock names (state/trim-names.js).
    for (const [name, card] of Object.entries(parts)) host.controls.register(name, card);
  }

  /** @param {any} state @param {any} previous @param {{ initial?: number[] | null }} [options] */
  rebuild(state, previous, { initial = null } = {}) {
    this.panel.sync(state);
    const part = changedPart(state, previous, PARTS);
    const mismatch = initialMismatch(initial, ZERO_START.length, this.t);
    if (mismatch) {
      this.host.setMessage(mismatch, 'error');
      return false;
    }
    // Imported start weights hold until the student changes the data or the model.
    if (part === 'all' || part === 'model') this.imported = part === 'all' ? initial : null;
    if (part === 'all' || part === 'model') this.buildModel(state);
    if (part === 'run') this.buildRun(state);
    return true;
  }

  /** The loss the classifier uses: the model's own, or squared hinge beside the perceptron. */
  static lossName(state) {
    return state.model === 'perceptron' ? 'squared-hinge' : state.model;
  }

  buildModel(state) {
    let data;
    let classifier;
    const loss = ClassificationLab.lossName(state);
    try {
      data = buildClassificationData(this.engine, state);
      classifier = this.engine.createClassifier(data, { loss, lambda: state.lambda });
    } catch (error) {
      this.disposeModel();
      this.data = null;
      this.host.setMessage(this.t('classification.error', { message: error.message }), 'error');
      return;
    }
    this.disposeModel();
    this.data = data;
    this.classifier = classifier;
    this.views.setModelLabels(state.model === 'perceptron', loss);
    this.buildRun(state);
  }

  disposeModel() {
    this.host.pause();
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

  buildRun(state) {
    if (!this.classifier) return;
    const initial = this.imported ?? ZERO_START;
    try {
      if (state.model === 'perceptron') {
        const options = { learningRate: state.learningRate, seed: state.seed };
        const perceptron = this.engine.createPerceptron(this.data, options, initial);
        this.disposeRun();
        this.perceptron = perceptron;
      } else {
        const options = classificationTrainerOptions(state, this.classifier.sampleCount());
        const trainer = this.classifier.createTrainer(options, initial);
        this.disposeRun();
        this.trainer = trainer;
      }
    } catch (error) {
      this.host.setMessage(this.t('classification.error', { message: error.message }), 'error');
      return;
    }
    this.startTrace();
    this.host.pause();
    this.host.setMessage('');
  }

  initialWeights() {
    return this.imported;
  }

  /** Per-run JS records: weights after each frame (perceptron trail) and accuracy over time. */
  startTrace() {
    const start = this.weights();
    this.trail = [start[1], start[2]];
    this.accuracy = { steps: [], values: [] };
    this.views.startValley();
  }

  weights() {
    return Array.from(this.perceptron ? this.perceptron.weights() : this.trainer.params());
  }

  stepCount() {
    if (!this.perceptron) return this.trainer.stepCount();
    return this.perceptron.epoch() * this.classifier.sampleCount() + this.perceptron.position();
  }

  reset() {
    this.perceptron?.reset();
    this.trainer?.reset();
    if (this.perceptron || this.trainer) this.startTrace();
  }

  canRun() {
    if (this.perceptron) return this.perceptron.state() === 'running';
    return Boolean(this.trainer) && !TERMINAL.includes(this.trainer.state());
  }

  advance(n) {
    if (!this.perceptron && !this.trainer) return null;
    const report = this.perceptron ? this.advancePerceptron(n) : this.advanceTrainer(n);
    const w = this.weights();
    this.trail.push(w[1], w[2]);
    return report;
  }

  advancePerceptron(n) {
    const perceptron = this.perceptron;
    perceptron.step(n);
    const state = perceptron.state();
    if (state === 'converged') {
      const values = { epochs: perceptron.epoch(), updates: perceptron.totalUpdates() };
      return {
        text: this.t('classification.stopped.converged', values),
        kind: /** @type {const} */ ('info'),
      };
    }
    if (state === 'max-epochs') {
      return {
        text: this.t('classification.stopped.maxEpochs'),
        kind: /** @type {const} */ ('error'),
      };
    }
    return null;
  }

  advanceTrainer(n) {
    this.trainer.step(n);
    const state = this.trainer.state();
    if (state === 'diverged') {
      const step = this.trainer.stepCount();
      return {
        text: this.t('classification.stopped.diverged', { step }),
        kind: /** @type {const} */ ('error'),
      };
    }
    if (TERMINAL.includes(state))
      return { text: this.trainer.stopMessage(), kind: /** @type {const} */ ('info') };
    return null;
  }

  draw() {
    this.pointKeys.refresh();
    if (!this.classifier || !(this.trainer || this.perceptron)) {
      this.views.drawPointsOnly(this.host.state.points);
      return;
    }
    const w = this.weights();
    const accuracy = this.classifier.accuracy(w);
    const mistakes = this.classifier.misclassified(w);
    const margin = this.classifier.margin(w);
    const step = this.stepCount();
    const record = this.accuracy;
    if (record.steps.length < MAX_ACCURACY_POINTS && record.steps.at(-1) !== step) {
      record.steps.push(step);
      record.values.push(accuracy);
    }
    this.panel.setReadouts({
      step,
      epoch: this.perceptron ? this.perceptron.epoch() : this.trainer.epoch(),
      cost: this.classifier.cost(w),
      accuracy,
      mistakes: mistakes.length,
      weights: w,
      margin: margin.defined ? formatNumber(margin.signedMargin, 4) : '—',
    });
    this.views.drawPlot(this.data, w, mistakes, Boolean(this.perceptron));
    this.views.drawValley(this.classifier, w, this.valleyTrail(w));
    this.views.drawCharts(this.lossSeries(), record);
  }

  /** The trainer's recorded path, or the perceptron's per-frame trail, ending at w. */
  valleyTrail(w) {
    if (!this.trainer) return this.trail;
    const path = Float64Array.from(this.trainer.pathViews().values);
    const trail = [];
    for (let e = 0; 3 * e < path.length; e++) trail.push(path[3 * e + 1], path[3 * e + 2]);
    trail.push(w[1], w[2]);
    return trail;
  }

  lossSeries() {
    if (this.perceptron) {
      const mistakes = this.perceptron.mistakesPerEpoch();
      const label = this.t('classification.chart.mistakesAxis');
      return { label, steps: mistakes.map((_, k) => k + 1), values: mistakes };
    }
    const { steps, values } = this.trainer.costHistory();
    return { label: this.t('classification.chart.lossAxis'), steps, values };
  }

  /** The student's points as point-editing reads them; null while another dataset shows. */
  pointList() {
    const state = this.host.state;
    if (state.dataset !== 'points') return null;
    const clampTo = (v) => Math.max(BOX.xMin, Math.min(BOX.xMax, Number(v.toPrecision(3))));
    return {
      points: state.points,
      stride: 3,
      maxPoints: MAX_USER_POINTS,
      onFull: () =>
        this.host.setMessage(this.t('data.pointsFull', { max: MAX_USER_POINTS }), 'error'),
      makePoint: (p) => [clampTo(p.x), clampTo(p.y), state.pointClass],
    };
  }

  clickPlot(event) {
    const list = this.pointList();
    if (!list) return;
    const points = editPointsAt(event, this.views.plotCanvas, this.views.plotFrame, {
      width: this.views.plotFrame.width,
      height: this.views.plotFrame.height,
      ...list,
    });
    if (points) this.host.change({ points });
  }

  /**
   * The run now: steps (a perceptron counts samples seen), epochs, the cost and accuracy at
   * the current weights (what the panel shows; one pass over the few points each).
   * @returns {import('../shared/lab-controller.js').LabSummary}
   */
  summary() {
    if (!this.classifier || !(this.trainer || this.perceptron)) return { step: 0, cost: null };
    const w = this.weights();
    return {
      step: this.stepCount(),
      cost: this.classifier.cost(w),
      epoch: this.perceptron ? this.perceptron.epoch() : this.trainer.epoch(),
      accuracy: this.classifier.accuracy(w),
    };
  }

  pngCanvas() {
    return this.views.plotCanvas;
  }

  csvRows() {
    if (!this.data || !this.classifier) return null;
    const w = this.weights();
    const wrong = new Set(this.classifier.misclassified(w));
    const rows = ['x1,x2,label,score,misclassified'];
    const { inputs, targets } = this.data;
    for (let n = 0; n < targets.length; n++) {
      const [x1, x2] = [inputs[2 * n], inputs[2 * n + 1]];
      const score = w[0] + w[1] * x1 + w[2] * x2;
      rows.push([x1, x2, targets[n], score, wrong.has(n) ? 1 : 0].join(','));
    }
    return rows;
  }

  dispose() {
    this.pointKeys.dispose();
    this.views.dispose();
    this.disposeModel();
  }
}
