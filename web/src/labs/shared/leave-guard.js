// Leaving asks first when the page holds work its URL cannot bring back: imported data the
// browser could not keep, imported start weights, or weights trained since the last reset.
// A plain page (defaults, nothing run) leaves without a question.

/**
 * Registers the `beforeunload` check for a mounted lab. It ends by itself once the lab is
 * disposed (the language switch mounts a new one, with its own guard).
 * @param {{ disposed: boolean, hasUnsavedWork: () => boolean }} controller
 * @param {() => boolean} dataUnsaved whether imported data could not be kept
 * @param {EventTarget} [target] the window
 * @returns {(event: Event) => void} the listener (tests call it)
 */
export function guardLeaving(controller, dataUnsaved, target = globalThis) {
  const listener = (event) => {
    if (controller.disposed) {
      target.removeEventListener('beforeunload', listener);
      return;
    }
    if (!dataUnsaved() && !controller.hasUnsavedWork()) return;
    // Both are needed: preventDefault for the standard, returnValue for older Chromium.
    event.preventDefault();
    /** @type {any} */ (event).returnValue = '';
  };
  target.addEventListener('beforeunload', listener);
  return listener;
}
