// The Valley lab (seed 000): drop a ball on a surface and watch optimizers race downhill from the
// same start. State -> engine -> views: one batched step(n) per racer per frame, then read the
// views and draw. The surface grid is recomputed only when the surface or the view changes.
import { el } from '../controls.js';
import { normalizeValleyState, racerTrainerOptions } from '../../state/valley-state.js';
import { scenarioFromState, stateFromScenario } from '../../scenario/valley-scenario.js';
import { GRID_SIZE, ValleyMap } from './valley-map.js';
import { createLossChart } from './valley-chart.js';
import { ValleyPanel } from './valley-panel.js';
import { costLine, isFarOffMap, readRacer } from './valley-racer-scene.js';
import { ValleyProbePanel } from './valley-probe-panel.js';
import { ValleyRacers } from './valley-racers.js';
import {
  csvText, downloadBlob, downloadCanvasBlob, errorText, readJsonFile, scenarioJson,
} from '../shared/file-export.js';
import { FrameLoop, FrameTimer } from '../shared/lab-loop.js';
import './valley.css';

// The loss chart redraws every few frames while playing: Chart.js with 7 long series costs more
// than the rest of a frame.
const CHART_EVERY = 6;
const GRID_3D = 96;
const SLICE_POINTS = 121;
const SIZE_3D = 520;

export class ValleyLab {
  /**
   * @param {HTMLElement} root
   * @param {import('../../engine/engine.js').Engine} engine
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/valley-state.js').ValleyState} state
   * @param {(state: import('../../state/valley-state.js').ValleyState) => void} onStateChange
   */
  constructor(root, engine, t, state, onStateChange) {
    this.root = root;
    this.engine = engine;
    this.t = t;
    this.state = state;
    this.onStateChange = onStateChange;
    this.surfaceNames = engine.surfaceNames();
    this.surface = null;
    this.probe = null;
    /** @type {Map<string, { trainer: import('../../engine/trainer.js').Trainer, halted: string }>} */
    this.trainers = new Map();
    this.loop = new FrameLoop(() => this.frameTimer.measure(() => this.advance(this.state.speed)));
    this.frameTimer = new FrameTimer(null);
    this.frame = 0;
    this.view3d = null;
    this.build();
  }

  build() {
    const t = this.t;
    const state = this.state;
    this.map = new ValleyMap((point) => this.dropBall(point));
    this.panel = new ValleyPanel(t, state, this.surfaceNames, {
      change: (patch) => this.change(patch),
      play: () => this.setPlaying(!this.playing),
      step: () => this.stepOnce(),
      reset: () => this.reset(),
      toggle3d: () => this.change({ view3d: !this.state.view3d }),
      exportScenario: () => this.exportScenario(),
      importScenario: (file) => this.importScenario(file),
      png: () => this.exportPng(),
      csv: () => this.exportCsv(),
    });
    this.racers = new ValleyRacers(t, state, { change: (patch) => this.change(patch) });
    this.probePanel = new ValleyProbePanel(t, state, { change: (patch) => this.change(patch) });
    const chartCanvas = el('canvas', { testid: 'loss-chart' });
    this.chart = createLossChart(chartCanvas, t, state.logLoss);
    const logLoss = el('label', { className: 'control checkbox' }, [
      el('input', { type: 'checkbox', testid: 'log-loss', onChange: (e) => this.change({ logLoss: e.target.checked }) }),
      el('span', { text: t('valley.logLoss') }),
    ]);
    /** @type {HTMLInputElement} */ (logLoss.firstChild).checked = state.logLoss;
    this.view3dBox = el('div', { className: 'view-3d', testid: 'valley-3d' });
    this.view3dBox.hidden = true;
    this.element = el('section', { className: 'lab valley', testid: 'valley-lab' }, [
      this.panel.element,
      el('div', { className: 'valley-views' }, [
        this.map.element,
        el('p', { className: 'legend-line', text: t('valley.legend.arrows') }),
        this.view3dBox,
      ]),
      el('div', { className: 'valley-side' }, [
        this.racers.element,
        el('div', { className: 'chart-card' }, [el('div', { className: 'chart-box' }, [chartCanvas]), logLoss]),
        this.probePanel.element,
      ]),
    ]);
    this.root.append(this.element);
    this.frameTimer.element = this.element;
    this.buildSurface();
    if (state.view3d) this.open3d();
  }

  get playing() {
    return this.loop.running;
  }

  /** Applies a patch of state from a control. */
  change(patch) {
    const previous = this.state;
    this.state = normalizeValleyState({ ...previous, ...patch }, this.surfaceNames);
    const s = this.state;
    this.racers.setState(s);
    if (s.surface !== previous.surface || s.conditionNumber !== previous.conditionNumber ||
        s.rotationDegrees !== previous.rotationDegrees) {
      this.buildSurface();
    } else if (JSON.stringify(s.racers) !== JSON.stringify(previous.racers) ||
        s.maxSteps !== previous.maxSteps || s.parameterChangeTol !== previous.parameterChangeTol ||
        s.gradientTol !== previous.gradientTol) {
      this.buildTrainers(); // new settings restart the race from the same drop point, to stay fair
    } else if (s.logColor !== previous.logColor) {
      this.drawSurface();
      this.drawScene();
    } else if (s.logLoss !== previous.logLoss) {
      this.chart.setLogScale(s.logLoss);
      this.drawScene();
    } else {
      this.drawScene();
    }
    this.probePanel.setVisible(s.showDirectional, s.showHessian);
    if (s.view3d !== previous.view3d) {
      if (s.view3d) this.open3d();
      else this.close3d();
    }
    this.onStateChange(this.state);
  }

