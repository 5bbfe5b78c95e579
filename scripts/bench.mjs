// `npm run bench [-- --quick] [-- --reps N] [-- --no-build] [-- --browser|--no-browser]`
//
// Builds what it needs (native bench_native, wasm bench_wasm and the page's module), then runs
// every implementation of the six workloads (bench/README.md) and prints one table per
// workload with the ratios of this run:
//   native       the C++ harness bench/native/*.cc compiled with g++ -O3
//   wasm         the same harness compiled with Emscripten (-O3 -msimd128), run in Node
//   wasm-embind  workloads 1–3 through the page's Embind module (when it has NetworkModel)
//   js           workloads 1–3 on the classic object-per-neuron JS network (bench/js-reference)
// Implementations are interleaved run by run (native, wasm, embind, js, native, ...) so that a
// busy shared machine slows them all alike; each value is the median over the runs.
// Then load sizes (gzip) and, in full mode, the browser frame-rate benchmark.
// --quick: small sizes and one run, for CI smoke (< 60 s once built); always exits 0 unless a
// build or a benchmark program fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { NATIVE_DIR, WASM_DIR, buildNative, buildWasm } from './lib/builds.mjs';
import { emscriptenEnv, run } from './lib/run.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const noBuild = args.includes('--no-build');
const repsIndex = args.indexOf('--reps');
const reps = quick ? 1 : repsIndex >= 0 ? Math.max(1, Number(args[repsIndex + 1]) || 1) : 5;
const browser = args.includes('--browser') || (!quick && !args.includes('--no-browser'));
const started = Date.now();

// ---- builds ----
if (!noBuild) {
  // The harness target exists only once CMake has seen bench/native/*.cc; reconfigure if not.
  if (existsSync(`${NATIVE_DIR}/CMakeCache.txt`) && !existsSync(`${NATIVE_DIR}/CMakeFiles/bench_native.dir`)) {
    run('cmake', ['-S', '.', '-B', NATIVE_DIR], { quiet: true });
  }
  if (buildNative(['bench_native']) !== 0) fail('native build failed');
  if (existsSync(`${WASM_DIR}/CMakeCache.txt`) && !existsSync(`${WASM_DIR}/CMakeFiles/bench_wasm.dir`)) {
    run('cmake', ['-S', '.', '-B', WASM_DIR], { env: emscriptenEnv(), quiet: true });
  }
  if (buildWasm(['bench_wasm', 'descent_core_wasm']) !== 0) fail('wasm build failed');
}

// ---- runs ----
const quickArgs = quick ? ['--quick'] : ['--reps', '1'];
const programs = [
  { impl: 'native', command: `${NATIVE_DIR}/bench_native`, args: [...quickArgs, '--impl', 'native'] },
  // --no-liftoff: measure V8's optimising wasm tier (TurboFan), which a page reaches after its
  // first moments; otherwise short runs on a busy machine time the baseline compiler instead.
  { impl: 'wasm', command: process.execPath, args: ['--no-liftoff', `${WASM_DIR}/bench_wasm.js`, ...quickArgs, '--impl', 'wasm'] },
  { impl: 'wasm-embind', command: process.execPath, args: ['--no-liftoff', 'bench/embind/bench.mjs', ...quickArgs] },
  { impl: 'js', command: process.execPath, args: ['bench/js-reference/bench.mjs', ...quickArgs] },
];

