// The static checks of `npm test` and of `npm run lint / typecheck / format:check`: the type
// check (tsc over tsconfig.json), lint (ESLint, eslint.config.js) and formatting (prettier,
// .prettierrc.json; clang-format-14, .clang-format). Each returns counts of files: `passed`
// files have no finding, `failed` files have at least one, and prints the findings.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** @typedef {{ passed: number, failed: number, note?: string }} CheckResult */

/** The C++ that clang-format checks. */
export const CPP_DIRS = ['cpp', 'tests/cpp', 'bench/native'];
const CPP_EXTENSIONS = /\.(cc|cpp|h|hpp)$/;
export const CLANG_FORMAT = 'clang-format-14';

/** Files git knows (tracked, or new and not ignored), so build outputs never count. */
export function projectFiles() {
  const result = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (result.status !== 0) throw new Error(`git ls-files failed: ${result.stderr}`);
  return result.stdout.split('\n').filter(Boolean);
}

/** @param {Map<string, number>} findingsByFile @param {number} checked @returns {CheckResult} */
function countFiles(findingsByFile, checked, what) {
  const failed = findingsByFile.size;
  const total = [...findingsByFile.values()].reduce((sum, n) => sum + n, 0);
  return {
    passed: checked - failed,
    failed,
    note: failed > 0 ? `${total} ${what} in ${failed} of ${checked} files` : undefined,
  };
}

/** tsc over tsconfig.json (checkJs, no output). @returns {Promise<CheckResult>} */
export async function typeCheck() {
  const { default: ts } = await import('typescript');
  const configPath = 'tsconfig.json';
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} };
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, host);
  if (!config) return { passed: 0, failed: 1, note: `cannot read ${configPath}` };
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  const diagnostics = [...config.errors, ...ts.getPreEmitDiagnostics(program)];
  const formatHost = {
    getCanonicalFileName: (/** @type {string} */ name) => name,
    getCurrentDirectory: () => process.cwd(),
    getNewLine: () => '\n',
  };
  if (diagnostics.length > 0) {
    process.stdout.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost));
  }
  const ownFiles = program
    .getSourceFiles()
    .map((file) => relative(process.cwd(), file.fileName))
    .filter((name) => !name.startsWith('..') && !name.includes('node_modules/'));
  const findings = new Map();
  for (const diagnostic of diagnostics) {
    const name = diagnostic.file ? relative(process.cwd(), diagnostic.file.fileName) : configPath;
    findings.set(name, (findings.get(name) ?? 0) + 1);
  }
  return countFiles(findings, Math.max(ownFiles.length, findings.size), 'type errors');
}

/** ESLint over the project (eslint.config.js). @returns {Promise<CheckResult>} */
export async function lint() {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint();
  const results = await eslint.lintFiles(['.']);
  const formatter = await eslint.loadFormatter('stylish');
  const text = await formatter.format(results);
  if (text) process.stdout.write(`${text}\n`);
  const findings = new Map();
  for (const result of results) {
    const count = result.errorCount + result.warningCount;
    if (count > 0) findings.set(relative(process.cwd(), result.filePath), count);
  }
  return countFiles(findings, results.length, 'findings');
}

/**
 * Files prettier formats (it knows their language and .prettierignore does not exclude them).
 * @returns {Promise<string[]>}
 */
export async function prettierFiles() {
  const prettier = await import('prettier');
  const files = [];
  for (const file of projectFiles()) {
    const info = await prettier.getFileInfo(file, { ignorePath: '.prettierignore' });
    if (!info.ignored && info.inferredParser) files.push(file);
  }
  return files;
}

/**
 * Checks (or, with write, rewrites) formatting with prettier. @param {{ write?: boolean }} [mode]
 * @returns {Promise<CheckResult>}
 */
export async function prettierCheck({ write = false } = {}) {
  const prettier = await import('prettier');
  const { writeFileSync } = await import('node:fs');
  const files = await prettierFiles();
  const findings = new Map();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    const formatted = await prettier.format(source, options);
    if (formatted === source) continue;
    findings.set(file, 1);
    if (write) writeFileSync(file, formatted);
    console.log(`${write ? 'formatted' : 'not formatted'}: ${file}`);
  }
  return countFiles(findings, files.length, write ? 'rewritten' : 'to format');
}

/** The C++ sources clang-format checks. */
export function cppFiles() {
  return projectFiles().filter(
    (file) => CPP_EXTENSIONS.test(file) && CPP_DIRS.some((dir) => file.startsWith(`${dir}/`)),
  );
}

/**
 * Checks (or, with write, rewrites in place) the C++ with clang-format-14 (.clang-format).
 * @param {{ write?: boolean }} [mode] @returns {CheckResult}
 */
export function clangFormatCheck({ write = false } = {}) {
  const files = cppFiles();
  const args = write ? ['-i', ...files] : ['--dry-run', '-Werror', ...files];
  const result = spawnSync(CLANG_FORMAT, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (result.error) {
    return { passed: 0, failed: 1, note: `cannot run ${CLANG_FORMAT}: ${result.error.message}` };
  }
  if (write) {
    const ok = result.status === 0;
    return { passed: ok ? files.length : 0, failed: ok ? 0 : 1, note: result.stderr || undefined };
  }
  // Each finding starts "path:line:col: error: code should be clang-formatted".
  const findings = new Map();
  for (const match of result.stderr.matchAll(/^(.+?):\d+:\d+: error: /gm)) {
    findings.set(match[1], (findings.get(match[1]) ?? 0) + 1);
  }
  for (const [file, count] of findings) console.log(`not clang-formatted: ${file} (${count})`);
  if (findings.size === 0 && result.status !== 0) {
    return { passed: 0, failed: 1, note: result.stderr.trim() };
  }
  return countFiles(findings, files.length, 'places to format');
}
