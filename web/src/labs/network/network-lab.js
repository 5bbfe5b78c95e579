// The Network lab (TF Playground and beyond): a multilayer perceptron learns a 2-D data set
// while the page shows its decision map, every neuron's picture, the weights, the train/test
// loss and each layer's gradient health. State -> engine -> views, one batched step(n) per frame.
import './network.css';
import { el } from '../controls.js';
import { NetworkHeatMap } from '../../views/network-heat-map.js';
import {
  MAX_LAYERS, MAX_NEURONS, createNetworkModel, networkNames, normalizeNetworkState,
} from '../../state/network-state.js';
import { scenarioFromState, stateFromScenario } from '../../scenario/network-scenario.js';
import { NetworkControls } from './network-controls.js';
import { NetworkCharts } from './network-charts.js';
import { NetworkDiagram } from './network-diagram.js';
import { NetworkToolbar } from './network-toolbar.js';
import { csvText, downloadBlob, downloadCanvasBlob, readJsonFile, scenarioJson } from '../shared/file-export.js';
import { FrameLoop, FrameTimer } from '../shared/lab-loop.js';

// NET2's step-through, gradient-check and landscape panels live in ./panels/ (README.md); the
// lab mounts them when that folder exists.
const PANEL_MODULES = import.meta.glob('./panels/index.js', { eager: true });

const BOX = Object.freeze({ xMin: -6, xMax: 6, yMin: -6, yMax: 6 });
const MAP_GRID = 50; // heat map resolution (one grid call per frame)
const THUMB_GRID = 16; // neuron thumbnails
const MAP_SIZE = 320; // canvas pixels
const CHART_EVERY = 6; // frames between chart updates while playing (Chart.js is the slow part)

export class NetworkLab {
  /**
   * @param {HTMLElement} root
   * @param {import('../../engine/engine.js').Engine} engine
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/network-state.js').NetworkState} state
   * @param {(state: import('../../state/network-state.js').NetworkState) => void} onStateChange
   */
  constructor(root, engine, t, state, onStateChange) {
    this.engine = engine;
    this.t = t;
    this.state = state;
    this.onStateChange = onStateChange;
    this.names = networkNames(engine);
    /** @type {import('../../engine/network-model.js').NetworkModel | null} */
    this.model = null;
    this.loop = new FrameLoop(() => this.frameTimer.measure(() => this.advance(this.state.speed, false)));
    this.frame = 0;
    this.frameListeners = new Set();
    this.modelListeners = new Set();
    this.pointClass = 1;

    this.controls = new NetworkControls(t, state, this.names, (patch) => this.change(patch));
    this.diagram = new NetworkDiagram(t, {
      editWeight: (l, j, k, value) => this.editWeight(l, j, k, value),
      addLayer: () => this.changeLayers(1),
      removeLayer: () => this.changeLayers(-1),
      changeNeurons: (layer, delta) => this.changeNeurons(layer, delta),
    });
    this.toolbar = new NetworkToolbar(t, {
      play: () => this.setPlaying(!this.playing),
      stepBatch: () => this.stepOnce(false),
      stepEpoch: () => this.stepOnce(true),
      reset: () => this.reset(),
      newWeights: () => this.change({ weightSeed: this.state.weightSeed + 1 }),
      exportScenario: () => this.exportScenario(),
      importScenario: (file) => this.importScenario(file),
      exportPng: () => this.exportPng(),
      exportCsv: () => this.exportCsv(),
    });
    this.buildMap();
    this.charts = new NetworkCharts(t, state.layerMetric, (v) => this.change({ layerMetric: v }));
    this.panels = el('section', { className: 'net-panels', testid: 'network-panels' });

    this.element = el('section', { className: 'lab network', testid: 'network-lab' }, [
      this.toolbar.element,
      el('div', { className: 'net-main' }, [
        this.controls.element,
        this.diagram.element,
        el('div', { className: 'net-output' }, [this.mapCard, this.charts.lossCard]),
      ]),
      this.charts.layerCard,
      this.panels,
    ]);
    // Mean and worst main-thread time of a frame (training steps + drawing), published for tests
    // and the curious: the page must never block for long.
    this.frameTimer = new FrameTimer(this.element, { trackMax: true });
    root.append(this.element);
    this.rebuild();
    this.panelHandles = [];
    for (const module of Object.values(PANEL_MODULES)) {
      if (typeof module.mountNetworkPanels === 'function') this.panelHandles.push(module.mountNetworkPanels(this.panels, this));
    }
    this.draw(true);
  }

