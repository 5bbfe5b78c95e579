// The page's side of data too long for a URL: before the URL is read, each `#sha256:…`
// reference is replaced by the text this browser keeps for it; after every state change, the
// texts the new URL references are kept (stored-data.js), and a note under the message line says
// that the link reloads the data only in this browser, or that the data could not be kept.
import { dataReference, referencedHash } from '../../state/data-reference.js';

/**
 * The query with every reference this browser can resolve replaced by its text; the others are
 * left for the lab's URL reading, which says what it did without them.
 * @param {URLSearchParams} query @param {import('./stored-data.js').DataStore} store
 * @returns {{ query: URLSearchParams, restored: number }}
 */
export function restoreQuery(query, store) {
  const result = new URLSearchParams(query);
  let restored = 0;
  for (const [key, value] of query) {
    const hash = referencedHash(value);
    const text = hash ? store.load(hash) : null;
    if (text !== null) {
      result.set(key, text);
      restored++;
    }
  }
  return { query: result, restored };
}

/** The text among a state's fields that `reference` names, or null. */
function referencedText(state, reference) {
  for (const value of Object.values(state)) {
    if (typeof value === 'string' && value.length > 0 && dataReference(value) === reference) {
      return value;
    }
  }
  return null;
}

/**
 * Keeps the texts a lab's URL references and shows what that means for the link.
 */
export class DataKeeper {
  /**
   * @param {import('./stored-data.js').DataStore} store
   * @param {(key: string, params?: object) => string} t
   */
  constructor(store, t) {
    this.store = store;
    this.t = t;
    /** Whether the page holds data that neither the URL nor the browser's storage keeps. */
    this.unsaved = false;
    /** The hash saved last (a state change that keeps the same text does not save it again). */
    this.savedHash = '';
    this.element = document.createElement('p');
    this.element.className = 'message data-note';
    this.element.dataset.testid = 'data-note';
    this.element.hidden = true;
  }

  /**
   * Keeps what `query` references (the texts are in `state`) and updates the note.
   * @param {URLSearchParams} query the lab's URL fields for `state`
   * @param {Record<string, unknown>} state
   */
  keep(query, state) {
    const failures = [];
    let kept = 0;
    for (const [, value] of query) {
      const hash = referencedHash(value);
      const text = hash ? referencedText(state, value) : null;
      if (!hash || text === null) continue;
      if (hash === this.savedHash) {
        kept++;
        continue;
      }
      const saved = this.store.save(text, hash);
      if (saved.ok) {
        this.savedHash = hash;
        kept++;
      } else {
        failures.push({ length: text.length, reason: saved.reason ?? 'unavailable' });
      }
    }
    this.unsaved = failures.length > 0;
    this.show(kept, failures);
  }

  /** @param {number} kept @param {{ length: number, reason: string }[]} failures */
  show(kept, failures) {
    const { t } = this;
    const note = this.element;
    if (failures.length > 0) {
      const [{ length, reason }] = failures;
      note.textContent = t('data.notKept', {
        length: length.toLocaleString('en-US'),
        reason: t(`data.storage.${reason}`),
      });
      note.dataset.kind = 'error';
    } else if (kept > 0) {
      note.textContent = t('data.keptHere');
      note.dataset.kind = 'info';
    }
    note.hidden = failures.length === 0 && kept === 0;
  }

  /** Puts the note right under the lab's message line. @param {HTMLElement} message */
  place(message) {
    message.after(this.element);
  }
}
