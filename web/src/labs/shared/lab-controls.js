// The controls every lab shares: the run buttons, the message line and the file buttons. The
// controller builds them once; each lab's panels place them where its layout wants them.
// Every control is registered under a name (the state's field name for a setting): this is the
// one place later features look controls up (hide/lock by name, keyboard shortcuts, embed mode).
import { buttonControl, el } from '../controls.js';
import { fileInput } from './file-export.js';

/**
 * The i18n keys of the shared controls; a lab may replace a label with its own wording
 * (LabDefinition.labels), never the action behind it.
 */
const LABELS = {
  play: 'run.play',
  pause: 'run.pause',
  step: 'run.step',
  reset: 'run.reset',
  exportScenario: 'files.exportScenario',
  importScenario: 'files.importScenario',
  exportPng: 'files.exportPng',
  exportCsv: 'files.exportCsv',
};

/** 'exportPng' -> 'export-png': the data-testid of a named control. @param {string} name */
export function testidOf(name) {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * @typedef {object} SharedActions
 * @property {() => void} play toggles play/pause
 * @property {() => void} step
 * @property {() => void} reset
 * @property {() => void} exportScenario
 * @property {(file: File) => void} importFile
 * @property {() => void} exportPng
 * @property {() => void} exportCsv
 */

export class LabControls {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {SharedActions} actions
   * @param {Partial<Record<keyof LABELS, string>>} [labels] a lab's own i18n keys for labels
   * @param {import('./lab-trim.js').LabTrim | null} [trim] the names the page's hide= and
   *   lock= ask for: applied to every control as it is registered (again after a re-render)
   */
  constructor(t, actions, labels = {}, trim = null) {
    this.t = t;
    this.labels = { ...LABELS, ...labels };
    this.trim = trim;
    /** @type {Map<string, HTMLElement>} */
    this.byName = new Map();
    this.play = this.button('play', actions.play, 'primary');
    this.step = this.button('step', actions.step);
    this.reset = this.button('reset', actions.reset);
    this.importInput = fileInput(
      { accept: '.json,application/json', testid: 'import-file', hidden: true },
      actions.importFile,
    );
    this.exportScenario = this.button('exportScenario', actions.exportScenario);
    this.importScenario = this.button('importScenario', () => this.importInput.click());
    this.exportPng = this.button('exportPng', actions.exportPng);
    this.exportCsv = this.button('exportCsv', actions.exportCsv);
    this.message = this.register(
      'message',
      el('p', {
        className: 'message',
        testid: 'message',
        role: 'status',
      }),
    );
  }

  /**
   * A button registered under `name`, labelled by the lab's key for it or by the shared one.
   * @param {string} name @param {() => void} onClick @param {string} [className]
   */
  button(name, onClick, className = '') {
    const text = this.t(this.labels[name] ?? name);
    return this.register(name, buttonControl({ text, testid: testidOf(name), onClick, className }));
  }

  /**
   * Makes a control findable by name (a shared action, a state field or a panel: the hide/lock
   * names of state/trim-names.js) and hides or locks it when the page asks. A name may have
   * several elements (a field edited in two places); the last one registered is `get`'s.
   * @template {Element} E @param {string} name @param {E} element @returns {E}
   */
  register(name, element) {
    this.byName.set(name, /** @type {any} */ (element));
    this.trim?.apply(name, element);
    return element;
  }

  /** @param {string} name @returns {HTMLElement | undefined} */
  get(name) {
    return this.byName.get(name);
  }

  /** Whether the page locked `name` (lock=). @param {string} name */
  isLocked(name) {
    return this.trim?.isLocked(name) ?? false;
  }

  /** The run buttons in one row, with a lab's extra buttons after Step. @param {Node[]} extra */
  runRow(...extra) {
    return el('div', { className: 'buttons run-row' }, [
      this.play,
      this.step,
      ...extra,
      this.reset,
    ]);
  }

  /** The file buttons (and the hidden file input) in one row. @param {Node[]} extra first */
  fileRow(...extra) {
    return el('div', { className: 'buttons' }, [
      ...extra,
      this.exportScenario,
      this.importScenario,
      this.exportPng,
      this.exportCsv,
      this.importInput,
    ]);
  }

  /** The file buttons in two short rows (scenario; image and data) for a narrow panel. */
  fileRows() {
    return [
      el('div', { className: 'buttons' }, [
        this.exportScenario,
        this.importScenario,
        this.importInput,
      ]),
      el('div', { className: 'buttons' }, [this.exportPng, this.exportCsv]),
    ];
  }

  /** @param {boolean} playing */
  setPlaying(playing) {
    this.play.textContent = this.t(this.labels[playing ? 'pause' : 'play']);
  }

  /** Shows why a run stopped or what was refused; '' clears it. */
  setMessage(text, kind = 'info') {
    this.message.textContent = text;
    this.message.dataset.kind = kind;
  }

  /** @returns {string} the message shown now */
  messageText() {
    return this.message.textContent ?? '';
  }
}