/** @type {Map<string, {workload: string, case: string, unit: string, better: string, byImpl: Map<string, {runs: number[], checks: number[]}>}>} */
const rows = new Map();
const notes = new Set();
for (let rep = 0; rep < reps; rep++) {
  for (const program of programs) {
    const result = spawnSync(program.command, program.args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr);
      fail(`${program.impl} benchmark exited with ${result.status ?? result.error?.message}`);
    }
    for (const line of result.stdout.split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line);
      if (entry.note) {
        notes.add(`${program.impl}: ${entry.note}`);
        continue;
      }
      const key = `${entry.workload}\u0000${entry.case}`;
      if (!rows.has(key)) {
        rows.set(key, { workload: entry.workload, case: entry.case, unit: entry.unit, better: entry.better, byImpl: new Map() });
      }
      const row = rows.get(key);
      if (!row.byImpl.has(entry.impl)) row.byImpl.set(entry.impl, { runs: [], checks: [] });
      row.byImpl.get(entry.impl).runs.push(...entry.runs);
      row.byImpl.get(entry.impl).checks.push(entry.check);
    }
  }
  if (!quick) process.stdout.write(`run ${rep + 1}/${reps} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}

// ---- tables ----
const TITLES = {
  train: '1. Network training throughput (2 → 6×8 tanh → 1, SGD batch 10, η 0.03, spiral 250)',
  grid: '2. Decision-boundary grid, output + every neuron',
  frame: '3. One Network-lab frame (epoch, train+test cost 250+250, 100×100 grid with thumbnails)',
  valley: '4. Regression valley: exact cost contour over two weights, 10,000 points',
  landscape: '5. Loss-landscape slice of the network of (1) on its training data',
  race: '6. Valley race: seven optimizers on Rosenbrock',
};
// Targets on speed ratios (throughput ratio; for times, the inverse ratio).
const JS_TARGET = { train: 8, grid: 10, frame: 10 };
// Training throughput (1) is judged on the wasm harness, the issue's "(b) as wasm in Node":
// through Embind, NetworkModel.step() also records the train and test cost over the whole
// split at every epoch's end (the lab's loss chart: 500 forward samples per 250 trained),
// work the JS reference does not do. The embind/js column still shows that ratio. Grid and
// frame do the same work in both and are judged through Embind.
const JUDGED_ON_HARNESS = new Set(['train']);
const NATIVE_TARGET = 0.7;

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
};
const fmt = (v) => (v >= 1e6 ? `${(v / 1e6).toFixed(2)} M` : v >= 1e4 ? `${(v / 1e3).toFixed(1)} k` : v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(3));
/** How many times faster a is than b (values in the row's unit). */
const speedup = (row, a, b) => (row.better === 'higher' ? a / b : b / a);
const mark = (ok) => (ok ? 'PASS' : 'MISS');

const summary = [];
const markdown = [];
const byWorkload = new Map();
for (const row of rows.values()) {
  if (!byWorkload.has(row.workload)) byWorkload.set(row.workload, []);
  byWorkload.get(row.workload).push(row);
}
for (const [workload, workloadRows] of byWorkload) {
  const header = ['case', 'unit', 'native', 'wasm', 'wasm-embind', 'js', 'wasm/native', 'wasm/js', 'embind/js', 'targets'];
  const table = [header];
  for (const row of workloadRows) {
    const value = (impl) => (row.byImpl.has(impl) ? median(row.byImpl.get(impl).runs) : undefined);
    const native = value('native');
    const wasm = value('wasm');
    const embind = value('wasm-embind');
    const js = value('js');
    const ratio = (a, b) => (a !== undefined && b !== undefined ? speedup(row, a, b) : undefined);
    const wasmNative = ratio(wasm, native);
    const wasmJs = ratio(wasm, js);
    const embindJs = ratio(embind, js);
    const targets = [];
    if (wasmNative !== undefined) {
      const ok = wasmNative >= NATIVE_TARGET;
      targets.push(`wasm≥${NATIVE_TARGET}×native ${mark(ok)}`);
      summary.push({ what: `${workload} ${row.case}: wasm ≥ ${NATIVE_TARGET}× native`, ok, value: wasmNative });
    }
    if (JS_TARGET[workload] !== undefined) {
      // Judged on the build that does the JS reference's work: the page's module where it
      // exists, except for training (see JUDGED_ON_HARNESS); the harness stands in otherwise.
      const useEmbind = embindJs !== undefined && !JUDGED_ON_HARNESS.has(workload);
      const measured = useEmbind ? embindJs : wasmJs;
      if (measured !== undefined) {
        const ok = measured >= JS_TARGET[workload];
        targets.push(`${useEmbind ? 'embind' : 'wasm'}≥${JS_TARGET[workload]}×js ${mark(ok)}`);
        summary.push({ what: `${workload} ${row.case}: ${useEmbind ? 'Embind' : 'wasm harness'} ≥ ${JS_TARGET[workload]}× JS`, ok, value: measured });
      }
    }
    // A disagreement in the check numbers means two builds did different work.
    const checks = [...row.byImpl.entries()].filter(([impl]) => impl === 'native' || impl === 'wasm').map(([, v]) => v.checks[0]);
    // Workloads that train first (the landscape trains 2,500 steps) amplify last-bit differences
    // between the builds' exp into visible ones, so a small relative difference is rounding.
    const difference = checks.length === 2 ? Math.abs(checks[0] - checks[1]) / Math.max(1, Math.abs(checks[0])) : 0;
    if (difference > 0.05) {
      notes.add(`${workload} ${row.case}: native and wasm check values differ (${checks[0]} vs ${checks[1]}): the builds did different work`);
    } else if (difference > 1e-6) {
      notes.add(`${workload} ${row.case}: native and wasm check values differ by ${(100 * difference).toFixed(2)} % (${checks[0]} vs ${checks[1]}), rounding amplified by training`);
    }
    const show = (v) => (v === undefined ? '–' : fmt(v));
    const showRatio = (v) => (v === undefined ? '–' : `${v.toFixed(2)}×`);
    table.push([row.case, row.unit, show(native), show(wasm), show(embind), show(js), showRatio(wasmNative), showRatio(wasmJs), showRatio(embindJs), targets.join(', ')]);
  }
  const text = formatTable(table);
  console.log(`\n${TITLES[workload] ?? workload}\n${text}`);
  markdown.push(`### ${TITLES[workload] ?? workload}\n\n${markdownTable(table)}`);
}

