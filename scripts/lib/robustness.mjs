// The robustness tiers (docs/robustness.md): the native GoogleTest suite under ASan + UBSan, the
// libFuzzer targets of cpp/fuzz, and the fast-check fuzz tier of Vitest. `npm test` runs short
// versions (scripts/test.mjs), `npm run fuzz` long ones (scripts/fuzz.mjs); each returns counts
// for the summary and figures for people.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { run, runCapture } from './run.mjs';

/** One clang build serves both: the core, the suite and the fuzz targets, all sanitized. */
export const SANITIZE_DIR = 'build/sanitize';
export const FUZZ_TARGETS = ['csv_fuzzer', 'option_fuzzer'];
/** Seeds committed with the targets; the corpus a run grows stays in the build folder. */
const SEED_DIRS = {
  csv_fuzzer: 'cpp/fuzz/corpus/csv',
  // Each input that once found something stays as a seed, so every run replays it first.
  option_fuzzer: 'cpp/fuzz/corpus/options',
};

/** Every finding is fatal, and the report says where (cmake/sanitize.cmake). */
export const SANITIZER_ENV = {
  ASAN_OPTIONS: 'halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1',
  UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1',
};

/**
 * Configures (once) and builds the sanitized targets with clang++-14.
 * @param {string[]} targets
 * @returns {number} the build's exit status
 */
export function buildSanitized(targets) {
  if (!existsSync(`${SANITIZE_DIR}/CMakeCache.txt`)) {
    const env = { ...process.env, CXX: 'clang++-14' };
    // Debug: Eigen's and libstdc++'s bounds assertions stay on; -O1 comes from sanitize.cmake.
    const args = ['-S', '.', '-B', SANITIZE_DIR, '-DCMAKE_BUILD_TYPE=Debug', '-DDESCENT_FUZZ=ON'];
    const status = run('cmake', args, { env });
    if (status !== 0) return status;
  }
  const targetArgs = targets.flatMap((t) => ['--target', t]);
  return run('cmake', ['--build', SANITIZE_DIR, '--parallel', '2', ...targetArgs]);
}

/**
 * The GoogleTest suite under the sanitizers. A finding aborts the run: it counts as a failure.
 * @param {string} [filter] a --gtest_filter (CI runs a subset when the whole suite is too slow)
 * @returns {{ passed: number, failed: number, seconds: number, note?: string }}
 */
export function runSanitizedSuite(filter) {
  const args = filter ? [`--gtest_filter=${filter}`] : [];
  const start = Date.now();
  const { status, output } = runCapture(`${SANITIZE_DIR}/core_tests`, args, {
    env: { ...process.env, ...SANITIZER_ENV },
  });
  const seconds = (Date.now() - start) / 1000;
  const passed = Number(output.match(/\[ {2}PASSED {2}\] (\d+) test/)?.[1] ?? 0);
  const failed = Number(output.match(/\[ {2}FAILED {2}\] (\d+) test/)?.[1] ?? 0);
  const finding = output.match(/(AddressSanitizer|LeakSanitizer|runtime error)[^\n]*/)?.[0];
  if (status !== 0 && failed === 0) {
    return { passed, failed: 1, seconds, note: finding ?? `exit ${status}` };
  }
  return { passed, failed, seconds, note: finding };
}

/**
 * @typedef {object} FuzzRun
 * @property {string} target
 * @property {number} status libFuzzer's exit status (0: no finding)
 * @property {number} seconds
 * @property {number} runs executions
 * @property {number} coverage edges covered (libFuzzer's "cov")
 * @property {number} features libFuzzer's "ft"
 * @property {number} corpus inputs in the corpus at the end
 * @property {string[]} findings crash, leak, timeout or OOM files written
 * @property {string} [finding] the first line of the report
 */

/**
 * Runs one libFuzzer target for `seconds` on its corpus (seeded from cpp/fuzz/corpus). With
 * `seed` and `runs` the run is a fixed sequence of inputs (CI: the same inputs on every machine,
 * `seconds` only a cap), so a finding in CI is one any longer run with that seed also meets.
 * @param {string} target
 * @param {number} seconds
 * @param {{ seed?: number, runs?: number }} [fixed]
 * @returns {FuzzRun}
 */
