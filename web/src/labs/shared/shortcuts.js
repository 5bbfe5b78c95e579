// Keyboard shortcuts, the same in every lab: Space play/pause, `.` or `s` one step, `r` reset,
// `[` / `]` learning rate down / up, `?` the help dialog. They go through the controller's
// command table (controller.run) and never fire while typing in a field or with Ctrl, Alt or
// Meta held, so the browser's and the screen reader's own keys keep working.
import { RACER_RANGES } from '../../state/valley-state.js';
import { LEARNING_RATES } from '../../state/network-state.js';
import { CLASSIFICATION_TABLE } from '../../state/classification-state.js';
import { REGRESSION_TABLE } from '../../state/regression-state.js';

/** The shortcut list the help dialog shows: keys as printed, and the i18n key of the action. */
export const SHORTCUTS = Object.freeze([
  { keys: ['Space'], action: 'a11y.key.toggle' },
  { keys: ['.', 's'], action: 'a11y.key.step' },
  { keys: ['r'], action: 'a11y.key.reset' },
  { keys: ['['], action: 'a11y.key.rateDown' },
  { keys: [']'], action: 'a11y.key.rateUp' },
  { keys: ['?'], action: 'a11y.key.help' },
  { keys: ['←', '↑', '→', '↓', 'Enter', 'Delete'], action: 'a11y.key.canvas' },
]);

/** @type {Record<string, string>} event.key -> a controller command */
const COMMAND_KEYS = { ' ': 'toggle', '.': 'step', s: 'step', r: 'reset' };
// One press of [ or ] scales a continuous rate by this (a log slider moves a visible notch).
const RATE_FACTOR = 2;

/** Whether a key press belongs to what has focus (typing, a button's own Space). */
function belongsToTarget(event) {
  const target = /** @type {HTMLElement | null} */ (event.target);
  if (!target || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return true;
  // A focused button, link or summary acts on Space or Enter itself.
  const activates = ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
  return activates && (event.key === ' ' || event.key === 'Enter');
}

/**
 * The learning-rate field of a lab's state, read from the lab's field table: how to read it, and
 * the patch that moves it one notch. Valley's rate is the focused racer's.
 * @param {string} labId @param {any} state @param {-1 | 1} direction
 * @returns {{ rate: number, patch: object } | null} null at the end of the range
 */
export function learningRatePatch(labId, state, direction) {
  if (labId === 'network') {
    const rates = LEARNING_RATES;
    const index = rates.findIndex((r) => r >= state.learningRate * (1 - 1e-9));
    const at = index < 0 ? rates.length - 1 : index;
    const next = direction > 0 && rates[at] > state.learningRate ? at : at + direction;
    if (next < 0 || next >= rates.length) return null;
    return { rate: rates[next], patch: { learningRate: rates[next] } };
  }
  if (labId === 'valley') {
    const racer = state.racers.find((r) => r.optimizer === state.focus);
    if (!racer) return null;
    const rate = scaled(racer.learningRate, direction, RACER_RANGES.learningRate);
    if (rate === null) return null;
    const racers = state.racers.map((r) => (r === racer ? { ...r, learningRate: rate } : r));
    return { rate, patch: { racers } };
  }
  const table = labId === 'classification' ? CLASSIFICATION_TABLE : REGRESSION_TABLE;
  const field = table.fields.find((f) => f.key === 'learningRate');
  if (!field) throw new Error(`The ${labId} lab has no learningRate field`);
  const rate = scaled(state.learningRate, direction, field);
  return rate === null ? null : { rate, patch: { learningRate: rate } };
}

/** @param {number} value @param {number} direction @param {{ min: number, max: number }} range */
function scaled(value, direction, range) {
  const next = direction > 0 ? value * RATE_FACTOR : value / RATE_FACTOR;
  const clamped = Number(Math.min(range.max, Math.max(range.min, next)).toPrecision(3));
  return clamped === value ? null : clamped;
}

/**
 * Listens for the shortcuts on the document while the lab is mounted.
 * @param {import('./lab-controller.js').LabController} controller
 * @param {{ openHelp: () => void, say: (text: string) => void }} page
 * @returns {() => void} removes the listener
 */
export function installShortcuts(controller, { openHelp, say }) {
  /** @param {KeyboardEvent} event */
  const onKey = (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
    if (belongsToTarget(event) || document.querySelector('dialog[open]')) return;
    if (event.key === '?') {
      event.preventDefault();
      openHelp();
      return;
    }
    if (event.shiftKey) return;
    const command = COMMAND_KEYS[event.key];
    if (command) {
      event.preventDefault();
      controller.run(command);
      return;
    }
    if (event.key === '[' || event.key === ']') {
      event.preventDefault();
      const id = controller.definition.id;
      const moved = learningRatePatch(id, controller.state, event.key === ']' ? 1 : -1);
      if (!moved) return;
      controller.change(moved.patch);
      say(controller.t('a11y.rate', { rate: moved.rate }));
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
