// The Network lab (TF Playground and beyond): a multilayer perceptron learns a 2-D data set
// while the page shows its decision map, every neuron's picture, the weights, the train/test
// loss and each layer's gradient health. It supplies its model, views and panels; the
// LabController runs it (one batched step(n) per frame). The step-through, gradient-check and
// landscape panels (./panels/) use the interface described in README.md.
import './network.css';
import { el } from '../controls.js';
import { MAX_LAYERS, MAX_NEURONS, createNetworkModel } from '../../state/network-state.js';
import { NetworkControls } from './network-controls.js';
import { NetworkCharts } from './network-charts.js';
import { NetworkDiagram } from './network-diagram.js';
import { BOX, NetworkMapCard } from './network-map-card.js';
import { mapKeyboard } from './network-map-keys.js';
import { runStatus } from '../shared/canvas-cursor.js';
import { NetworkToolbar } from './network-toolbar.js';
import { mountNetworkPanels } from './panels/index.js';
import { parameterLayout } from './panels/parameter-layout.js';
import { changedPart } from '../shared/state-changes.js';
import { initialMismatch } from '../shared/lab-files.js';

const MAP_GRID = 50; // heat map resolution (one grid call per frame)
const THUMB_GRID = 16; // neuron thumbnails
const CHART_EVERY = 6; // frames between chart updates while playing (Chart.js is the slow part)
// Settings that only change what is drawn; every other field defines the model.
const VIEW_ONLY = ['speed', 'showTest', 'discretize', 'layerMetric'];

/** @typedef {import('../shared/lab-controller.js').Lab} Lab */

/** @implements {Lab} */
export class NetworkLab {
  /** @param {import('../shared/lab-controller.js').LabController} host */
  constructor(host) {
    const t = host.t;
    this.host = host;
    this.t = t;
    this.engine = host.engine;
    this.names = host.names;
    /** @type {import('../../engine/network-model.js').NetworkModel | null} */
    this.model = null;
    /** @type {number[] | null} the imported start weights, while that model lives */
    this.imported = null;
    this.frame = 0;
    /** @type {{ model: object, key: string, cost: number } | null} */
    this.summaryCache = null;
    this.frameListeners = new Set();
    this.modelListeners = new Set();
    const change = (patch) => host.change(patch);
    this.controls = new NetworkControls(t, host.state, this.names, {
      change,
      refuse: (text) => host.setMessage(text, 'error'),
      message: host.controls.message,
      register: (name, element) => host.controls.register(name, element),
    });
    this.diagram = new NetworkDiagram(t, {
      editWeight: (l, j, k, value) => this.editWeight(l, j, k, value),
      addLayer: () => this.changeLayers(1),
      removeLayer: () => this.changeLayers(-1),
      changeNeurons: (layer, delta) => this.changeNeurons(layer, delta),
      resized: () => host.redraw(),
    });
    this.toolbar = new NetworkToolbar(t, host.controls, {
      stepEpoch: () => host.stepOnce({ epochs: true }),
      newWeights: () => change({ weightSeed: host.state.weightSeed + 1 }),
    });
    this.map = new NetworkMapCard(t, (point) => this.addPoint(point));
    this.mapKeys = mapKeyboard(this.map, t, {
      add: (point) => this.addPoint(point),
      remove: (at) => this.removeNearestPoint(at),
      status: () => runStatus(t, this.summary()),
    });
    this.charts = new NetworkCharts(t, host.state.layerMetric, (v) => change({ layerMetric: v }));
    this.panels = el('section', { className: 'net-panels', testid: 'network-panels' });
    this.element = el('section', { className: 'lab network', testid: 'network-lab' }, [
      this.toolbar.element,
      el('div', { className: 'net-main' }, [
        this.controls.element,
        this.diagram.element,
        el('div', { className: 'net-output' }, [this.map.element, this.charts.lossCard]),
      ]),
      this.charts.layerCard,
      this.panels,
    ]);
    this.panelHandle = null;
    this.registerParts(host.controls);
  }

  /**
   * The panels and the controls outside the settings panel, by their hide/lock names
   * (state/trim-names.js). @param {import('../shared/lab-controls.js').LabControls} controls
   */
  registerParts(controls) {
    controls.register('settings', this.controls.element);
    controls.register('diagram', this.diagram.element);
    controls.register('map', this.map.element);
    controls.register('lossChart', this.charts.lossCard);
    controls.register('layerChart', this.charts.layerCard);
    controls.register('layerMetric', this.charts.metricSelect.input);
  }