export function runFuzzer(target, seconds, fixed = {}) {
  const corpus = `${SANITIZE_DIR}/corpus/${target}`;
  const artifacts = `${SANITIZE_DIR}/artifacts/`;
  mkdirSync(corpus, { recursive: true });
  mkdirSync(artifacts, { recursive: true });
  const seeds = SEED_DIRS[target];
  if (seeds && existsSync(seeds)) cpSync(seeds, corpus, { recursive: true });
  const before = new Set(readdirSync(artifacts));
  const args = [
    `-max_total_time=${seconds}`,
    ...(fixed.seed !== undefined ? [`-seed=${fixed.seed}`] : []),
    ...(fixed.runs !== undefined ? [`-runs=${fixed.runs}`] : []),
    '-timeout=10',
    '-rss_limit_mb=2048',
    '-max_len=8192',
    '-print_final_stats=1',
    `-artifact_prefix=${artifacts}${target}-`,
    corpus,
  ];
  console.log(`$ ${SANITIZE_DIR}/${target} ${args.join(' ')}`);
  const start = Date.now();
  const result = spawnSync(`${SANITIZE_DIR}/${target}`, args, {
    env: { ...process.env, ...SANITIZER_ENV },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = (result.stdout ?? '') + (result.stderr ?? '');
  // libFuzzer prints a status line per new input; keep the console readable.
  process.stdout.write(output.split('\n').slice(-40).join('\n'));
  const last = (pattern) => [...output.matchAll(pattern)].pop();
  const status = result.status ?? 1;
  return {
    target,
    status,
    seconds: (Date.now() - start) / 1000,
    runs: Number(last(/stat::number_of_executed_units: (\d+)/g)?.[1] ?? 0),
    coverage: Number(last(/ cov: (\d+)/g)?.[1] ?? 0),
    features: Number(last(/ ft: (\d+)/g)?.[1] ?? 0),
    corpus: readdirSync(corpus).length,
    findings: readdirSync(artifacts).filter((name) => !before.has(name)),
    finding:
      status === 0 ? undefined : (output.match(/==\d+==ERROR[^\n]*|SUMMARY[^\n]*/)?.[0] ?? ''),
  };
}

/** @param {FuzzRun} r one line for people */
export const describeFuzzRun = (r) =>
  `${r.runs} runs in ${Math.round(r.seconds)} s, cov ${r.coverage}, ft ${r.features}, ` +
  `corpus ${r.corpus}, ${r.findings.length} findings`;

/**
 * The fast-check tier (vitest.fuzz.config.js), its case counts scaled by `scale`.
 * @param {{ scale?: number, limitSeconds: number, report: string }} options
 * @returns {{ passed: number, failed: number, seconds: number, note?: string }}
 */
export function runFastCheckTier({ scale = 1, limitSeconds, report }) {
  const args = ['exec', '--', 'vitest', 'run', '-c', 'vitest.fuzz.config.js'];
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  console.log(`$ DESCENT_FUZZ_SCALE=${scale} npm ${[...args, ...reporters].join(' ')}`);
  rmSync(report, { force: true });
  const start = Date.now();
  // A time limit of its own: a real endless loop in wasm cannot be interrupted from inside.
  const result = spawnSync('npm', [...args, ...reporters], {
    stdio: 'inherit',
    env: { ...process.env, DESCENT_FUZZ_SCALE: String(scale) },
    timeout: limitSeconds * 1000,
  });
  const seconds = (Date.now() - start) / 1000;
  if (result.error?.message.includes('ETIMEDOUT')) {
    return { passed: 0, failed: 1, seconds, note: `over its ${limitSeconds} s limit (a hang?)` };
  }
  if (!existsSync(report)) return { passed: 0, failed: 1, seconds, note: 'no report' };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const failed = json.numFailedTests || (json.success ? 0 : 1);
  return { passed: json.numPassedTests, failed, seconds };
}
