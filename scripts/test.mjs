// `npm test`: set-up, then every tier — the static checks (type check, lint, format), native
// GoogleTest (ctest), the same suite under ASan + UBSan and short libFuzzer runs, the suite
// compiled to wasm, the module's size, Vitest on the built module in Node, the fast-check fuzz
// tier, and Playwright E2E on the built site in headless Chromium, then a quick smoke run of the
// benchmarks. Runs every tier even after a failure and ends with one line:
// "N passed, N failed".
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { TEST_PACKAGES, ensureDebianPackages, ensureNodeModules } from './lib/setup.mjs';
import { NATIVE_DIR, WASM_DIR, buildNative, buildWasm } from './lib/builds.mjs';
import { MODULE_GZIP_LIMIT, describeModule, measureModule } from './lib/module-size.mjs';
import { run, runCapture } from './lib/run.mjs';
import { clangFormatCheck, lint, prettierCheck, typeCheck } from './lib/static-checks.mjs';
import {
  FUZZ_TARGETS,
  buildSanitized,
  describeFuzzRun,
  runFastCheckTier,
  runFuzzer,
  runSanitizedSuite,
} from './lib/robustness.mjs';

const OUT = 'test-output';
/**
 * Each libFuzzer target's share of CI (`npm run fuzz` runs them for 10 minutes each): a fixed
 * seed and number of inputs, so that CI meets the same inputs on every machine; the seconds are
 * only a cap for a slow machine.
 */
const FUZZ_CI_SECONDS = 60;
const FUZZ_CI = { seed: 1, runs: 100_000 };
/** The fast-check tier's limit in CI: 17 s idle, ~3 min on a loaded machine; more is a hang. */
const FAST_CHECK_CI_LIMIT_SECONDS = 480;
mkdirSync(OUT, { recursive: true });
ensureDebianPackages(TEST_PACKAGES);
ensureNodeModules();

/** @type {{ tier: string, passed: number, failed: number, note?: string }[]} */
const tiers = [];
const record = (tier, passed, failed, note) => tiers.push({ tier, passed, failed, note });
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

// 0. The core stays free of Emscripten (docs/architecture.md, habit 1).
{
  const leaks = runCapture('grep', ['-rlE', '#include[[:space:]]*<emscripten', 'cpp/core']);
  const files = leaks.output.trim();
  record('core has no Emscripten include', files ? 0 : 1, files ? 1 : 0, files || undefined);
}

// 0b. Static checks, counted in files: lint (eslint.config.js), formatting (.prettierrc.json for
// the JS, CSS, HTML, JSON and Markdown; .clang-format for the C++) and, once the module is built,
// the type check (tsconfig.json). A check that cannot run at all counts as one failure.
/**
 * @param {string} tier
 * @param {() => Promise<{ passed: number, failed: number, note?: string }>} check
 */
async function recordCheck(tier, check) {
  console.log(`\n== ${tier}`);
  try {
    const { passed, failed, note } = await check();
    record(tier, passed, failed, note);
  } catch (error) {
    console.error(error);
    record(tier, 0, 1, `could not run: ${error.message}`);
  }
}
await recordCheck('lint (eslint)', lint);
await recordCheck('format (prettier)', () => prettierCheck());
await recordCheck('format (clang-format)', async () => clangFormatCheck());

// 1. Native GoogleTest through ctest.
if (buildNative() !== 0) {
  record('native build', 0, 1, 'compile error');
} else {
  const { output } = runCapture('ctest', ['--test-dir', NATIVE_DIR, '--output-on-failure', '-j2']);
  const match = output.match(/(\d+)% tests passed, (\d+) tests failed out of (\d+)/);
  if (match) record('native ctest', Number(match[3]) - Number(match[2]), Number(match[2]));
  else record('native ctest', 0, 1, 'no ctest summary');
}

// 1b. Robustness, short versions (docs/robustness.md): the native suite under ASan + UBSan
// (clang, every finding fatal), then each libFuzzer target for FUZZ_CI_SECONDS on its corpus.
if (buildSanitized(['core_tests', ...FUZZ_TARGETS]) !== 0) {
  record('sanitizer build (clang-14, ASan + UBSan)', 0, 1, 'compile error');
} else {
  const suite = runSanitizedSuite();
  const note = [suite.note, `${Math.round(suite.seconds)} s`].filter(Boolean).join('; ');
  record('native suite under ASan + UBSan', suite.passed, suite.failed, note);
  for (const target of FUZZ_TARGETS) {
    const fuzzed = runFuzzer(target, FUZZ_CI_SECONDS, FUZZ_CI);
    const clean = fuzzed.status === 0 && fuzzed.findings.length === 0;
    const found = clean ? '' : `; ${fuzzed.finding || fuzzed.findings.join(', ')}`;
    record(`libFuzzer ${target}`, clean ? 1 : 0, clean ? 0 : 1, describeFuzzRun(fuzzed) + found);
  }
}

