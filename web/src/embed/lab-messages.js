// The lab's side of the host API (docs/embedding.md): commands from the embedding page (play,
// pause, step, reset, read, setState) and the lab's reports to it (ready, height, play, pause,
// step, cost, reset, state, report). A command is obeyed only when it comes from the parent
// window and from an allowed origin (protocol.js); reports go only to that origin.
import {
  HOST_COMMANDS,
  allowedOrigins,
  isProtocolMessage,
  message,
  originAllowed,
  parentOrigin,
  reportTarget,
} from './protocol.js';
import { applyStatePatch } from './state-patch.js';
import { contentHeight } from './height-reporter.js';

/** While playing, step and cost reports go out at most this often (4 a second). */
export const REPORT_INTERVAL_MS = 250;
/** The most steps one `step` command may ask for. */
export const MAX_STEP_COUNT = 1000;
const LAB_EVENTS = ['play', 'pause', 'advance', 'report', 'reset', 'state'];

/** @typedef {import('../labs/shared/lab-controller.js').LabController} LabController */

/**
 * Calls `send` at most once per interval; the last value held back goes out at the end of it.
 */
class Throttle {
  /** @param {number} interval @param {() => void} send */
  constructor(interval, send) {
    this.interval = interval;
    this.send = send;
    this.last = -Infinity;
    this.timer = 0;
  }

  request() {
    if (this.timer) return;
    const wait = this.last + this.interval - performance.now();
    if (wait <= 0) this.flush();
    else this.timer = window.setTimeout(() => this.flush(), wait);
  }

  flush() {
    this.cancel();
    this.last = performance.now();
    this.send();
  }

  cancel() {
    window.clearTimeout(this.timer);
    this.timer = 0;
  }
}

export class LabMessages {
  /**
   * @param {{ labId: string, query: URLSearchParams, language: () => string }} options
   */
  constructor({ labId, query, language }) {
    this.labId = labId;
    this.language = language;
    this.parent = window.parent;
    const parent = parentOrigin({
      ancestorOrigins: location.ancestorOrigins,
      referrer: document.referrer,
    });
    const { allowed, problems } = allowedOrigins(query.get('origin'), parent);
    for (const problem of problems) console.warn(`Descent embed: ${problem}`);
    this.allowed = allowed;
    this.target = reportTarget(allowed, parent);
    /** @type {LabController | null} */
    this.controller = null;
    this.unsubscribe = () => {};
    this.stepThrottle = new Throttle(REPORT_INTERVAL_MS, () => this.reportStep());
    this.stateThrottle = new Throttle(REPORT_INTERVAL_MS, () => this.reportState());
    this.onMessage = (event) => this.receive(event);
    window.addEventListener('message', this.onMessage);
  }

  /** Binds to a (newly mounted) controller; the first one announces `ready`. */
  attach(controller) {
    const first = this.controller === null;
    this.unsubscribe();
    this.controller = controller;
    const listener = (event) => this.forward(/** @type {CustomEvent} */ (event).detail);
    for (const type of LAB_EVENTS) controller.events.addEventListener(type, listener);
    this.unsubscribe = () => {
      for (const type of LAB_EVENTS) controller.events.removeEventListener(type, listener);
    };
    if (first) this.post('ready', this.snapshot());
    else this.reportState();
  }

  /** @param {import('../labs/shared/lab-controller.js').LabEvent} detail */
  forward(detail) {
    const { type } = detail;
    if (type === 'advance') {
      // While playing, a few reports a second; a single step goes out at once.
      if (this.controller?.playing) this.stepThrottle.request();
      else this.stepThrottle.flush();
    } else if (type === 'state') {
      this.stateThrottle.request();
    } else if (type === 'report') {
      this.post('report', { text: detail.report.text, kind: detail.report.kind });
    } else {
      if (type === 'pause' && this.stepThrottle.timer) this.stepThrottle.flush();
      this.post(type, { summary: detail.summary });
    }
  }

  reportStep() {
    const summary = this.controller?.summary() ?? null;
    this.post('step', { summary });
    if (summary) this.post('cost', { step: summary.step, cost: summary.cost });
  }

  reportState() {
    if (!this.controller) return;
    this.post('state', { params: this.params(), summary: this.controller.summary() });
  }

  /** The lab's state as URL parameters (what setState's params take). */
  params() {
    const { definition, state } = this.controller;
    return definition.state.toQuery(state).toString();
  }

  /** What `read` answers and `ready` announces. */
  snapshot() {
    const controller = this.controller;
    return {
      lab: this.labId,
      language: this.language(),
      params: this.params(),
      playing: controller.playing,
      summary: controller.summary(),
      height: contentHeight(),
    };
  }

  /** @param {number} height */
  postHeight(height) {
    // The height alone tells nothing about the lab: it may go to an unknown parent, so that
    // auto-sizing works even where the parent's origin is hidden.
    this.parent.postMessage(message('height', { height }), this.target ?? '*');
  }

  /** A report to the host; nothing when no allowed origin is known. */
  post(type, fields = {}) {
    if (this.target === null) return;
    this.parent.postMessage(message(type, fields), this.target);
  }

  /** @param {MessageEvent} event */
  receive(event) {
    if (!isProtocolMessage(event.data)) return;
    if (event.source !== this.parent || this.parent === window) return;
    if (!originAllowed(this.allowed, event.origin)) {
      const allowed = this.allowed.join(', ') || 'none known';
      console.warn(`Descent embed: ignored a command from ${event.origin} (allowed: ${allowed})`);
      return;
    }
    const request = /** @type {Record<string, any>} */ (event.data);
    const id = request.id ?? null;
    try {
      const result = this.obey(request);
      this.reply(event.origin, { id, ok: true, result });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.reply(event.origin, { id, ok: false, error: text });
    }
  }

  /** Answers the origin that asked (it is allowed: it passed receive's check). */
  reply(origin, fields) {
    this.parent.postMessage(message('reply', fields), origin === 'null' ? '*' : origin);
  }

  /** Runs one command; returns its result or throws why it was refused. */
  obey(request) {
    const controller = this.controller;
    const { type } = request;
    if (!HOST_COMMANDS.includes(type)) {
      throw new Error(`unknown command "${type}"; the commands: ${HOST_COMMANDS.join(', ')}`);
    }
    if (!controller) throw new Error('the lab is still loading; wait for "ready"');
    if (type === 'read') return this.snapshot();
    if (type === 'setState') {
      applyStatePatch(controller, this.labId, request);
      return this.snapshot();
    }
    if (type === 'step') {
      const count = request.count ?? 1;
      if (!Number.isInteger(count) || count < 1 || count > MAX_STEP_COUNT) {
        throw new Error(`step count must be a whole number from 1 to ${MAX_STEP_COUNT}`);
      }
      if (count === 1) controller.run('step');
      else {
        controller.pause();
        controller.advance(count); // one call into the core, one report
      }
    } else {
      controller.run(type);
    }
    if (type === 'play' && !controller.playing) {
      throw new Error('the run has stopped (converged, diverged or out of steps): reset first');
    }
    return { playing: controller.playing, summary: controller.summary() };
  }

  dispose() {
    this.unsubscribe();
    this.stepThrottle.cancel();
    this.stateThrottle.cancel();
    window.removeEventListener('message', this.onMessage);
  }
}
