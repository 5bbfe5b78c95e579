// The Valley lab (seed 000): drop a ball on a surface and watch optimizers race downhill from the
// same start. It supplies its model (a surface, its probe, one trainer per racer), its views and
// its panels; the LabController runs it (one batched step(n) per racer per frame). The surface
// grid is recomputed only when the surface or the view changes.
import { el, formatNumber } from '../controls.js';
import { racerTrainerOptions } from '../../state/valley-state.js';
import { GRID_SIZE, ValleyMap } from './valley-map.js';
import { createLossChart } from './valley-chart.js';
import { ValleyPanel } from './valley-panel.js';
import { isFarOffMap } from './valley-racer-scene.js';
import { ValleyProbePanel } from './valley-probe-panel.js';
import { ValleyRacers } from './valley-racers.js';
import { drawValleyScene } from './valley-scene.js';
import { changedPart, fieldChanged } from '../shared/state-changes.js';
import { errorText } from '../shared/file-export.js';
import './valley.css';

// The loss chart redraws every few frames while playing: Chart.js with 7 long series costs more
// than the rest of a frame.
const CHART_EVERY = 6;
const GRID_3D = 96;
const SIZE_3D = 520;
/** @type {[string, string[]][]} what each change rebuilds or redraws, the costliest first */
const PARTS = [
  ['surface', ['surface', 'conditionNumber', 'rotationDegrees']],
  // New settings restart the race from the same drop point, to stay fair.
  ['trainers', ['racers', 'startX', 'startY', 'maxSteps', 'parameterChangeTol', 'gradientTol']],
  ['colours', ['logColor']],
  ['chart', ['logLoss']],
];

/** @typedef {import('../shared/lab-controller.js').Lab} Lab */

/** @implements {Lab} */
export class ValleyLab {
  /** @param {import('../shared/lab-controller.js').LabController} host */
  constructor(host) {
    this.host = host;
    this.t = host.t;
    this.surfaceNames = host.names;
    this.surface = null;
    this.probe = null;
    /** @type {Map<string, { trainer: any, halted: string }>} */
    this.trainers = new Map();
    this.frame = 0;
    this.view3d = null;
    this.chart = null;
    this.element = el('section', { className: 'lab valley', testid: 'valley-lab' });
  }

  /** The panels, map, chart and probe for `state` (again after an import). */
  buildViews(state) {
    const t = this.t;
    const change = (patch) => this.host.change(patch);
    this.closeViews();
    this.map = new ValleyMap(
      (point) => this.dropBall(point),
      () => this.host.redraw(),
      t,
    );
    this.panel = new ValleyPanel(t, state, this.surfaceNames, this.host.controls, {
      change,
      toggle3d: () => change({ view3d: !this.host.state.view3d }),
    });
    const register = (name, element) => this.host.controls.register(name, element);
    this.racers = new ValleyRacers(t, state, { change, register });
    this.probePanel = new ValleyProbePanel(t, state, { change, register });
    const chartCanvas = el('canvas', { testid: 'loss-chart' });
    this.chart = createLossChart(chartCanvas, t, state.logLoss);
    const logLoss = el('input', {
      type: 'checkbox',
      testid: 'log-loss',
      onChange: () => change({ logLoss: logLoss.checked }),
    });
    logLoss.checked = state.logLoss;
    const logLossLabel = el('label', { className: 'control checkbox' }, [
      logLoss,
      el('span', { text: t('valley.logLoss') }),
    ]);
    register('logLoss', logLoss);
    const lossCard = el('div', { className: 'chart-card' }, [
      el('div', { className: 'chart-box' }, [chartCanvas]),
      logLossLabel,
    ]);
    register('lossChart', lossCard);
    register('map', this.map.element);
    register('racers', this.racers.element);
    register('probe', this.probePanel.element);
    this.view3dBox = el('div', { className: 'view-3d', testid: 'valley-3d' });
    this.view3dBox.hidden = true;
    this.element.replaceChildren(
      this.panel.element,
      el('div', { className: 'valley-views' }, [
        this.map.element,
        el('p', { className: 'legend-line', text: t('valley.legend.arrows') }),
        this.view3dBox,
      ]),
      el('div', { className: 'valley-side' }, [
        this.racers.element,
        lossCard,
        this.probePanel.element,
      ]),
    );
  }

