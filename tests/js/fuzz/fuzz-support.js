// What every property of the fuzz tier shares (docs/robustness.md): the run counts and seed,
// the engine's footprint (wasm stack, heap, Embind handles and live C++ objects), the checks
// that a refusal is a readable Error and that a result holds no NaN unless its run diverged,
// and a per-case time limit.
import { performance } from 'node:perf_hooks';
import { EngineError } from '../../../web/src/engine/refusal.js';

/**
 * DESCENT_FUZZ_SCALE multiplies every property's case count (the long run of `npm run fuzz`
 * sets it); DESCENT_FUZZ_SEED replays another seed (a failure prints its seed and path).
 */
const scale = Number(process.env.DESCENT_FUZZ_SCALE);
export const FUZZ_SCALE = scale > 0 ? scale : 1;
export const FUZZ_SEED = Number(process.env.DESCENT_FUZZ_SEED) || 20261130;

/**
 * fast-check parameters for a property with `runs` cases at scale 1.
 * @param {number} runs
 */
export function fuzzParameters(runs) {
  return {
    numRuns: Math.max(1, Math.round(runs * FUZZ_SCALE)),
    seed: FUZZ_SEED,
    endOnFailure: true,
  };
}

/** A test's own time limit: its cases at this scale, with room for a loaded machine. */
export function testTimeout(runs, msPerCase) {
  return Math.max(60_000, Math.round(runs * FUZZ_SCALE * msPerCase * 4));
}

/**
 * One case may take at most this long: a case that runs longer is a hang (the inputs are kept
 * small enough that a correct run takes a fraction of it, even on a loaded 2-core machine).
 */
export const CASE_LIMIT_MS = 15_000;

/**
 * Runs `work` and fails when it took longer than `limitMs`. The wasm calls are synchronous, so a
 * true endless loop cannot be interrupted here: scripts/test.mjs runs this tier under a time
 * limit of its own, and a case that is merely slow fails here with its input.
 * @template T
 * @param {() => T} work
 * @param {string} what
 * @param {number} [limitMs]
 * @returns {T}
 */
export function withinTime(work, what, limitMs = CASE_LIMIT_MS) {
  const start = performance.now();
  /** @type {{ value?: T, error?: unknown, threw: boolean }} */
  let outcome;
  try {
    outcome = { value: work(), threw: false };
  } catch (error) {
    outcome = { error, threw: true };
  }
  const elapsed = performance.now() - start;
  if (elapsed > limitMs) {
    throw new Error(`hang: ${what} took ${Math.round(elapsed)} ms (limit ${limitMs} ms)`);
  }
  if (outcome.threw) throw outcome.error;
  return outcome.value;
}

/**
 * Lets the event loop turn between cases: a property runs for minutes, and Vitest's worker must
 * still answer its runner (a worker silent for a minute is reported as an error).
 * @returns {Promise<void>}
 */
export const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Counts the engine's C++ objects still alive: every Embind handle made by a module-level
 * `create*` function or a `make*` method is recorded; one not deleted after a case leaked.
 * @param {any} core the instantiated module
 */
export function trackObjects(core) {
  /** @type {Set<{ isDeleted(): boolean }>} */
  const handles = new Set();
  const record = (handle) => {
    if (handle && typeof handle.isDeleted === 'function') handles.add(handle);
    return handle;
  };
  const wrap = (owner, name) => {
    const original = owner[name];
    owner[name] = function recorded(...args) {
      return record(original.apply(this, args));
    };
  };
  for (const name of Object.keys(core)) {
    const value = core[name];
    if (typeof value !== 'function') continue;
    if (name.startsWith('create')) wrap(core, name);
    const prototype = value.prototype;
    if (prototype && typeof prototype.isDeleted === 'function') {
      for (const method of Object.getOwnPropertyNames(prototype)) {
        if (method.startsWith('make')) wrap(prototype, method);
      }
    }
  }
  return {
    /** @returns {number} handles made and not yet deleted */
    live() {
      for (const handle of handles) if (handle.isDeleted()) handles.delete(handle);
      return handles.size;
    },
  };
}