  buildSurface() {
    const s = this.state;
    let surface;
    try {
      surface = this.engine.createSurface(s.surface, {
        conditionNumber: s.conditionNumber, rotationDegrees: s.rotationDegrees,
      });
    } catch (error) {
      this.panel.setMessage(this.t('valley.error', { message: error.message }), 'error');
      return; // the previous surface stays, so the student's work is kept
    }
    this.probe?.dispose();
    this.surface?.dispose();
    this.surface = surface;
    this.probe = this.engine.createSurfaceProbe(surface);
    this.panel.showBowlControls(s.surface === 'bowl');
    this.box = surface.viewBox();
    this.minima = surface.minima();
    this.drawSurface();
    this.buildTrainers();
  }

  drawSurface() {
    this.map.drawSurface(this.surface.grid(GRID_SIZE, this.box), this.box, this.state.logColor);
    if (this.view3d) {
      this.view3d.setSurface(this.surface.grid(GRID_3D, this.box), GRID_3D, this.box, this.state.logColor);
    }
  }

  startPoint() {
    const s = this.state;
    return s.startX === null ? this.surface.standardStart() : { x: s.startX, y: s.startY };
  }

  /** Fresh trainers for every enabled racer, all from the drop point. */
  buildTrainers() {
    const s = this.state;
    const start = this.startPoint();
    const made = new Map();
    try {
      for (const racer of s.racers.filter((r) => r.enabled)) {
        made.set(racer.optimizer, { trainer: this.surface.createTrainer(racerTrainerOptions(racer, s), start), halted: '' });
      }
    } catch (error) {
      for (const entry of made.values()) entry.trainer.dispose();
      this.panel.setMessage(this.t('valley.error', { message: error.message }), 'error');
      return;
    }
    this.disposeTrainers();
    this.trainers = made;
    this.setPlaying(false);
    this.panel.setMessage('');
    this.drawScene();
  }

  disposeTrainers() {
    for (const entry of this.trainers.values()) entry.trainer.dispose();
    this.trainers.clear();
  }

  dropBall(point) {
    this.change({ startX: Number(point.x.toPrecision(4)), startY: Number(point.y.toPrecision(4)) });
    this.buildTrainers();
  }

  reset() {
    for (const entry of this.trainers.values()) {
      entry.trainer.reset();
      entry.halted = '';
    }
    this.setPlaying(false);
    this.panel.setMessage('');
    this.drawScene();
  }

  stepOnce() {
    this.setPlaying(false);
    this.advance(1);
  }

  canRun(entry) {
    const state = entry.trainer.state();
    return !entry.halted && (state === 'ready' || state === 'running');
  }

  setPlaying(playing) {
    if (playing && ![...this.trainers.values()].some((e) => this.canRun(e))) return;
    this.panel.setPlaying(playing);
    this.loop.set(playing);
  }

  /** Runs n steps per racer (one call into the core each), checks each run, and redraws. */
  advance(n) {
    const messages = [];
    for (const [name, entry] of this.trainers) {
      if (!this.canRun(entry)) continue;
      entry.trainer.step(n);
      const state = entry.trainer.state();
      const step = entry.trainer.stepCount();
      const racer = this.t(`valley.optimizer.${name}`);
      if (state === 'diverged') {
        entry.halted = 'diverged';
        messages.push([this.t('valley.stopped.diverged', { racer, step }), 'error']);
      } else if (isFarOffMap(entry.trainer.params(), this.box)) {
        entry.halted = 'off-map';
        messages.push([this.t('valley.stopped.offMap', { racer, step }), 'error']);
      } else if (state === 'gradient-small' || state === 'converged') {
        messages.push([this.t('valley.stopped.converged', { racer, step }), 'info']);
      } else if (state === 'max-steps') {
        messages.push([this.t('valley.stopped.maxSteps', { racer, step }), 'info']);
      }
    }
    if (messages.length > 0) {
      const [text, kind] = messages[messages.length - 1];
      this.panel.setMessage(text, kind);
    }
    if (this.playing && ![...this.trainers.values()].some((e) => this.canRun(e))) this.setPlaying(false);
    this.frame++;
    this.drawScene({ chart: !this.playing || this.frame % CHART_EVERY === 0 });
  }

