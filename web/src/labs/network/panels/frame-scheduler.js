// Runs a long computation a slice at a time across animation frames, so the page never blocks
// for longer than a frame's budget. The work function does one slice and says how far it got.

/**
 * @typedef {object} SlicedJob
 * @property {() => void} cancel stops before the next slice
 * @property {Promise<boolean>} done true when finished, false when cancelled
 */

/**
 * @param {(budgetMs: number) => { done: number, total: number }} work does at least one unit
 *   and about budgetMs of work; returns progress
 * @param {{ budgetMs?: number, onProgress?: (done: number, total: number) => void,
 *   requestFrame?: (callback: () => void) => unknown, now?: () => number }} [options]
 * @returns {SlicedJob}
 */
export function runSliced(work, options = {}) {
  const {
    budgetMs = 12,
    onProgress = () => {},
    requestFrame = (callback) => globalThis.requestAnimationFrame(callback),
  } = options;
  let cancelled = false;
  /** @type {(finished: boolean) => void} */
  let resolve = () => {};
  /** @type {(error: unknown) => void} */
  let reject = () => {};
  const done = new Promise((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  const frame = () => {
    if (cancelled) return resolve(false);
    try {
      const progress = work(budgetMs);
      onProgress(progress.done, progress.total);
      if (progress.done >= progress.total) return resolve(true);
    } catch (error) {
      return reject(error);
    }
    requestFrame(frame);
  };
  requestFrame(frame);
  return {
    cancel() {
      cancelled = true;
    },
    done,
  };
}

/**
 * How many more units fit in the budget, from the time the last unit took. At least one, so
 * a slow unit still makes progress; at most `remaining`.
 */
export function unitsForBudget(budgetMs, msPerUnit, remaining) {
  if (!(msPerUnit > 0)) return Math.min(remaining, 1);
  return Math.max(1, Math.min(remaining, Math.floor(budgetMs / msPerUnit)));
}

/**
 * Sizes the chunks of a sliced job from the time earlier chunks took. One fast chunk (warm
 * caches, a quiet machine) must not make the next one huge: a chunk grows to at most twice the
 * last, and the time per unit follows slowdowns at once but speed-ups only halfway.
 * @param {number} firstChunk units in the first chunk, before any timing is known
 */
export function createChunkSizer(firstChunk) {
  let msPerUnit = 0;
  let last = 0;
  return {
    /** Units for the next chunk: at least one, at most `remaining`. */
    next(budgetMs, remaining) {
      if (!(msPerUnit > 0)) return Math.max(1, Math.min(firstChunk, remaining));
      return Math.min(2 * last, unitsForBudget(budgetMs, msPerUnit, remaining));
    },
    /** Records that `units` took `elapsedMs`. */
    record(units, elapsedMs) {
      if (!(units > 0)) return;
      const measured = elapsedMs / units;
      msPerUnit = msPerUnit > 0 ? Math.max(measured, 0.5 * (msPerUnit + measured)) : measured;
      last = units;
    },
  };
}