// 2. The wasm module, and the GoogleTest suite compiled to wasm, run under Node.
const wasmBuilt = buildWasm(['descent_core_wasm', 'core_tests_wasm']) === 0;
if (!wasmBuilt) {
  record('wasm build', 0, 1, 'compile error');
} else {
  const { status, output } = runCapture('node', [`${WASM_DIR}/core_tests_wasm.js`]);
  const passed = Number(output.match(/\[ {2}PASSED {2}\] (\d+) test/)?.[1] ?? 0);
  const failed = Number(output.match(/\[ {2}FAILED {2}\] (\d+) test/)?.[1] ?? 0);
  record('wasm GoogleTest', passed, failed || (status !== 0 ? 1 : 0));
}

// 2b. The type check, after the build: it reads the declaration the build copies next to the
// module's glue (cmake/descent-core-generated.d.ts) instead of the glue itself.
await recordCheck('type check (tsc)', typeCheck);

// 2c. The module the page loads: its glue minified (cmake/wasm.cmake) and within the load-size
// target, measured on what this run built (a clean clone on CI).
if (wasmBuilt) {
  const size = measureModule();
  if (!size) {
    record('module size', 0, 1, 'descent-core.{js,wasm} not found');
  } else {
    const checks = [size.minified, size.total <= MODULE_GZIP_LIMIT];
    const passed = checks.filter(Boolean).length;
    const failed = checks.length - passed;
    record('module minified, ≤ 150 KB gzip', passed, failed, describeModule(size));
  }
}

// 3. Vitest on the built module and the pure JS modules.
if (wasmBuilt) {
  const jsonReport = `--outputFile.json=${OUT}/vitest.json`;
  run('npm', ['exec', '--', 'vitest', 'run', '--reporter=default', '--reporter=json', jsonReport]);
  const report = readJson(`${OUT}/vitest.json`);
  if (report) {
    record('vitest', report.numPassedTests, report.numFailedTests || (report.success ? 0 : 1));
  } else {
    record('vitest', 0, 1, 'no report');
  }
}

// 3b. The fuzz tier: fast-check properties of the scenario runner, URL state and CSV parsing
// on the built module (vitest.fuzz.config.js; seeded, so a failure replays).
if (wasmBuilt) {
  const report = `${OUT}/vitest-fuzz.json`;
  const fuzz = runFastCheckTier({ limitSeconds: FAST_CHECK_CI_LIMIT_SECONDS, report });
  const note = [fuzz.note, `${Math.round(fuzz.seconds)} s`].filter(Boolean).join('; ');
  record('fuzz (fast-check)', fuzz.passed, fuzz.failed, note);
}

// 4. The static site, and Playwright E2E against it in headless Chromium.
if (wasmBuilt) {
  const { build } = await import('vite');
  let built = true;
  try {
    await build({ configFile: 'vite.config.js', logLevel: 'warn' });
  } catch (error) {
    built = false;
    record('vite build', 0, 1, String(error));
  }
  if (built) {
    run('npm', ['exec', '--', 'playwright', 'test'], {
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${OUT}/e2e.json` },
    });
    const report = readJson(`${OUT}/e2e.json`);
    if (report) {
      const { expected, flaky, unexpected } = report.stats;
      record('e2e (chromium)', expected + flaky, unexpected);
    } else {
      record('e2e (chromium)', 0, 1, 'no report');
    }
  }
}

// 5. Benchmark smoke: the suite builds, runs every workload once at small sizes and prints its
// tables (issue: benchmarks are not timed tests; the targets are checked by `npm run bench`).
if (wasmBuilt) {
  const status = run('node', ['scripts/bench.mjs', '--quick']);
  record('benchmark smoke (npm run bench -- --quick)', status === 0 ? 1 : 0, status === 0 ? 0 : 1);
}

console.log('\nSummary');
for (const t of tiers) {
  const mark = t.failed ? '✗' : '✓';
  const note = t.note ? ` (${t.note})` : '';
  console.log(`  ${mark} ${t.tier}: ${t.passed} passed, ${t.failed} failed${note}`);
}
const passed = tiers.reduce((sum, t) => sum + t.passed, 0);
const failed = tiers.reduce((sum, t) => sum + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
