// hide= and lock= applied to a lab's page: every element registered under a name
// (LabControls.register) that the class hid is taken off the page with its label; one it locked
// stays visible but cannot be used (disabled, or inert for a panel) and says so in the page's
// language. The state keeps every value: a hidden field keeps the value the URL gave it.
// Locked fields are also guarded where the state changes (LabController.change), so that no
// other path (a click on a plot, the keyboard) can change them.
import './lab-trim.css';

/** Elements that `disabled` switches off; anything else is made inert. */
const FORM_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'FIELDSET']);

export class LabTrim {
  /**
   * @param {import('../../state/trim-names.js').TrimRequest} request
   * @param {(key: string, params?: object) => string} t
   */
  constructor(request, t) {
    this.hidden = new Set(request.hide);
    this.locked = new Set(request.lock);
    this.unknown = request.unknown;
    this.hint = t('trim.locked');
  }

  /**
   * Hides or locks `element` if its name is listed.
   * @param {string} name @param {Element} element
   */
  apply(name, element) {
    if (this.hidden.has(name)) hideElement(element);
    else if (this.locked.has(name)) lockElement(element, this.hint);
  }

  /** @param {string} name */
  isLocked(name) {
    return this.locked.has(name);
  }

  /**
   * The first locked name whose value `patch` would change, or null. A group's member field
   * (`racers.learningRate`) is locked in every member.
   * @param {Record<string, any>} patch @param {Record<string, any>} state
   * @returns {string | null}
   */
  lockedIn(patch, state) {
    for (const name of this.locked) {
      const [key, member] = name.split('.');
      if (!(key in patch)) continue;
      if (member === undefined) {
        if (!sameValue(patch[key], state[key])) return name;
        continue;
      }
      const before = Array.isArray(state[key]) ? state[key] : [];
      const after = Array.isArray(patch[key]) ? patch[key] : [];
      const changed = after.some((entry, i) => !sameValue(entry?.[member], before[i]?.[member]));
      if (changed || after.length !== before.length) return name;
    }
    return null;
  }
}

/** Values compared as the URL would write them (arrays and objects by content). */
function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** @param {Element} element */
function hideElement(element) {
  element.setAttribute('data-trim', 'hidden');
}

/** @param {Element} element @param {string} hint */
function lockElement(element, hint) {
  element.setAttribute('data-trim', 'locked');
  element.setAttribute('title', hint);
  element.setAttribute('aria-disabled', 'true');
  if (FORM_TAGS.has(element.tagName)) {
    /** @type {HTMLInputElement} */ (element).disabled = true;
  } else {
    element.setAttribute('inert', '');
  }
  // The label around a control shows the hint in words; it is found once the control is placed
  // (the labs build a control, register it, then wrap it, all in one task).
  queueMicrotask(() => {
    const wrapper = element.parentElement?.closest('.control');
    if (!wrapper) return;
    wrapper.setAttribute('data-locked-hint', hint);
    wrapper.setAttribute('title', hint);
  });
}

/**
 * Hides or locks the page's own parts (the language selector, the navigation) named in
 * `trim`; the page keeps working around them.
 * @param {Document} document @param {LabTrim} trim
 */
export function trimPage(document, trim) {
  const language = document.querySelector('[data-testid="language"]');
  const parts = {
    language: language?.closest('label') ?? language,
    nav: document.querySelector('[data-testid="lab-nav"]'),
  };
  for (const [name, element] of Object.entries(parts)) {
    if (!element) continue;
    // The language selector itself is what a lock disables.
    const target = name === 'language' && trim.isLocked(name) ? language : element;
    if (target) trim.apply(name, target);
  }
}
