// The log-axis ticks every lab's line chart uses (Chart.js's own left a cost falling through
// thirty decades without a single labelled tick).
import { describe, expect, it } from 'vitest';
import { logTicks } from '../../web/src/views/line-chart.js';

const values = (min, max) => logTicks(min, max).map((t) => t.value);

describe('logTicks', () => {
  it('thins powers of ten to about six over thirty decades', () => {
    expect(values(1.2e-29, 150)).toEqual([1e-24, 1e-18, 1e-12, 1e-6, 1]);
  });

  it('uses every power of ten over four to six decades', () => {
    expect(values(2e-5, 3)).toEqual([1e-4, 1e-3, 0.01, 0.1, 1]);
  });

  it('uses 1-2-5 steps over one to three decades', () => {
    expect(values(0.03, 2)).toEqual([0.05, 0.1, 0.2, 0.5, 1, 2]);
  });

  it('uses even linear steps inside one decade, all inside the range', () => {
    const ticks = values(0.28, 0.7);
    expect(ticks).toEqual([0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('keeps every tick inside [min, max]', () => {
    for (const [min, max] of [
      [3e-7, 4e2],
      [0.011, 0.99],
      [5, 5000],
      [1e-300, 1e-290],
    ]) {
      for (const v of values(min, max)) {
        expect(v).toBeGreaterThanOrEqual(min * (1 - 1e-9));
        expect(v).toBeLessThanOrEqual(max * (1 + 1e-9));
      }
      expect(values(min, max).length).toBeGreaterThan(0);
    }
  });
});