  /** The diagram's layer and neuron buttons change hiddenSizes: registered after each build. */
  registerLayerButtons() {
    const buttons = this.diagram.element.querySelectorAll(
      '[data-testid^="layer-"], [data-testid^="neurons-"]',
    );
    for (const button of buttons) this.host.controls.register('hiddenSizes', button);
  }

  // ---- interface for the panels (README.md) ----
  get state() {
    return this.host.state;
  }
  /** @param {(lab: NetworkLab) => void} callback @returns {() => void} unsubscribe */
  onFrame(callback) {
    this.frameListeners.add(callback);
    return () => this.frameListeners.delete(callback);
  }
  /** @param {(lab: NetworkLab) => void} callback @returns {() => void} unsubscribe */
  onModel(callback) {
    this.modelListeners.add(callback);
    return () => this.modelListeners.delete(callback);
  }
  pause() {
    this.host.pause();
  }
  isRunning() {
    return this.host.playing;
  }
  refresh() {
    this.host.redraw();
  }

  // ---- the Lab interface ----
  /** A new model when a setting that defines it changed; false (model kept) when refused. */
  rebuild(state, previous, { initial = null } = {}) {
    const modelFields = Object.keys(state).filter((key) => !VIEW_ONLY.includes(key));
    if (!changedPart(state, previous, [['model', modelFields]])) return true;
    let model;
    try {
      model = createNetworkModel(this.engine, state);
      const mismatch = initialMismatch(initial, model.parameterCount(), this.t);
      if (mismatch) throw new Error(mismatch);
      if (initial) model.setParams(initial);
    } catch (error) {
      model?.dispose();
      this.host.setMessage(this.t('network.error', { message: error.message }), 'error');
      // The controls show what was refused; put the kept settings back into them.
      if (previous) this.renderControls(previous);
      return false;
    }
    this.host.pause();
    this.model?.dispose();
    this.model = model;
    this.imported = initial;
    this.host.setMessage('');
    this.sizes = model.layerSizes();
    this.layout = parameterLayout(this.sizes);
    this.diagram.build(
      this.sizes,
      state.features.map((f) => this.t(`network.feature.${f}`)),
    );
    this.registerLayerButtons();
    this.task = model.task();
    this.outputs = this.sizes[this.sizes.length - 1];
    this.map.setTask(this.task, this.outputs);
    this.toolbar.setTask(this.task);
    this.renderControls(state);
    this.charts.setMetric(state.layerMetric);
    for (const listener of this.modelListeners) listener(this);
    // The panels are mounted once, after the first model exists.
    this.panelHandle ??= mountNetworkPanels(this.panels, this);
    return true;
  }

  renderControls(state) {
    this.controls.render(state, this.names);
  }

  initialWeights() {
    return this.imported;
  }

  changeLayers(delta) {
    const sizes = [...this.host.state.hiddenSizes];
    if (delta > 0) {
      if (sizes.length >= MAX_LAYERS) {
        this.host.setMessage(this.t('network.maxLayers', { max: MAX_LAYERS }), 'error');
        return;
      }
      sizes.push(sizes.at(-1) ?? 4);
    } else {
      if (sizes.length === 0) return;
      sizes.pop();
    }
    this.host.change({ hiddenSizes: sizes });
  }

  changeNeurons(layer, delta) {
    const sizes = [...this.host.state.hiddenSizes];
    const next = sizes[layer] + delta;
    if (next < 1 || next > MAX_NEURONS) {
      this.host.setMessage(this.t('network.neuronRange', { max: MAX_NEURONS }), 'error');
      return;
    }
    sizes[layer] = next;
    this.host.change({ hiddenSizes: sizes });
  }

  /** @returns {string} '' or the reason the weight was refused */
  editWeight(l, j, k, value) {
    try {
      this.model.setWeight(l, j, k, value);
    } catch (error) {
      return error.message;
    }
    this.host.trained = true; // an edited weight is work the URL cannot bring back
    this.host.redraw();
    return '';
  }

  /** A clicked point joins the training data; the weights stay. @param {number[]} point */
  /**
   * Removes the student's point nearest to `at` (the generated data stay): the data change, so
   * the network starts again from its initial weights, as the same link would.
   * @param {{ x: number, y: number }} at
   */
  removeNearestPoint(at) {
    const points = this.host.state.points;
    if (points.length === 0) {
      this.host.setMessage(this.t('network.noPointToRemove'));
      return;
    }
    let nearest = 0;
    const distance = ([x, y]) => (x - at.x) ** 2 + (y - at.y) ** 2;
    points.forEach((point, i) => {
      if (distance(point) < distance(points[nearest])) nearest = i;
    });
    this.host.change({ points: points.filter((_, i) => i !== nearest) });
  }

