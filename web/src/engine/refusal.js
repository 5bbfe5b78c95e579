// Refusals of the core arrive as values (cpp/bindings/refusal.h): no C++ exception and no JS
// Error crosses the wasm boundary, because either leaks wasm stack and the converted
// arguments. A binding that refuses records its message and returns a neutral value; the
// wrappers pass every result of a call that can refuse through `checked`, which asks the module
// for the pending message and throws it here, on the JS side, where nothing leaks.

/** A bad argument refused by the core; `message` says what and why, for a student to read. */
export class EngineError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'EngineError';
  }
}

/**
 * @typedef {<T>(result: T) => T} Checked returns `result`, or throws the refusal of the call
 *   that produced it
 */

/**
 * @param {{ takeRefusal(): string | undefined }} core the instantiated module
 * @returns {Checked}
 */
export function refusalCheck(core) {
  return (result) => {
    const message = core.takeRefusal();
    if (message !== undefined) throw new EngineError(message);
    return result;
  };
}