// ---- load sizes ----
const sizes = [];
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const generated = 'web/src/engine/generated';
let moduleGzip = 0;
for (const file of ['descent-core.wasm', 'descent-core.js']) {
  const path = `${generated}/${file}`;
  if (existsSync(path)) {
    const size = gz(path);
    moduleGzip += size;
    sizes.push([file, `${(readFileSync(path).length / 1024).toFixed(1)} KB`, `${(size / 1024).toFixed(1)} KB`]);
  }
}
if (moduleGzip) summary.push({ what: 'descent-core.{wasm,js} gzip ≤ 150 KB', ok: moduleGzip <= 150 * 1024, value: moduleGzip / 1024, unit: 'KB' });
if (existsSync('dist/assets')) {
  // The main bundle is the entry script index.html loads.
  const html = existsSync('dist/index.html') ? readFileSync('dist/index.html', 'utf8') : '';
  const entry = html.match(/<script[^>]+src="\/?(assets\/[^"]+\.js)"/)?.[1];
  const jsFiles = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  const main = entry ? entry.replace(/^assets\//, '') : jsFiles.find((f) => f.startsWith('index'));
  if (main) {
    const size = gz(`dist/assets/${main}`);
    sizes.push([`dist main bundle ${main}`, `${(readFileSync(`dist/assets/${main}`).length / 1024).toFixed(1)} KB`, `${(size / 1024).toFixed(1)} KB`]);
    summary.push({ what: 'main JS bundle gzip ≤ 250 KB', ok: size <= 250 * 1024, value: size / 1024, unit: 'KB' });
  }
} else {
  notes.add('no dist/: run `npx vite build` first to measure the main bundle');
}
if (sizes.length) {
  const table = [['file', 'raw', 'gzip -9'], ...sizes];
  console.log(`\nLoad sizes\n${formatTable(table)}`);
  markdown.push(`### Load sizes\n\n${markdownTable(table)}`);
}

// ---- browser ----
if (browser) {
  const result = spawnSync(process.execPath, ['bench/browser/run.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = (result.stdout ?? '').split('\n').filter((l) => l.startsWith('{'));
  const table = [['lab', 'seconds', 'frames/s', 'longest task', 'long tasks (>50 ms)', 'at ms: duration']];
  for (const line of lines) {
    const entry = JSON.parse(line);
    if (entry.note) {
      notes.add(`browser: ${entry.note}`);
      continue;
    }
    const when = (entry.longTaskLog ?? []).map(([at, ms]) => `${at}: ${ms}`).join(', ');
    table.push([entry.url, entry.seconds.toFixed(1), entry.fps.toFixed(1), `${entry.longestTaskMs.toFixed(0)} ms`, String(entry.longTasks), when || '–']);
    summary.push({ what: `browser ${entry.url}: ≥ 55 frames/s`, ok: entry.fps >= 55, value: entry.fps, unit: 'fps' });
    summary.push({ what: `browser ${entry.url}: no task > 50 ms`, ok: entry.longestTaskMs <= 50, value: entry.longestTaskMs, unit: 'ms' });
  }
  if (result.status !== 0) notes.add(`browser benchmark exited with ${result.status}`);
  if (table.length > 1) {
    console.log(`\nBrowser (headless Chromium, software rendering)\n${formatTable(table)}`);
    markdown.push(`### Browser (headless Chromium, software rendering)\n\n${markdownTable(table)}`);
  }
} else {
  notes.add('browser benchmark not run (quick mode or --no-browser; --browser forces it)');
}

// ---- summary ----
console.log('\nTargets');
for (const s of summary) console.log(`  ${mark(s.ok)}  ${s.what}  (${s.value.toFixed(2)}${s.unit ? ` ${s.unit}` : '×'})`);
if (notes.size) {
  console.log('\nNotes');
  for (const note of notes) console.log(`  - ${note}`);
}
const seconds = (Date.now() - started) / 1000;
console.log(`\n${summary.filter((s) => s.ok).length} targets met, ${summary.filter((s) => !s.ok).length} missed; ${reps} run(s) per implementation; ${seconds.toFixed(0)} s.`);

// The latest figures, for bench/RESULTS.md (which is written by hand around them).
mkdirSync('test-output', { recursive: true });
writeFileSync(
  `test-output/bench-${quick ? 'quick' : 'full'}.md`,
  [`Measured ${new Date().toISOString()}, ${reps} run(s) per implementation.`, ...markdown,
    '### Targets', summary.map((s) => `- ${mark(s.ok)} ${s.what} (${s.value.toFixed(2)}${s.unit ? ` ${s.unit}` : '×'})`).join('\n'),
    ...(notes.size ? ['### Notes', [...notes].map((n) => `- ${n}`).join('\n')] : [])].join('\n\n') + '\n',
);

function formatTable(table) {
  const widths = table[0].map((_h, c) => Math.max(...table.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (c < 2 || c === r.length - 1 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  return [line(table[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line)].join('\n');
}

function markdownTable(table) {
  return [`| ${table[0].join(' | ')} |`, `|${table[0].map(() => '---').join('|')}|`, ...table.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function fail(message) {
  console.error(`\n✗ bench: ${message}`);
  process.exit(1);
}