  addPoint(point) {
    if (this.host.refuseLocked({ points: [...this.host.state.points, point] })) return;
    try {
      const [x, y, label] = point;
      this.model.addPoint(x, y, label); // keeps the weights; counters and curves restart
    } catch (error) {
      this.host.setMessage(this.t('network.error', { message: error.message }), 'error');
      return;
    }
    this.host.record({ points: [...this.host.state.points, point] });
    this.host.redraw();
  }

  canRun() {
    return Boolean(this.model) && ['ready', 'running'].includes(this.model.state());
  }

  reset() {
    this.model?.reset();
  }

  /** n steps (or n epochs) in one call into the core. */
  advance(n, { epochs = false } = {}) {
    if (!this.model) return null;
    if (epochs) this.model.stepEpochs(n);
    else this.model.step(n);
    const state = this.model.state();
    if (state === 'diverged') {
      const step = this.model.stepCount();
      return { text: this.t('network.diverged', { step }), kind: /** @type {const} */ ('error') };
    }
    if (state !== 'ready' && state !== 'running') {
      return { text: this.model.stopMessage(), kind: /** @type {const} */ ('info') };
    }
    return null;
  }

  /** Reads the model's views and redraws; while playing, the slow parts take turns. */
  draw({ playing }) {
    const model = this.model;
    if (!model) return;
    this.mapKeys.refresh();
    const charts = !playing || this.frame % CHART_EVERY === 0;
    this.frame++;
    const s = this.host.state;
    // The heat map's grid (all neurons; the outputs are the last planes). Views are read right
    // away, before the next call into the module.
    this.map.draw({
      grid: model.gridView(MAP_GRID, BOX),
      n: MAP_GRID,
      neuronCount: model.neuronCount(),
      outputs: this.outputs,
      task: this.task,
      threshold: model.threshold(),
      discretize: s.discretize,
      points: this.pointSets(),
    });
    // While playing, the diagram (hundreds of links and a thumbnail per neuron) is redrawn every
    // other frame: it moves slowly and is the costliest drawing. Its frames are the even ones and
    // the charts' (frame % CHART_EVERY === 0 before this increment) the odd ones, so the two
    // never land in the same frame and no frame's task grows past the 50 ms budget.
    if (!playing || this.frame % 2 === 0) {
      const thumbs = { grid: model.gridView(THUMB_GRID, BOX), n: THUMB_GRID };
      const { weightIndex, biasIndex } = this.layout;
      this.diagram.update(model.paramsView(), thumbs, weightIndex, biasIndex);
    }
    this.toolbar.update(model, this.task);
    if (charts) this.charts.update(model, s.layerMetric);
    // The panels (step-through, landscape path; they throttle themselves too) go in the frames
    // that draw neither the diagram nor the charts.
    if (!playing || (this.frame % 2 === 1 && !charts)) {
      for (const listener of this.frameListeners) listener(this);
    }
  }

  /** Copies of the training (and test) points; each view is fetched fresh and copied at once. */
  pointSets() {
    const copy = (read) => ({
      inputs: Float64Array.from(read().inputs),
      targets: Float64Array.from(read().targets),
    });
    const sets = [{ ...copy(() => this.model.trainDataView()), test: false }];
    if (this.host.state.showTest) {
      sets.push({ ...copy(() => this.model.testDataView()), test: true });
    }
    return sets;
  }

  /**
   * The run now: steps, epochs and the training cost (one pass over the training split,
   * computed at most once per drawn frame: the host API and the narration may ask several
   * times between two frames) and the last mini-batch's cost.
   * @returns {import('../shared/lab-controller.js').LabSummary}
   */
  summary() {
    const model = this.model;
    if (!model) return { step: 0, cost: null };
    const key = `${model.stepCount()}:${this.frame}`;
    if (this.summaryCache?.model !== model || this.summaryCache.key !== key) {
      this.summaryCache = { model, key, cost: model.trainCost() };
    }
    return {
      step: model.stepCount(),
      cost: this.summaryCache.cost,
      epoch: model.epoch(),
      batchCost: model.batchCost(),
    };
  }

  pngCanvas() {
    return this.map.canvas;
  }

  csvRows() {
    if (!this.model) return null;
    const history = this.model.costHistory();
    const rows = ['epoch,train_cost,test_cost'];
    history.epochs.forEach((epoch, i) =>
      rows.push(`${epoch},${history.train[i]},${history.test[i]}`),
    );
    return rows;
  }

  dispose() {
    this.mapKeys.dispose();
    this.diagram.dispose();
    this.map.dispose();
    this.panelHandle?.dispose();
    this.panelHandle = null;
    this.charts.dispose();
    this.model?.dispose();
    this.model = null;
  }
}
