// Animation frames that run only when a test says so (the lab tests' stand-in for the browser's
// requestAnimationFrame).
import { vi } from 'vitest';

/**
 * Replaces requestAnimationFrame and cancelAnimationFrame (undo with vi.unstubAllGlobals()).
 * @returns {{ pending: () => number, run: (count: number) => void }}
 */
export function manualFrames() {
  const frames = new Map();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (callback) => {
    frames.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle) => frames.delete(handle));
  return {
    pending: () => frames.size,
    run(count) {
      for (let k = 0; k < count; k++) {
        const due = [...frames.values()];
        frames.clear();
        for (const callback of due) callback(performance.now());
      }
    },
  };
}
