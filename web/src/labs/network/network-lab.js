// The Network lab (TF Playground and beyond): a multilayer perceptron learns a 2-D data set
// while the page shows its decision map, every neuron's picture, the weights, the train/test
// loss and each layer's gradient health. State -> engine -> views, one batched step(n) per frame.
import './network.css';
import { buttonControl, el, formatNumber, selectControl } from '../controls.js';
import { LineChart } from '../../views/line-chart.js';
import { NetworkHeatMap } from '../../views/network-heat-map.js';
import {
  LAYER_METRICS, MAX_LAYERS, MAX_NEURONS, createNetworkModel, networkNames, normalizeNetworkState,
} from '../../state/network-state.js';
import { scenarioFromState, stateFromScenario } from '../../scenario/network-scenario.js';
import { NetworkControls } from './network-controls.js';
import { NetworkDiagram } from './network-diagram.js';
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
const LAYER_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#17becf'];

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
    this.buildToolbar();
    this.buildMap();
    this.buildCharts();
    this.panels = el('section', { className: 'net-panels', testid: 'network-panels' });

    this.element = el('section', { className: 'lab network', testid: 'network-lab' }, [
      this.toolbar,
      el('div', { className: 'net-main' }, [
        this.controls.element,
        this.diagram.element,
        el('div', { className: 'net-output' }, [this.mapCard, this.lossCard]),
      ]),
      this.layerCard,
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
  buildToolbar() {
    const t = this.t;
    this.playButton = buttonControl({ text: t('network.play'), testid: 'play', className: 'primary', onClick: () => this.setPlaying(!this.playing) });
    this.readouts = {
      epoch: el('output', { testid: 'readout-epoch' }),
      step: el('output', { testid: 'readout-step' }),
      trainLoss: el('output', { testid: 'readout-train-loss' }),
      testLoss: el('output', { testid: 'readout-test-loss' }),
      trainAccuracy: el('output', { testid: 'readout-train-accuracy' }),
      testAccuracy: el('output', { testid: 'readout-test-accuracy' }),
    };
    const readout = (key) => el('div', { className: 'net-readout' }, [el('span', { text: t(`network.readout.${key}`) }), this.readouts[key]]);
    this.accuracyReadouts = [readout('trainAccuracy'), readout('testAccuracy')];
    this.importInput = el('input', { type: 'file', accept: 'application/json,.json', testid: 'import-file' });
    this.importInput.hidden = true;
    this.importInput.addEventListener('change', () => this.importScenario());
    this.toolbar = el('div', { className: 'net-toolbar' }, [
      el('div', { className: 'buttons' }, [
        this.playButton,
        buttonControl({ text: t('network.stepBatch'), testid: 'step', onClick: () => this.stepOnce(false) }),
        buttonControl({ text: t('network.stepEpoch'), testid: 'step-epoch', onClick: () => this.stepOnce(true) }),
        buttonControl({ text: t('network.reset'), testid: 'reset', onClick: () => this.reset() }),
        buttonControl({ text: t('network.newWeights'), testid: 'new-weights', onClick: () => this.change({ weightSeed: this.state.weightSeed + 1 }) }),
      ]),
      el('div', { className: 'net-readouts' }, [readout('epoch'), readout('step'), readout('trainLoss'), readout('testLoss'), ...this.accuracyReadouts]),
      el('div', { className: 'buttons' }, [
        buttonControl({ text: t('network.export'), testid: 'export-scenario', onClick: () => this.exportScenario() }),
        buttonControl({ text: t('network.import'), testid: 'import-scenario', onClick: () => this.importInput.click() }),
        buttonControl({ text: t('network.exportPng'), testid: 'export-png', onClick: () => this.exportPng() }),
        buttonControl({ text: t('network.exportCsv'), testid: 'export-csv', onClick: () => this.exportCsv() }),
        this.importInput,
      ]),
    ]);
  }

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

  buildCharts() {
    const t = this.t;
    const lossCanvas = el('canvas', { testid: 'loss-chart' });
    this.lossChart = new LineChart(lossCanvas, { title: t('network.chart.loss'), xLabel: t('network.chart.epoch'), yLabel: t('network.chart.cost'), logScale: true });
    this.lossCard = el('div', { className: 'chart-card net-loss' }, [el('div', { className: 'chart-box' }, [lossCanvas])]);
    const layerCanvas = el('canvas', { testid: 'layer-chart' });
    this.layerChart = new LineChart(layerCanvas, { title: '', xLabel: t('network.chart.step'), yLabel: '', logScale: true });
    this.metricSelect = selectControl({
      label: t('network.layerMetric'), testid: 'layer-metric',
      options: LAYER_METRICS.map((m) => ({ value: m, text: t(`network.layerMetric.${m}`) })),
      value: this.state.layerMetric, onChange: (v) => this.change({ layerMetric: v }),
    });
    this.layerNote = el('p', { className: 'hint', text: t('network.layerHint') });
    this.layerCard = el('div', { className: 'chart-card net-layers' }, [
      this.metricSelect.element, this.layerNote, el('div', { className: 'chart-box' }, [layerCanvas]),
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
    this.metricSelect.input.value = this.state.layerMetric;
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
    for (const accuracy of this.accuracyReadouts) accuracy.hidden = this.task === 'regression';
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
    this.playButton.textContent = this.t(playing ? 'network.pause' : 'network.play');
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
    // other frame: it moves slowly and is the costliest drawing.
    if (charts || !this.playing || this.frame % 2 === 0) {
      const thumbs = { grid: model.gridView(THUMB_GRID, BOX), n: THUMB_GRID };
      const layout = this.layoutIndices();
      this.diagram.update(model.paramsView(), thumbs, layout.weight, layout.bias);
    }

    const r = this.readouts;
    r.epoch.textContent = String(model.epoch());
    r.step.textContent = String(model.stepCount());
    r.trainLoss.textContent = formatNumber(model.trainCost(), 4);
    r.testLoss.textContent = formatNumber(model.testCost(), 4);
    if (this.task !== 'regression') {
      r.trainAccuracy.textContent = `${(model.accuracy(false) * 100).toFixed(1)}%`;
      r.testAccuracy.textContent = `${(model.accuracy(true) * 100).toFixed(1)}%`;
    }
    if (charts) this.drawCharts();
    for (const listener of this.frameListeners) listener(this);
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

  drawCharts() {
    const t = this.t;
    const history = this.model.costHistory();
    this.lossChart.setSeries([
      { label: t('network.chart.train'), color: '#1f77b4', steps: history.epochs, values: history.train },
      { label: t('network.chart.test'), color: '#d62728', steps: history.epochs, values: history.test },
    ]);
    const layers = this.model.layerHistory();
    const metric = this.state.layerMetric;
    const series = metric === 'delta' ? layers.deltaNorm : metric === 'gradient' ? layers.gradientNorm : layers.updateRatio;
    this.layerChart.setSeries(series.map((values, i) => ({
      label: t('network.chart.layer', { l: i + 1 }), color: LAYER_COLORS[i % LAYER_COLORS.length], steps: layers.steps,
      values: smoothLog(values),
    })));
    this.layerChart.setLabels({ title: t(`network.layerMetric.${metric}`), yLabel: t(`network.layerMetric.${metric}.axis`) });
  }

  // ---- export / import ----
  exportScenario() {
    const json = scenarioJson(scenarioFromState(this.state));
    downloadBlob('network-scenario.json', new Blob([json], { type: 'application/json' }));
  }

  async importScenario() {
    const file = this.importInput.files?.[0];
    this.importInput.value = '';
    if (!file) return;
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
    this.lossChart.dispose();
    this.layerChart.dispose();
    this.model?.dispose();
    this.model = null;
    this.element.remove();
  }
}
