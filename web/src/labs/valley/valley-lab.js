// The Valley lab (seed 000): drop a ball on a surface and watch gradient descent
// v → v − η∇f(v) roll it downhill. State -> engine -> views, one batched step(n) per frame.
import { el } from '../controls.js';
import { LineChart } from '../../views/line-chart.js';
import { normalizeValleyState } from '../../state/valley-state.js';
import { GRID_SIZE, ValleyMap } from './valley-map.js';
import { ValleyPanel } from './valley-panel.js';

// How far outside the view box (in box widths) the ball may go before the run counts as
// diverged: far enough to allow a wide swing, near enough to stop before numbers overflow.
const OFF_MAP_FACTOR = 10;

export class ValleyLab {
  /**
   * @param {HTMLElement} root
   * @param {import('../../engine/engine.js').Engine} engine
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/valley-state.js').ValleyState} state
   * @param {(state: import('../../state/valley-state.js').ValleyState) => void} onStateChange
   */
  constructor(root, engine, t, state, onStateChange) {
    this.engine = engine;
    this.t = t;
    this.state = state;
    this.onStateChange = onStateChange;
    this.surfaceNames = engine.surfaceNames();
    this.surface = null;
    this.trainer = null;
    this.playing = false;
    this.animation = 0;

    this.map = new ValleyMap((point) => this.dropBall(point));
    this.panel = new ValleyPanel(t, state, this.surfaceNames, {
      change: (patch) => this.change(patch),
      play: () => this.setPlaying(!this.playing),
      step: () => this.stepOnce(),
      reset: () => this.reset(),
    });
    const chartCanvas = el('canvas', { testid: 'loss-chart' });
    this.chart = new LineChart(chartCanvas, {
      title: t('valley.chart.title'), xLabel: t('valley.chart.step'), yLabel: t('valley.chart.value'),
      logScale: state.logLoss,
    });
    const logLoss = el('label', { className: 'control checkbox' }, [
      el('input', { type: 'checkbox', testid: 'log-loss', onChange: (e) => this.change({ logLoss: e.target.checked }) }),
      el('span', { text: t('valley.logLoss') }),
    ]);
    /** @type {HTMLInputElement} */ (logLoss.firstChild).checked = state.logLoss;
    this.element = el('section', { className: 'lab valley', testid: 'valley-lab' }, [
      this.panel.element,
      this.map.element,
      el('div', { className: 'chart-card' }, [el('div', { className: 'chart-box' }, [chartCanvas]), logLoss]),
    ]);
    root.append(this.element);
    this.buildSurface();
  }

