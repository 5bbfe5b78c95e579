// One controller for every lab: it owns the run (play/pause/step/reset and the frame loop), the
// state and its URL sync, import/export, the message line and dispose. A lab supplies only its
// model, views and panels through the small Lab interface below (README.md in web/src/labs).
import { FrameLoop, FrameTimer } from './lab-loop.js';
import { LabControls } from './lab-controls.js';
import { LabAccess } from './lab-access.js';
import { exportCsv, exportPng, exportScenario, importScenario } from './lab-files.js';

/**
 * What a lab supplies. The controller calls these; the lab never runs its own loop, never writes
 * the URL and never builds the shared buttons.
 * @typedef {object} Lab
 * @property {HTMLElement} element the lab's whole page section (the controller mounts it)
 * @property {(state: object, previous: object | null, options?: RebuildOptions) => boolean}
 *   rebuild makes the model and views follow `state`. previous null: everything may have
 *   changed (first build, import). Returns false when the core refused the state: the lab keeps
 *   its current model (and shows why), the controller keeps the previous state.
 * @property {() => boolean} canRun whether Play may (still) run
 * @property {(n: number, options?: object) => Report | null} advance n steps in one call
 *   into the core; a report when a run stopped or something happened worth a message
 * @property {(frame: { playing: boolean }) => void} draw reads the model's views and draws
 * @property {() => void} reset back to the start of the run (same model and settings)
 * @property {() => HTMLCanvasElement | null} pngCanvas what Export PNG saves
 * @property {() => string[] | null} csvRows what Export CSV saves (header first)
 * @property {() => number[] | null} [initialWeights] the imported start weights still in use
 * @property {() => void} dispose releases every engine object and chart of the lab
 * @property {() => LabSummary} [summary] the current numbers (the host API and the narration
 *   read them)
 */

/**
 * The numbers a lab reports about its run now. `step` counts optimizer steps since the start;
 * `cost` is the lab's headline cost (training cost; Valley: the best racer's f), null before any.
 * @typedef {{ step: number, cost: number | null } & Record<string, unknown>} LabSummary
 */

/**
 * What the controller announces on `controller.events` (an EventTarget; each event is a
 * CustomEvent whose `detail` is a LabEvent): `play` and `pause` when the loop starts or stops,
 * `advance` after each call into the core (once per frame while playing), `report` when the lab
 * reported something (detail.report), `reset`, `state` after a state change.
 * @typedef {{ type: 'play' | 'pause' | 'advance' | 'report' | 'reset' | 'state',
 *   summary: LabSummary | null, report?: Report }} LabEvent
 */

/** @typedef {{ text: string, kind: 'info' | 'error' }} Report */
/** @typedef {{ initial?: number[] | null }} RebuildOptions initial: a scenario's start weights */

/**
 * A lab as the registry lists it: state functions, scenario module and lab class.
 * @typedef {object} LabDefinition
 * @property {string} id
 * @property {(engine: any) => any} [names] the core's name lists the state functions take
 * @property {{ fromQuery: (query: URLSearchParams, names?: any) => object,
 *   readQuery?: (query: URLSearchParams, names?: any) => { state: object, corrections: any[] },
 *   toQuery: (state: any) => URLSearchParams, normalize: (raw: object, names?: any) => object }}
 *   state readQuery: the lenient reading and what it changed (the page says so at load)
 * @property {{ lab: string, scenarioFromState: (state: any) => object,
 *   stateFromScenario: (scenario: any, names?: any) => object }} scenario
 * @property {new (host: LabController) => Lab} Lab
 * @property {(state: any) => { scenario: string, png: string, csv: string }} files the names
 *   of the exported files
 * @property {Record<string, string>} [labels] i18n keys replacing shared control labels
 */

export class LabController {
  /**
   * @param {{ root: HTMLElement, engine: any, t: (key: string, params?: object) => string,
   *   definition: LabDefinition, state: object, onStateChange: (state: any) => void,
   *   trim?: import('./lab-trim.js').LabTrim | null }} options trim: the page's hide=/lock=
   */
  constructor({ root, engine, t, definition, state, onStateChange, trim = null }) {
    this.engine = engine;
    this.t = t;
    this.definition = definition;
    this.names = definition.names?.(engine);
    /** @type {any} */
    this.state = state;
    this.onStateChange = onStateChange;
    this.disposed = false;
    /**
     * Whether weights were trained (a step) or edited (a lab that edits them sets it) since the
     * start or the last reset: work the URL cannot bring back (hasUnsavedWork).
     */
    this.trained = false;
    /** Run events for the host page's API and the narration (see LabEvent). */
    this.events = new EventTarget();
    // The one table of commands: buttons call it today; keyboard shortcuts and a postMessage API
    // call the same names (run(name)).
    this.commands = {
      play: () => this.setPlaying(true),
      pause: () => this.setPlaying(false),
      toggle: () => this.setPlaying(!this.playing),
      step: () => this.stepOnce(),
      reset: () => this.reset(),
      exportScenario: () => exportScenario(this),
      exportPng: () => exportPng(this),
      exportCsv: () => exportCsv(this),
    };
    this.controls = new LabControls(
      t,
      {
        ...this.commands,
        play: this.commands.toggle,
        importFile: (file) => importScenario(this, file),
      },
      definition.labels,
      trim,
    );
    this.loop = new FrameLoop(() => this.timer.measure(() => this.advance(this.state.speed)));
    /** @type {Lab} */
    this.lab = new definition.Lab(this);
    // Mean and worst main-thread time of a frame, published on the lab element for tests.
    this.timer = new FrameTimer(this.lab.element, { trackMax: true });
    root.append(this.lab.element);
    this.access = new LabAccess(this); // heading, shortcuts, narration (issue 13)
    this.lab.rebuild(this.state, null, {});
    this.redraw();
  }

