// Timing helpers shared by the JavaScript benchmark programs; they mirror Rate, Median and
// Report of bench/native/bench_main.cc so that every implementation is measured the same way.
import { performance } from 'node:perf_hooks';

/**
 * @typedef {object} BenchOptions
 * @property {boolean} quick
 * @property {number} reps
 * @property {string} only
 * @property {string} impl
 * @property {number} minSeconds
 */

/** Parses [--quick] [--reps N] [--only NAME]. @returns {BenchOptions} */
export function parseArgs(args, impl) {
  const options = { quick: false, reps: 5, only: '', impl, minSeconds: 0.25 };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--quick') options.quick = true;
    else if (args[i] === '--reps') options.reps = Math.max(1, Number(args[++i]) || 1);
    else if (args[i] === '--only') options.only = args[++i];
    else throw new Error(`unknown argument ${args[i]}`);
  }
  if (options.quick) {
    options.reps = 1;
    options.minSeconds = 0.05;
  }
  return options;
}

/** Warms up, then calls body repeatedly for at least minSeconds; returns units/s. */
export function rate(body, units, minSeconds) {
  // Warm-up for half the measuring time (at least one call), as the C++ harness does.
  const warmStart = performance.now();
  do body();
  while (performance.now() - warmStart < 500 * minSeconds);
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    body();
    calls++;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < minSeconds);
  return (units * calls) / elapsed;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
}

/** Prints one JSON line; perMs reports 1000/rate (milliseconds per unit). */
export function report(options, workload, name, unit, rates, perMs, check) {
  const values = rates.map((r) => (perMs ? 1000 / r : r));
  const line = {
    workload,
    case: name,
    impl: options.impl,
    unit,
    better: perMs ? 'lower' : 'higher',
    value: median(values),
    runs: values,
    check,
  };
  console.log(JSON.stringify(line));
}
