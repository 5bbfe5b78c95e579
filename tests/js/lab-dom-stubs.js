// Stand-ins for what happy-dom lacks when a real lab is mounted in a test: a 2-D context that
// accepts every call and draws nothing, on every canvas and OffscreenCanvas. (Chart.js is mocked
// in the test file itself: vi.mock must be hoisted there.)
import { vi } from 'vitest';

/** A 2-D context that accepts every call and draws nothing. */
export function silentContext(canvas) {
  const image = (w, h) => ({ data: new Uint8ClampedArray(Math.max(1, w * h * 4)), width: w });
  const special = {
    canvas,
    measureText: () => ({ width: 0, actualBoundingBoxAscent: 0, actualBoundingBoxDescent: 0 }),
    getImageData: (x, y, w, h) => image(w, h),
    createImageData: (w, h) => image(w, h),
    createLinearGradient: () => ({ addColorStop() {} }),
    createRadialGradient: () => ({ addColorStop() {} }),
    getTransform: () => ({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }),
  };
  const values = {};
  return new Proxy(values, {
    get: (_, key) => (key in special ? special[key] : key in values ? values[key] : () => {}),
    set: (_, key, value) => {
      values[key] = value;
      return true;
    },
  });
}

/** Every canvas draws into a silent context (undo with vi.restoreAllMocks, unstubAllGlobals). */
export function stubCanvases() {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function context() {
    return silentContext(this);
  });
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      constructor(width, height) {
        this.width = width;
        this.height = height;
      }
      getContext() {
        return silentContext(this);
      }
    },
  );
}

/** A chart stand-in with the methods the labs call. */
export class StubChart {
  constructor() {
    this.series = [];
    this.chart = { options: { scales: { y: { ticks: {} }, x: { ticks: {} } } }, update() {} };
  }
  setSeries(series) {
    this.series = series;
  }
  setLogScale() {}
  setLabels() {}
  dispose() {}
}

/**
 * A Storage in memory that holds at most `quota` characters (keys and values), throwing a
 * QuotaExceededError beyond, as the browser's localStorage does.
 */
export class MemoryStorage {
  constructor(quota = Infinity) {
    this.quota = quota;
    /** @type {Map<string, string>} */
    this.items = new Map();
  }
  used() {
    let total = 0;
    for (const [key, value] of this.items) total += key.length + value.length;
    return total;
  }
  getItem(key) {
    return this.items.has(key) ? /** @type {string} */ (this.items.get(key)) : null;
  }
  setItem(key, value) {
    const previous = this.items.get(key);
    const grown = this.used() - (previous ? key.length + previous.length : 0);
    if (grown + key.length + String(value).length > this.quota) {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.items.set(key, String(value));
  }
  removeItem(key) {
    this.items.delete(key);
  }
}