/**
 * What a leaking call would move: the wasm stack pointer, the live Embind value handles and the
 * live C++ objects (exact), and the heap's size (memory only grows; see sameHeapOnReplay).
 * @param {any} core
 * @param {{ live(): number }} objects
 */
export function footprint(core, objects) {
  return {
    stack: core.stackSave(),
    handles: core.count_emval_handles(),
    objects: objects.live(),
    pendingRefusal: core.takeRefusal() !== undefined,
  };
}

/**
 * Fails, naming the input, when a case moved the footprint.
 * @param {ReturnType<typeof footprint>} before
 * @param {ReturnType<typeof footprint>} after
 * @param {Input} input
 */
export function assertSameFootprint(before, after, input) {
  const moved = Object.keys(before).filter((key) => before[key] !== after[key]);
  if (moved.length === 0) return;
  const changes = moved.map((key) => `${key} ${before[key]} → ${after[key]}`).join(', ');
  throw new Error(`a case leaked: ${changes}\n  input: ${inputText(input)}`);
}

/** @param {any} core */
export const heapBytes = (core) => core.HEAP8.buffer.byteLength;

/** @typedef {string | (() => string)} Input the input of a case, or how to write it out */

/** @param {Input} input @returns {string} its first 500 characters */
export const inputText = (input) => (typeof input === 'function' ? input() : input).slice(0, 500);

/** Error classes that mean a crash in our code, not a refusal of the input. */
const CRASHES = [TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];

/** The longest message a refusal may have (values are quoted to ~60 characters). */
export const MAX_MESSAGE_LENGTH = 400;

/**
 * Asserts that `error` is a refusal: an Error (or EngineError) with a short readable message,
 * not a crash (TypeError, a wasm trap, …). Returns the message.
 * @param {unknown} error
 * @param {Input} input what was given, for the failure message
 */
export function assertRefusal(error, input) {
  const where = `\n  input: ${inputText(input)}`;
  if (!(error instanceof Error)) throw new Error(`threw a non-Error ${String(error)}${where}`);
  const isTrap = error instanceof WebAssembly.RuntimeError;
  const crash = CRASHES.find((kind) => error instanceof kind);
  if (isTrap || crash) {
    throw new Error(`crashed with ${error.name}: ${error.message}${where}`, { cause: error });
  }
  if (error.constructor !== Error && !(error instanceof EngineError)) {
    throw new Error(`threw an unexpected ${error.name}: ${error.message}${where}`);
  }
  const { message } = error;
  if (message.trim().length === 0) throw new Error(`a refusal without a message${where}`);
  if (message.length > MAX_MESSAGE_LENGTH) {
    throw new Error(`a ${message.length}-character refusal: ${message.slice(0, 200)}…${where}`);
  }
  return message;
}

/**
 * Paths of the numbers in `value` that are NaN or infinite, with the object that holds the
 * nearest `stopReason` (a run's own result: the whole result, or one Valley racer).
 * @param {unknown} value
 * @returns {{ path: string, owner: any }[]}
 */
export function nonFiniteNumbers(value) {
  /** @type {{ path: string, owner: any }[]} */
  const found = [];
  const walk = (node, path, owner) => {
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) found.push({ path, owner });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (ArrayBuffer.isView(node)) {
      const numbers = /** @type {ArrayLike<number>} */ (/** @type {unknown} */ (node));
      for (let i = 0; i < numbers.length; i++) walk(numbers[i], `${path}[${i}]`, owner);
      return;
    }
    const next = 'stopReason' in node ? node : owner;
    for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`, next);
  };
  walk(value, '$', null);
  return found;
}

/**
 * Asserts that every NaN or infinity in a run's result belongs to a run that diverged.
 * @param {unknown} result
 * @param {Input} input
 */
export function assertFiniteUnlessDiverged(result, input) {
  for (const { path, owner } of nonFiniteNumbers(result)) {
    if (owner?.stopReason === 'diverged') continue;
    const reason = owner ? `stopReason ${JSON.stringify(owner.stopReason)}` : 'no stopReason';
    throw new Error(`non-finite number at ${path} with ${reason}\n  input: ${inputText(input)}`);
  }
}
