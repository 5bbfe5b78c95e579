import { describe, expect, it } from 'vitest';
import {
  checkRows,
  pageOf,
  parameterLabel,
  sortRows,
  summarize,
  verdictClass,
} from '../../web/src/labs/network/panels/gradient-check-table.js';
import { runSliced, unitsForBudget } from '../../web/src/labs/network/panels/frame-scheduler.js';
import { colorAxis, finiteRange } from '../../web/src/views/landscape-map.js';

// 2-2-1 network: θ = w1_00 w1_01 w1_10 w1_11 b1_0 b1_1 w2_00 w2_01 b2_0 (9 parameters).
const result = {
  indices: [0, 1, 4, 6, 8],
  analytic: [0.5, -0.25, 1e-3, 2, 0],
  numeric: [0.5000000001, -0.2500001, 1.1e-3, 2, NaN],
  relativeError: [1e-10, 2e-7, 0.05, 0, NaN],
  verdict: ['right', 'suspicious', 'wrong', 'right', 'wrong'],
};

describe('gradient-check table', () => {
  it("colours by the core's verdict, and refuses one it does not know", () => {
    expect(verdictClass('right')).toBe('good');
    expect(verdictClass('suspicious')).toBe('warn');
    expect(verdictClass('wrong')).toBe('bad');
    expect(verdictClass('kink')).toBe('kink');
    expect(() => verdictClass('maybe')).toThrow(/unknown verdict "maybe"/);
  });

  it('names each parameter by layer, j and k (or bias)', () => {
    const rows = checkRows([2, 2, 1], result);
    expect(rows.map(parameterLabel)).toEqual(['W1[0,0]', 'W1[0,1]', 'b1[0]', 'W2[0,0]', 'b2[0]']);
    expect(rows.map((r) => r.verdict)).toEqual(['good', 'warn', 'bad', 'good', 'bad']);
  });

  it('summarises the worst parameter, counting NaN as worst', () => {
    const summary = summarize(checkRows([2, 2, 1], result));
    expect(summary.count).toBe(5);
    expect(parameterLabel(summary.worst)).toBe('b2[0]');
    expect(summary.counts).toEqual({ good: 2, warn: 1, bad: 2, kink: 0 });
    expect(summary.kind).toBe('bad');
    const finite = summarize(
      checkRows([2, 2, 1], { ...result, relativeError: [1e-10, 2e-7, 0.05, 0, 1e-9] }),
    );
    expect(finite.maxRelativeError).toBe(0.05);
    expect(parameterLabel(finite.worst)).toBe('b1[0]');
    expect(summarize([]).maxRelativeError).toBe(0);
  });

  it('judges by verdict, not by relative error: a floor-right or kink row never turns red', () => {
    // A 1e-9 gradient under round-off has a large relative error yet is right; a kink's
    // relative error is 1 yet is no error.
    const rows = checkRows([2, 2, 1], {
      indices: [0, 1, 2],
      analytic: [1e-9, 0, 0.5],
      numeric: [1.3e-9, 0.5, 0.5],
      relativeError: [0.13, 1, 0],
      verdict: ['right', 'kink', 'right'],
    });
    const summary = summarize(rows);
    expect(summary.kind).toBe('good');
    expect(summary.counts).toEqual({ good: 2, warn: 0, bad: 0, kink: 1 });
    expect(parameterLabel(summary.worst)).toBe('W1[0,0]');
  });

  it('sorts by any column either way, NaN as the largest, ties in θ order', () => {
    const rows = checkRows([2, 2, 1], result);
    expect(sortRows(rows, 'relativeError', true).map((r) => r.index)).toEqual([8, 4, 1, 0, 6]);
    expect(sortRows(rows, 'analytic', false).map((r) => r.index)).toEqual([1, 8, 4, 0, 6]);
    expect(sortRows(rows, 'parameter', true).map((r) => r.index)).toEqual([8, 6, 4, 1, 0]);
    expect(rows.map((r) => r.index)).toEqual([0, 1, 4, 6, 8]); // a copy: input untouched
    expect(() => sortRows(rows, 'nope', false)).toThrow(/Cannot sort by nope/);
  });

  it('pages, clipping the page number', () => {
    const rows = checkRows([2, 2, 1], result);
    expect(pageOf(rows, 0, 2)).toMatchObject({ page: 0, pages: 3 });
    expect(pageOf(rows, 9, 2).rows.map((r) => r.index)).toEqual([8]);
    expect(pageOf(rows, -1, 2).page).toBe(0);
    expect(pageOf([], 0, 2)).toMatchObject({ page: 0, pages: 1, rows: [] });
  });

  it('refuses mismatched arrays with a readable error', () => {
    expect(() => checkRows([2, 2, 1], { ...result, numeric: [1] })).toThrow(
      /numeric has 1 entries for 5 parameters/,
    );
    expect(() => checkRows([2, 2, 1], { ...result, indices: [0, 1, 4, 6, 9] })).toThrow(
      /outside 0..8/,
    );
  });
});

describe('frame scheduler', () => {
  it('runs slices on successive frames until done and reports progress', async () => {
    const frames = [];
    const progress = [];
    let done = 0;
    const job = runSliced(() => ({ done: ++done, total: 3 }), {
      requestFrame: (callback) => frames.push(callback),
      onProgress: (d, total) => progress.push(`${d}/${total}`),
    });
    expect(done).toBe(0); // nothing runs synchronously
    while (frames.length > 0) frames.shift()();
    expect(await job.done).toBe(true);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('stops when cancelled and reports errors', async () => {
    const frames = [];
    let calls = 0;
    const job = runSliced(() => ({ done: ++calls, total: 10 }), {
      requestFrame: (c) => frames.push(c),
    });
    frames.shift()();
    job.cancel();
    frames.shift()();
    expect(await job.done).toBe(false);
    expect(calls).toBe(1);
    const failing = runSliced(
      () => {
        throw new Error('boom');
      },
      { requestFrame: (c) => c() },
    );
    await expect(failing.done).rejects.toThrow('boom');
  });

  it('sizes slices to the budget, at least one unit', () => {
    expect(unitsForBudget(12, 0, 50)).toBe(1);
    expect(unitsForBudget(12, 2, 50)).toBe(6);
    expect(unitsForBudget(12, 100, 50)).toBe(1);
    expect(unitsForBudget(12, 0.01, 50)).toBe(50);
  });
});

describe('landscape colour axis', () => {
  it('ignores NaN (rows not yet computed) in the range', () => {
    expect(finiteRange([NaN, 2, 5, NaN, 3])).toEqual({ min: 2, max: 5 });
    expect(finiteRange([NaN])).toBeNull();
  });
  it('maps values to [0, 1] and back, linear and logarithmic', () => {
    for (const logScale of [false, true]) {
      const axis = colorAxis({ min: 0.2, max: 7 }, logScale);
      expect(axis.toT(0.2)).toBeCloseTo(0, 12);
      expect(axis.toT(7)).toBeCloseTo(1, 12);
      for (const v of [0.2, 0.5, 3, 7]) expect(axis.fromT(axis.toT(v))).toBeCloseTo(v, 10);
    }
    expect(colorAxis({ min: 1, max: 1 }, true).toT(1)).toBe(0.5);
  });
});