  /** Applies a patch of state from a control. */
  change(patch) {
    const previous = this.state;
    this.state = normalizeValleyState({ ...previous, ...patch }, this.surfaceNames);
    const s = this.state;
    if (s.surface !== previous.surface || s.conditionNumber !== previous.conditionNumber ||
        s.rotationDegrees !== previous.rotationDegrees) {
      this.buildSurface();
    } else if (s.learningRate !== previous.learningRate) {
      this.buildTrainer(); // a new η restarts from the same drop point
    } else if (s.logColor !== previous.logColor) {
      this.drawSurface();
    } else if (s.logLoss !== previous.logLoss) {
      this.chart.setLogScale(s.logLoss);
      this.drawScene();
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
    this.surface?.dispose();
    this.surface = surface;
    this.panel.showBowlControls(s.surface === 'bowl');
    this.box = surface.viewBox();
    this.drawSurface();
    this.buildTrainer();
  }

  drawSurface() {
    this.map.drawSurface(this.surface.grid(GRID_SIZE, this.box), this.box, this.state.logColor);
  }

  /** A fresh trainer from the drop point (or the surface's standard start). */
  buildTrainer() {
    const s = this.state;
    const start = s.startX === null ? this.surface.standardStart() : { x: s.startX, y: s.startY };
    let trainer;
    try {
      trainer = this.surface.createTrainer({ learningRate: s.learningRate, optimizer: 'sgd' }, start);
    } catch (error) {
      this.panel.setMessage(this.t('valley.error', { message: error.message }), 'error');
      return;
    }
    this.trainer?.dispose();
    this.trainer = trainer;
    this.setPlaying(false);
    this.panel.setMessage('');
    this.showStabilityHint(start);
    this.drawScene();
  }

  // On the bowl the Hessian is constant, so GD is stable exactly when η < 2/λmax.
  showStabilityHint(point) {
    const [a, b, , d] = this.surface.hessian(point.x, point.y);
    const lambdaMax = (a + d) / 2 + Math.sqrt(((a - d) / 2) ** 2 + b * b);
    this.panel.setLearningRateHint(lambdaMax > 0 ? `η < 2/λmax = ${(2 / lambdaMax).toPrecision(3)}` : '');
  }

  dropBall(point) {
    this.change({ startX: Number(point.x.toPrecision(4)), startY: Number(point.y.toPrecision(4)) });
    this.buildTrainer();
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
    if (playing && this.trainer && this.trainer.state() !== 'ready' && this.trainer.state() !== 'running') return;
    this.playing = playing;
    this.panel.setPlaying(playing);
    cancelAnimationFrame(this.animation);
    if (playing) this.animation = requestAnimationFrame(() => this.tick());
  }

  tick() {
    if (!this.playing) return;
    this.advance(this.state.speed);
    if (this.playing) this.animation = requestAnimationFrame(() => this.tick());
  }

  /** Runs n steps in one call into the core, then checks how the run stands and redraws. */
  advance(n) {
    if (!this.trainer) return;
    this.trainer.step(n);
    const state = this.trainer.state();
    const step = this.trainer.stepCount();
    if (state === 'diverged') {
      this.stop(this.t('valley.stopped.diverged', { step }), 'error');
    } else if (this.isFarOffMap()) {
      this.stop(this.t('valley.stopped.offMap', { step }), 'error');
    } else if (state === 'gradient-small' || state === 'converged') {
      this.stop(this.t('valley.stopped.converged'), 'info');
    }
    this.drawScene();
  }

  stop(message, kind) {
    this.setPlaying(false);
    this.panel.setMessage(message, kind);
  }

  isFarOffMap() {
    const [x, y] = this.trainer.params();
    const { xMin, xMax, yMin, yMax } = this.box;
    const w = xMax - xMin;
    const h = yMax - yMin;
    return x < xMin - OFF_MAP_FACTOR * w || x > xMax + OFF_MAP_FACTOR * w ||
      y < yMin - OFF_MAP_FACTOR * h || y > yMax + OFF_MAP_FACTOR * h;
  }

  drawScene() {
    if (!this.trainer) return;
    const [x, y] = this.trainer.params();
    const gradient = this.surface.gradient(x, y);
    const value = this.surface.value(x, y);
    const path = Float64Array.from(this.trainer.pathViews().values); // copy before the next call
    const trail = new Float64Array(path.length + 2);
    trail.set(path);
    trail.set([x, y], path.length);
    this.map.drawScene({ path: trail, ball: { x, y }, gradient, minima: this.surface.minima() });
    this.panel.setReadouts({ step: this.trainer.stepCount(), x, y, value, gradNorm: Math.hypot(...gradient) });
    // Entry k of the cost history is the cost evaluated by step k, i.e. f(v_{k−1}); plot it at
    // t = k − 1 and append the current f(v_t).
    const history = this.trainer.costHistory();
    const steps = history.steps.map((k) => k - 1);
    steps.push(this.trainer.stepCount());
    history.values.push(value);
    this.chart.setSeries([{ label: 'GD', color: '#d62728', steps, values: history.values }]);
  }

  dispose() {
    this.setPlaying(false);
    this.chart.dispose();
    this.trainer?.dispose();
    this.surface?.dispose();
    this.element.remove();
  }
}