  /** @param {any} state @param {any} previous */
  rebuild(state, previous) {
    if (!previous) {
      this.buildViews(state);
      this.buildSurface(state);
      if (state.view3d) this.open3d();
      return true;
    }
    this.racers.setState(state);
    const part = changedPart(state, previous, PARTS);
    if (part === 'surface') this.buildSurface(state);
    if (part === 'trainers') this.buildTrainers(state);
    if (part === 'colours') this.drawSurface();
    if (part === 'chart') this.chart.setLogScale(state.logLoss);
    this.probePanel.setVisible(state.showDirectional, state.showHessian);
    if (fieldChanged(state, previous, 'view3d')) {
      if (state.view3d) this.open3d();
      else this.close3d();
    }
    return true;
  }

  buildSurface(state) {
    let surface;
    try {
      surface = this.host.engine.createSurface(state.surface, {
        conditionNumber: state.conditionNumber,
        rotationDegrees: state.rotationDegrees,
      });
    } catch (error) {
      this.host.setMessage(this.t('valley.error', { message: error.message }), 'error');
      return; // the previous surface stays, so the student's work is kept
    }
    this.disposeModel();
    this.surface = surface;
    this.probe = this.host.engine.createSurfaceProbe(surface);
    this.panel.showBowlControls(state.surface === 'bowl');
    this.box = surface.viewBox();
    this.minima = surface.minima();
    this.drawSurface();
    this.buildTrainers(state);
  }

  drawSurface() {
    if (!this.surface) return;
    const logColor = this.host.state.logColor;
    this.map.drawSurface(this.surface.grid(GRID_SIZE, this.box), this.box, logColor);
    if (this.view3d) {
      this.view3d.setSurface(this.surface.grid(GRID_3D, this.box), GRID_3D, this.box, logColor);
    }
  }

  startPoint(state) {
    if (state.startX === null) return this.surface.standardStart();
    return { x: state.startX, y: state.startY };
  }

  /** Fresh trainers for every enabled racer, all from the drop point. */
  buildTrainers(state) {
    if (!this.surface) return;
    const start = this.startPoint(state);
    const made = new Map();
    try {
      for (const racer of state.racers.filter((r) => r.enabled)) {
        const trainer = this.surface.createTrainer(racerTrainerOptions(racer, state), start);
        made.set(racer.optimizer, { trainer, halted: '' });
      }
    } catch (error) {
      for (const entry of made.values()) entry.trainer.dispose();
      this.host.setMessage(this.t('valley.error', { message: error.message }), 'error');
      return;
    }
    this.disposeTrainers();
    this.trainers = made;
    this.host.pause();
    // With every racer off nothing can run: say so (the runner refuses such a race by name).
    if (made.size === 0) this.host.setMessage(this.t('valley.noRacer'), 'error');
    else this.host.setMessage('');
  }

  disposeTrainers() {
    for (const entry of this.trainers.values()) entry.trainer.dispose();
    this.trainers.clear();
  }

  dropBall(point) {
    this.host.change({
      startX: Number(point.x.toPrecision(4)),
      startY: Number(point.y.toPrecision(4)),
    });
  }

  reset() {
    for (const entry of this.trainers.values()) {
      entry.trainer.reset();
      entry.halted = '';
    }
  }

  static runs(entry) {
    const state = entry.trainer.state();
    return !entry.halted && (state === 'ready' || state === 'running');
  }

  canRun() {
    return [...this.trainers.values()].some(ValleyLab.runs);
  }

  /** n steps per racer (one call into the core each); reports the last racer that stopped. */
  advance(n) {
    let report = null;
    for (const [name, entry] of this.trainers) {
      if (!ValleyLab.runs(entry)) continue;
      entry.trainer.step(n);
      report = this.check(name, entry) ?? report;
    }
    return report;
  }