  /** Runs a command by name (see `commands`). @param {string} name */
  run(name) {
    const command = this.commands[name];
    if (!command) throw new Error(`Unknown lab command "${name}"`);
    command();
  }

  get playing() {
    return this.loop.running;
  }

  /** Play only while the lab can run; the Play button shows what a click would do. */
  setPlaying(playing) {
    if (playing && !this.lab.canRun()) return;
    const changed = playing !== this.playing;
    this.controls.setPlaying(playing);
    this.loop.set(playing);
    if (changed) this.emit(playing ? 'play' : 'pause');
  }

  pause() {
    this.setPlaying(false);
  }

  /** One step (or what `options` ask the lab for, e.g. one epoch), paused. */
  stepOnce(options = {}) {
    this.setPlaying(false);
    this.advance(1, options);
  }

  /** n steps, the lab's report on the message line, a stop when the run ended, a redraw. */
  advance(n, options = {}) {
    if (this.lab.canRun()) this.trained = true;
    const report = this.lab.advance(n, options);
    if (report) this.setMessage(report.text, report.kind);
    this.emit('advance');
    if (report) this.emit('report', { report });
    if (this.playing && !this.lab.canRun()) this.setPlaying(false);
    this.lab.draw({ playing: this.playing });
  }

  reset() {
    this.setPlaying(false);
    this.lab.reset();
    this.trained = false;
    this.setMessage('');
    this.redraw();
    this.emit('reset');
  }

  redraw() {
    this.lab.draw({ playing: this.playing });
  }

  /** Applies a patch from a control; a refused state leaves the previous one in place. */
  change(patch) {
    if (this.refuseLocked(patch)) return;
    const previous = this.state;
    this.state = this.definition.state.normalize({ ...previous, ...patch }, this.names);
    if (!this.lab.rebuild(this.state, previous)) this.state = previous;
    this.publish();
    this.redraw();
  }

  /**
   * True (and the message line says why) when `patch` would change a field the page locked
   * (lock=): a click on a plot or a key cannot change it either.
   * @param {Record<string, unknown>} patch
   */
  refuseLocked(patch) {
    const name = this.controls.trim?.lockedIn(patch, this.state);
    if (!name) return false;
    this.setMessage(this.t('trim.lockedChange', { name }), 'error');
    return true;
  }

  /**
   * Records state the lab has already applied to its model (a point added, an axis the model
   * needs): no rebuild, only the URL follows.
   */
  record(patch) {
    this.state = { ...this.state, ...patch };
    this.publish();
  }

  /**
   * Replaces the whole state (scenario import). @param {object} state
   * @param {RebuildOptions} [options] @returns {boolean} false: refused, the work is kept
   */
  replaceState(state, options = {}) {
    this.setPlaying(false);
    const previous = this.state;
    this.state = state;
    if (!this.lab.rebuild(state, null, options)) {
      this.state = previous;
      return false;
    }
    this.trained = false;
    this.publish();
    this.redraw();
    return true;
  }

  publish() {
    this.onStateChange(this.state);
    this.emit('state');
  }

  /**
   * Whether leaving would lose work the URL cannot bring back: imported start weights still in
   * use, or weights trained or edited since the start or the last reset.
   */
  hasUnsavedWork() {
    if (this.trained || this.lab.initialWeights?.()) return true;
    const step = this.summary()?.step;
    return typeof step === 'number' && step > 0;
  }

  /** The lab's current numbers, or null when the lab does not report them. */
  summary() {
    return this.lab.summary?.() ?? null;
  }

  /** @param {LabEvent['type']} type @param {{ report?: Report }} [extra] */
  emit(type, extra = {}) {
    if (this.disposed) return;
    const detail = { type, summary: this.summary(), ...extra };
    this.events.dispatchEvent(new CustomEvent(type, { detail }));
  }

  /** @param {string} text @param {'info' | 'error'} [kind] */
  setMessage(text, kind = 'info') {
    this.controls.setMessage(text, kind);
  }

  /** Stops the loop, releases every engine object of the lab and removes it from the page. */
  dispose() {
    if (this.disposed) return;
    this.disposed = true;
    this.setPlaying(false);
    this.access.dispose();
    this.lab.dispose();
    this.lab.element.remove();
  }
}
