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

/** Parses [--quick] [--reps N] [--only NAME] [--wall]. @returns {BenchOptions} */
export function parseArgs(args, impl) {
  const options = { quick: false, reps: 5, only: '', impl, minSeconds: 0.25 };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--quick') options.quick = true;
    else if (args[i] === '--reps') options.reps = Math.max(1, Number(args[++i]) || 1);
    else if (args[i] === '--only') options.only = args[++i];
    else if (args[i] === '--wall') wallClock = true;
    else throw new Error(`unknown argument ${args[i]}`);
  }
  if (options.quick) {
    options.reps = 1;
    options.minSeconds = 0.05;
  }
  return options;
}

/**
 * Seconds of CPU time of this process (user + system), or wall time with --wall; see Now() in
 * bench/native/bench_main.cc for why CPU time is the default.
 */
let wallClock = false;
export function now() {
  if (wallClock) return performance.now() / 1000;
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/**
 * Warms up for half the measuring time (at least one call), then calls body in groups of at
 * least ~2 ms for at least minSeconds; returns units/s. Mirrors Rate() of the C++ harness.
 */
export function rate(body, units, minSeconds) {
  const warmStart = now();
  let warmCalls = 0;
  do {
    body();
    warmCalls++;
  } while (now() - warmStart < 0.5 * minSeconds);
  const perCall = (now() - warmStart) / warmCalls;
  const group = Math.max(1, Math.floor(0.002 / Math.max(perCall, 1e-9)));
  let calls = 0;
  const start = now();
  let elapsed;
  do {
    for (let i = 0; i < group; i++) body();
    calls += group;
    elapsed = now() - start;
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
