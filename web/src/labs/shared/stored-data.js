// Imported data too long for a URL, kept in the browser's localStorage under the SHA-256 of its
// content, so that the URL's reference (`#sha256:…`, state/data-reference.js) reloads it. The
// store never fails silently: save says whether the text was kept, and why not.
import { sha256Hex } from '../../state/data-reference.js';

/** Keys of stored texts: the prefix, then the 64 hex digits of their hash. */
export const STORAGE_PREFIX = 'descent.data.';
/** How many texts the store keeps; saving one more drops the least recently saved. */
export const MAX_STORED_TEXTS = 8;
const INDEX_KEY = `${STORAGE_PREFIX}index`;

/**
 * Whether a text was kept, under which hash, and why not (storage blocked, or full).
 * @typedef {{ ok: boolean, hash: string, reason?: 'unavailable' | 'full' }} SaveResult
 */

/** The page's localStorage, or null where it is missing or blocked (privacy settings). */
export function browserStorage() {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null; // reading localStorage throws a SecurityError when storage is blocked
  }
}

export class DataStore {
  /** @param {Storage | null} storage */
  constructor(storage) {
    this.storage = storage;
  }

  /**
   * The text stored under `hash`, or null when it is not here (or no longer matches its hash).
   * @param {string} hash
   * @returns {string | null}
   */
  load(hash) {
    let text;
    try {
      text = this.storage?.getItem(STORAGE_PREFIX + hash) ?? null;
    } catch {
      return null; // blocked storage reads as "not here"
    }
    return text !== null && sha256Hex(text) === hash ? text : null;
  }

  /**
   * Keeps `text` under its hash. When storage is full, older texts are dropped (least recently
   * saved first) until it fits or none is left.
   * @param {string} text @param {string} [hash] its SHA-256, when known
   * @returns {SaveResult}
   */
  save(text, hash = sha256Hex(text)) {
    if (!this.storage) return { ok: false, hash, reason: 'unavailable' };
    const index = this.index().filter((entry) => entry !== hash);
    for (;;) {
      try {
        if (this.storage.getItem(STORAGE_PREFIX + hash) !== text) {
          this.storage.setItem(STORAGE_PREFIX + hash, text);
        }
        index.push(hash);
        this.drop(index.splice(0, Math.max(0, index.length - MAX_STORED_TEXTS)));
        this.writeIndex(index);
        return { ok: true, hash };
      } catch (error) {
        if (!isQuotaError(error)) return { ok: false, hash, reason: 'unavailable' };
        if (index.length === 0) return { ok: false, hash, reason: 'full' };
        this.drop(index.splice(0, 1));
      }
    }
  }

  /** The hashes of the stored texts, least recently saved first. @returns {string[]} */
  index() {
    try {
      const list = JSON.parse(this.storage?.getItem(INDEX_KEY) ?? '[]');
      return Array.isArray(list) ? list.filter((h) => /^[0-9a-f]{64}$/.test(h)) : [];
    } catch {
      return [];
    }
  }

  /** @param {string[]} hashes */
  drop(hashes) {
    for (const hash of hashes) this.storage?.removeItem(STORAGE_PREFIX + hash);
  }

  /** @param {string[]} index */
  writeIndex(index) {
    try {
      this.storage?.setItem(INDEX_KEY, JSON.stringify(index));
    } catch {
      // The texts are stored; a lost index only means older ones are dropped later.
    }
  }
}

/** Whether an error from setItem means "storage is full" (names differ between browsers). */
function isQuotaError(error) {
  const name = /** @type {{ name?: string }} */ (error)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