  /** Why a racer stopped, or null while it runs. */
  check(name, entry) {
    const state = entry.trainer.state();
    const values = { racer: this.t(`valley.optimizer.${name}`), step: entry.trainer.stepCount() };
    const say = (key, kind) => ({ text: this.t(key, values), kind });
    if (state === 'diverged') {
      entry.halted = 'diverged';
      return say('valley.stopped.diverged', 'error');
    }
    if (isFarOffMap(entry.trainer.params(), this.box)) {
      entry.halted = 'off-map';
      return say('valley.stopped.offMap', 'error');
    }
    if (state === 'gradient-small' || state === 'converged') {
      return say('valley.stopped.converged', 'info');
    }
    if (state === 'max-steps') return say('valley.stopped.maxSteps', 'info');
    return null;
  }

  draw({ playing }) {
    if (!this.surface) return;
    this.frame++;
    drawValleyScene(this, this.host.state, { chart: !playing || this.frame % CHART_EVERY === 0 });
    this.map.describe(() => this.describeMap());
  }

  /** The map in words: the keyboard cursor and the focused racer's ball. */
  describeMap() {
    const cursor = this.map.cursor.at;
    const entry = this.trainers.get(this.host.state.focus);
    let balls = '';
    if (entry && this.surface) {
      const [x, y] = entry.trainer.params();
      balls = this.t('a11y.valley.ball', {
        name: this.t(`valley.optimizer.${this.host.state.focus}`),
        x: formatNumber(x, 3),
        y: formatNumber(y, 3),
        f: formatNumber(this.surface.value(x, y), 2),
        step: entry.trainer.stepCount(),
      });
    }
    if (!cursor) return balls;
    const at = { cx: formatNumber(cursor.x, 3), cy: formatNumber(cursor.y, 3) };
    return this.t('a11y.valley.describe', { ...at, balls });
  }

  async open3d() {
    this.panel.set3dOpen(true);
    this.view3dBox.hidden = false;
    if (this.view3d) return;
    const box = this.view3dBox;
    try {
      // three.js is loaded only now, so the page starts without it.
      const { Valley3D } = await import('./valley-3d.js');
      if (!this.host.state.view3d || this.view3d || this.view3dBox !== box) return;
      if (!this.element.isConnected) return;
      this.view3d = new Valley3D(box, SIZE_3D, SIZE_3D * 0.8);
      this.drawSurface();
      this.host.redraw();
      box.dataset.ready = 'true';
    } catch (error) {
      const message = this.t('valley.view3d.failed', { message: errorText(error) });
      this.host.setMessage(message, 'error');
    }
  }

  close3d() {
    this.panel?.set3dOpen(false);
    if (this.view3dBox) {
      this.view3dBox.hidden = true;
      this.view3dBox.dataset.ready = '';
    }
    this.view3d?.dispose();
    this.view3d = null;
  }

  /**
   * The race now: the furthest racer's step count and the best racer's f (each racer's value
   * is one evaluation of the surface at its point).
   * @returns {import('../shared/lab-controller.js').LabSummary}
   */
  summary() {
    let step = 0;
    let cost = null;
    let leader = null;
    /** @type {Record<string, { step: number, cost: number, state: string }>} */
    const racers = {};
    for (const [name, entry] of this.trainers) {
      const trainer = entry.trainer;
      const racer = { step: trainer.stepCount(), cost: trainer.fullCost(), state: trainer.state() };
      racers[name] = racer;
      step = Math.max(step, racer.step);
      if (Number.isFinite(racer.cost) && (cost === null || racer.cost < cost)) {
        cost = racer.cost;
        leader = name;
      }
    }
    return { step, cost, leader, racers };
  }

  pngCanvas() {
    return this.map.composite();
  }

  csvRows() {
    const rows = ['optimizer,step,cost'];
    for (const [name, entry] of this.trainers) {
      const history = entry.trainer.costHistory();
      for (let i = 0; i < history.steps.length; i++) {
        rows.push(`${name},${history.steps[i] - 1},${history.values[i]}`);
      }
    }
    return rows;
  }

  /** The views of a previous build (charts and the 3-D view hold resources). */
  closeViews() {
    this.close3d();
    this.map?.dispose();
    this.chart?.dispose();
    this.chart = null;
  }

  disposeModel() {
    this.disposeTrainers();
    this.probe?.dispose();
    this.probe = null;
    this.surface?.dispose();
    this.surface = null;
  }

  dispose() {
    this.closeViews();
    this.disposeModel();
  }
}
