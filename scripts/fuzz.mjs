// `npm run fuzz`: the long robustness runs of docs/robustness.md, printing their figures: each
// libFuzzer target (default 10 minutes each, one after the other), the native GoogleTest suite
// under ASan + UBSan, and the fast-check tier scaled up (default 10× the cases of `npm test`).
//
//   npm run fuzz                          everything, default lengths
//   npm run fuzz -- --minutes 30          each libFuzzer target for 30 minutes
//   npm run fuzz -- --scale 40            the fast-check tier at 40× its CI case counts
//   npm run fuzz -- --only csv_fuzzer     one part: csv_fuzzer, option_fuzzer, sanitize, fast-check
// Exits non-zero when anything found something; the inputs that did are kept under
// build/sanitize/artifacts (libFuzzer: rerun the target with the file as its argument) or
// printed with their seed (fast-check: DESCENT_FUZZ_SEED replays it).
import { mkdirSync } from 'node:fs';
import { FUZZ_PACKAGES, ensureDebianPackages, ensureNodeModules } from './lib/setup.mjs';
import { buildWasm } from './lib/builds.mjs';
import {
  FUZZ_TARGETS,
  buildSanitized,
  describeFuzzRun,
  runFastCheckTier,
  runFuzzer,
  runSanitizedSuite,
} from './lib/robustness.mjs';

const PARTS = [...FUZZ_TARGETS, 'sanitize', 'fast-check'];

/** @param {string} flag @param {string} fallback */
function option(flag, fallback) {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? (process.argv[at + 1] ?? '') : fallback;
}
const minutes = Number(option('--minutes', '10'));
const scale = Number(option('--scale', '10'));
const only = option('--only', '');
if (!(minutes > 0) || !(scale > 0) || (only && !PARTS.includes(only))) {
  console.error(`Usage: npm run fuzz -- [--minutes M] [--scale S] [--only ${PARTS.join('|')}]`);
  process.exit(2);
}
const wanted = (part) => !only || only === part;

ensureDebianPackages(FUZZ_PACKAGES);
ensureNodeModules();
mkdirSync('test-output', { recursive: true });

/** @type {string[]} */
const figures = [];
let failures = 0;
const report = (line, failed) => {
  figures.push(`${failed ? '✗' : '✓'} ${line}`);
  if (failed) failures++;
};

const nativeParts = [...FUZZ_TARGETS, 'sanitize'].filter(wanted);
if (nativeParts.length > 0) {
  const targets = nativeParts.map((part) => (part === 'sanitize' ? 'core_tests' : part));
  if (buildSanitized(targets) !== 0) {
    report('sanitizer build (clang-14): compile error', true);
  } else {
    for (const target of FUZZ_TARGETS.filter(wanted)) {
      const fuzzed = runFuzzer(target, Math.round(minutes * 60));
      const failed = fuzzed.status !== 0 || fuzzed.findings.length > 0;
      const found = failed ? ` (${fuzzed.finding || fuzzed.findings.join(', ')})` : '';
      report(`libFuzzer ${target}: ${describeFuzzRun(fuzzed)}${found}`, failed);
    }
    if (wanted('sanitize')) {
      const suite = runSanitizedSuite();
      const note = suite.note ? `; ${suite.note}` : '';
      const seconds = Math.round(suite.seconds);
      const line = `${suite.passed} passed, ${suite.failed} failed in ${seconds} s`;
      report(`native suite under ASan + UBSan: ${line}${note}`, suite.failed > 0);
    }
  }
}

if (wanted('fast-check')) {
  if (buildWasm() !== 0) {
    report('fast-check tier: the wasm module does not build', true);
  } else {
    const fuzz = runFastCheckTier({
      scale,
      limitSeconds: Math.max(600, 240 * scale),
      report: 'test-output/vitest-fuzz-long.json',
    });
    const note = fuzz.note ? `; ${fuzz.note}` : '';
    const line = `${fuzz.passed} passed, ${fuzz.failed} failed in ${Math.round(fuzz.seconds)} s`;
    report(`fast-check tier at ${scale}× (case counts above): ${line}${note}`, fuzz.failed > 0);
  }
}

console.log('\nRobustness figures');
for (const line of figures) console.log(`  ${line}`);
process.exit(failures > 0 ? 1 : 0);