  /** Reads every racer's views (copies), then draws map, legend, chart, probe and 3-D view. */
  drawScene({ chart = true } = {}) {
    if (!this.surface) return;
    const s = this.state;
    const scenes = [];
    const series = [];
    let focus = null;
    for (const racer of s.racers) {
      const entry = this.trainers.get(racer.optimizer);
      if (!entry) {
        this.racers.clearRacerReadout(racer.optimizer);
        continue;
      }
      const trainer = entry.trainer;
      const focused = racer.optimizer === s.focus;
      const { x, y, gradient, value, color, scene } = readRacer(this.surface, trainer, racer.optimizer, focused);
      scenes.push(scene);
      this.racers.setRacerReadout(racer.optimizer, {
        cost: value, step: trainer.stepCount(),
        status: entry.halted ? this.t(`valley.status.${entry.halted}`) : '',
      });
      if (chart) {
        const label = this.t(`valley.optimizer.${racer.optimizer}`);
        const line = { label, color, ...costLine(trainer, value) };
        if (focused) series.unshift(line); // the first series is the one the chart reports on
        else series.push(line);
      }
      if (focused) {
        focus = { name: racer.optimizer, x, y, value, gradient, step: trainer.stepCount(), rate: trainer.learningRate() };
      }
    }
    let direction = null;
    let steepest = null;
    let hessian = null;
    if (focus) {
      const { x, y } = focus;
      direction = (s.directionDegrees * Math.PI) / 180;
      steepest = this.probe.steepestAscentAngle(x, y);
      hessian = this.probe.hessianEigen(x, y);
      if (s.showDirectional) {
        const radius = 0.15 * Math.min(this.box.xMax - this.box.xMin, this.box.yMax - this.box.yMin);
        const directional = this.probe.directionalDerivative(x, y, direction);
        const slice = Float32Array.from(this.probe.slice(x, y, direction, radius, SLICE_POINTS));
        this.probePanel.drawDirectional({
          gradient: focus.gradient, direction, directional, steepest, slice, radius, value: focus.value,
        });
      }
      this.probePanel.drawHessian(hessian);
      this.racers.setStability(hessian.maxLearningRate);
    } else {
      this.racers.setStability(null);
    }
    this.map.drawScene({
      racers: scenes, minima: this.minima,
      direction: s.showDirectional ? direction : null, steepest: s.showDirectional ? steepest : null,
      hessian: s.showHessian ? hessian : null,
    });
    this.panel.setReadouts(focus && {
      name: this.t(`valley.optimizer.${focus.name}`), step: focus.step, x: focus.x, y: focus.y,
      value: focus.value, gradNorm: Math.hypot(...focus.gradient), rate: focus.rate,
    });
    if (chart) this.chart.setSeries(series);
    if (this.view3d) {
      this.view3d.setRacers(scenes);
      this.view3d.render();
    }
  }

  async open3d() {
    this.panel.set3dOpen(true);
    this.view3dBox.hidden = false;
    if (this.view3d) return;
    try {
      // three.js is loaded only now, so the page starts without it.
      const { Valley3D } = await import('./valley-3d.js');
      if (!this.state.view3d || this.view3d || !this.element.isConnected) return;
      this.view3d = new Valley3D(this.view3dBox, SIZE_3D, SIZE_3D * 0.8);
      this.drawSurface();
      this.drawScene();
      this.view3dBox.dataset.ready = 'true';
    } catch (error) {
      this.panel.setMessage(this.t('valley.view3d.failed', { message: errorText(error) }), 'error');
    }
  }

  close3d() {
    this.panel.set3dOpen(false);
    this.view3dBox.hidden = true;
    this.view3dBox.dataset.ready = '';
    this.view3d?.dispose();
    this.view3d = null;
  }

  exportScenario() {
    const text = scenarioJson(scenarioFromState(this.state));
    downloadBlob(`valley-${this.state.surface}.json`, new Blob([text], { type: 'application/json' }));
  }

  /** Reads a scenario file; a bad file leaves the current work as it is. */
  async importScenario(file) {
    let state;
    try {
      const scenario = await readJsonFile(file);
      if (scenario?.format !== 'descent-scenario') throw new Error('not a Descent scenario file ("format" must be "descent-scenario")');
      state = stateFromScenario(scenario, this.surfaceNames);
    } catch (error) {
      this.panel.setMessage(this.t('valley.importFailed', { message: errorText(error) }), 'error');
      return;
    }
    this.teardown();
    this.state = state;
    this.build();
    this.onStateChange(this.state);
  }

  exportPng() {
    downloadCanvasBlob(`valley-${this.state.surface}.png`, this.map.composite());
  }

  exportCsv() {
    const rows = ['optimizer,step,cost'];
    for (const [name, entry] of this.trainers) {
      const history = entry.trainer.costHistory();
      for (let i = 0; i < history.steps.length; i++) rows.push(`${name},${history.steps[i] - 1},${history.values[i]}`);
    }
    downloadBlob(`valley-${this.state.surface}.csv`, new Blob([csvText(rows)], { type: 'text/csv' }));
  }

  teardown() {
    this.setPlaying(false);
    this.close3d();
    this.chart.dispose();
    this.disposeTrainers();
    this.probe?.dispose();
    this.probe = null;
    this.surface?.dispose();
    this.surface = null;
    this.element.remove();
  }

  dispose() {
    this.teardown();
  }
}