  // ---- interface for panels (README.md) ----
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
    this.setPlaying(false);
  }
  isRunning() {
    return this.playing;
  }
  get playing() {
    return this.loop.running;
  }
  refresh() {
    this.draw(true);
  }

  // ---- building ----
  buildMap() {
    const canvas = el('canvas', { className: 'net-map', testid: 'network-map' });
    canvas.width = MAP_SIZE;
    canvas.height = MAP_SIZE;
    canvas.addEventListener('click', (event) => this.addPointAt(event));
    this.heatMap = new NetworkHeatMap(canvas, BOX);
    this.classSelect = el('select', { testid: 'point-class', onChange: () => { this.pointClass = Number(this.classSelect.value); } });
    this.mapCard = el('div', { className: 'net-map-card' }, [
      el('div', { className: 'net-map-title', text: this.t('network.map.title') }),
      canvas,
      el('label', { className: 'control' }, [el('span', { text: this.t('network.map.clickClass') }), this.classSelect]),
    ]);
  }

  // ---- state changes ----
  /** Applies a patch of state from a control. Settings that define the run rebuild the model. */
  change(patch) {
    const previous = this.state;
    const next = normalizeNetworkState({ ...previous, ...patch }, this.names);
    const viewOnly = ['speed', 'showTest', 'discretize', 'layerMetric'];
    const structural = Object.keys(next).some((key) => !viewOnly.includes(key) && JSON.stringify(next[key]) !== JSON.stringify(previous[key]));
    this.state = next;
    if (structural && !this.rebuild()) {
      this.state = previous; // the core refused: keep the current model and settings
    }
    if (structural || patch.problem !== undefined || patch.optimizer !== undefined || patch.init !== undefined) {
      const message = this.controls.message.textContent;
      const kind = this.controls.message.dataset.kind;
      this.controls.render(this.state, this.names, (p) => this.change(p));
      this.controls.setMessage(message, kind);
    }
    this.onStateChange(this.state);
    this.draw(true);
  }

  /** Replaces the whole state (scenario import). */
  setState(state) {
    const previous = this.state;
    this.state = state;
    if (!this.rebuild()) {
      this.state = previous;
      return false;
    }
    this.controls.render(this.state, this.names, (p) => this.change(p));
    this.charts.setMetric(this.state.layerMetric);
    this.onStateChange(this.state);
    this.draw(true);
    return true;
  }

  /** A new model for the current state; false (old model kept, message shown) when refused. */
  rebuild() {
    let model;
    try {
      model = createNetworkModel(this.engine, this.state);
    } catch (error) {
      this.controls.setMessage(this.t('network.error', { message: error.message }), 'error');
      return false;
    }
    this.setPlaying(false);
    this.model?.dispose();
    this.model = model;
    this.controls.setMessage('');
    this.sizes = model.layerSizes();
    this.diagram.build(this.sizes, this.state.features.map((f) => this.t(`network.feature.${f}`)));
    this.task = model.task();
    this.outputs = this.sizes[this.sizes.length - 1];
    this.fillClassSelect();
    this.toolbar.setTask(this.task);
    for (const listener of this.modelListeners) listener(this);
    return true;
  }

  fillClassSelect() {
    const t = this.t;
    let options;
    if (this.task === 'multi-class') {
      options = Array.from({ length: this.outputs }, (_, k) => ({ value: k, text: t('network.map.class', { k: k + 1 }) }));
    } else if (this.task === 'regression') {
      options = [{ value: 1, text: t('network.map.high') }, { value: -1, text: t('network.map.low') }];
    } else {
      options = [{ value: 1, text: t('network.map.positive') }, { value: 0, text: t('network.map.negative') }];
    }
    this.classSelect.replaceChildren(...options.map((o) => el('option', { value: String(o.value), text: o.text })));
    if (!options.some((o) => o.value === this.pointClass)) this.pointClass = options[0].value;
    this.classSelect.value = String(this.pointClass);
  }

  changeLayers(delta) {
    const sizes = [...this.state.hiddenSizes];
    if (delta > 0) {
      if (sizes.length >= MAX_LAYERS) return this.controls.refuse(this.t('network.maxLayers', { max: MAX_LAYERS }));
      sizes.push(sizes.at(-1) ?? 4);
    } else {
      if (sizes.length === 0) return undefined;
      sizes.pop();
    }
    this.change({ hiddenSizes: sizes });
    return undefined;
  }

  changeNeurons(layer, delta) {
    const sizes = [...this.state.hiddenSizes];
    const next = sizes[layer] + delta;
    if (next < 1 || next > MAX_NEURONS) {
      this.controls.refuse(this.t('network.neuronRange', { max: MAX_NEURONS }));
      return;
    }
    sizes[layer] = next;
    this.change({ hiddenSizes: sizes });
  }

  /** @returns {string} '' or the reason the weight was refused */
  editWeight(l, j, k, value) {
    try {
      this.model.setWeight(l, j, k, value);
    } catch (error) {
      return error.message;
    }
    this.draw(true);
    return '';
  }

  addPointAt(event) {
    const canvas = this.heatMap.canvas;
    const rect = canvas.getBoundingClientRect();
    const px = ((event.clientX - rect.left) / rect.width) * canvas.width;
    const py = ((event.clientY - rect.top) / rect.height) * canvas.height;
    const { x, y } = this.heatMap.toData(px, py);
    const point = [Number(x.toFixed(2)), Number(y.toFixed(2)), this.pointClass];
    try {
      this.model.addPoint(...point); // keeps the weights; counters and curves restart
    } catch (error) {
      this.controls.setMessage(this.t('network.error', { message: error.message }), 'error');
      return;
    }
    this.state = { ...this.state, points: [...this.state.points, point] };
    this.onStateChange(this.state);
    this.draw(true);
  }

  // ---- running ----
  setPlaying(playing) {
    if (playing && this.model && !['ready', 'running'].includes(this.model.state())) return;
    this.toolbar.setPlaying(playing);
    this.loop.set(playing);
  }

  stepOnce(epoch) {
    this.setPlaying(false);
    this.advance(1, epoch);
  }

  reset() {
    this.setPlaying(false);
    this.model.reset();
    this.controls.setMessage('');
    this.draw(true);
  }

  /** n steps (or n epochs) in one call into the core, then a redraw. */
  advance(n, epochs) {
    if (!this.model) return;
    if (epochs) this.model.stepEpochs(n);
    else this.model.step(n);
    const state = this.model.state();
    if (state === 'diverged') {
      this.setPlaying(false);
      this.controls.setMessage(this.t('network.diverged', { step: this.model.stepCount() }), 'error');
    } else if (state !== 'ready' && state !== 'running') {
      this.setPlaying(false);
      this.controls.setMessage(this.model.stopMessage(), 'info');
    }
    this.draw(!this.playing || this.frame % CHART_EVERY === 0);
  }

  // ---- drawing ----
  /** Reads the model's views and redraws; charts only when `charts` (they are the slow part). */
  draw(charts) {
    const model = this.model;
    if (!model) return;
    this.frame++;
    const s = this.state;
    const neuronCount = model.neuronCount();
    // The heat map's grid (all neurons; the outputs are the last planes). Views are read right
    // away, before the next call into the module.
    this.heatMap.draw({
      grid: model.gridView(MAP_GRID, BOX),
      n: MAP_GRID,
      neuronCount,
      outputs: this.outputs,
      task: this.task,
      threshold: model.threshold(),
      discretize: s.discretize,
      points: this.pointSets(),
    });
    // While playing, the diagram (hundreds of links and a thumbnail per neuron) is redrawn every
    // other frame: it moves slowly and is the costliest drawing. Its frames are the even ones and
    // the charts' (advance: frame % CHART_EVERY === 0 before this increment) the odd ones, so the
    // two never land in the same frame and no frame's task grows past the 50 ms budget.
    if (!this.playing || this.frame % 2 === 0) {
      const thumbs = { grid: model.gridView(THUMB_GRID, BOX), n: THUMB_GRID };
      const layout = this.layoutIndices();
      this.diagram.update(model.paramsView(), thumbs, layout.weight, layout.bias);
    }

    this.toolbar.update(model, this.task);
    if (charts) this.charts.update(model, s.layerMetric);
    // The panels (step-through, landscape path; they throttle themselves too) go in the frames
    // that draw neither the diagram nor the charts.
    if (!this.playing || (this.frame % 2 === 1 && !charts)) {
      for (const listener of this.frameListeners) listener(this);
    }
  }

  pointSets() {
    const sets = [];
    const train = this.model.trainDataView();
    sets.push({ inputs: Float64Array.from(train.inputs), targets: Float64Array.from(this.model.trainDataView().targets), test: false });
    if (this.state.showTest) {
      const test = this.model.testDataView();
      sets.push({ inputs: Float64Array.from(test.inputs), targets: Float64Array.from(this.model.testDataView().targets), test: true });
    }
    return sets;
  }

  /** Index functions of θ's layout (network_layout.h), from the layer sizes. */
  layoutIndices() {
    if (this.layoutCache?.sizes === this.sizes) return this.layoutCache;
    const sizes = this.sizes;
    const offsets = [0];
    let offset = 0;
    for (let l = 1; l < sizes.length; l++) {
      offsets[l] = offset;
      offset += sizes[l] * sizes[l - 1] + sizes[l];
    }
    this.layoutCache = {
      sizes,
      weight: (l, j, k) => offsets[l] + j * sizes[l - 1] + k,
      bias: (l, j) => offsets[l] + sizes[l] * sizes[l - 1] + j,
    };
    return this.layoutCache;
  }

  // ---- export / import ----
  exportScenario() {
    const json = scenarioJson(scenarioFromState(this.state));
    downloadBlob('network-scenario.json', new Blob([json], { type: 'application/json' }));
  }

  /** Reads a scenario file; a bad file leaves the current work as it is. @param {File} file */
  async importScenario(file) {
    let state;
    try {
      state = stateFromScenario(await readJsonFile(file), this.names);
    } catch (error) {
      this.controls.setMessage(this.t('network.importFailed', { message: error.message }), 'error');
      return;
    }
    if (this.setState(state)) this.controls.setMessage(this.t('network.imported'), 'info');
  }

  exportPng() {
    downloadCanvasBlob('network-map.png', this.heatMap.canvas);
  }

  exportCsv() {
    const history = this.model.costHistory();
    const lines = ['epoch,train_cost,test_cost'];
    history.epochs.forEach((epoch, i) => lines.push(`${epoch},${history.train[i]},${history.test[i]}`));
    downloadBlob('network-loss.csv', new Blob([csvText(lines)], { type: 'text/csv' }));
  }

  dispose() {
    this.setPlaying(false);
    for (const handle of this.panelHandles) handle?.dispose?.();
    this.charts.dispose();
    this.model?.dispose();
    this.model = null;
    this.element.remove();
  }
}
