// `npm run format`: rewrites the JS, CSS, HTML, JSON and Markdown with prettier and the C++ with
// clang-format-14. `npm run format:check` (--check) only reports, and exits 1 when a file would
// change; it is the same check as the format tier of `npm test`.
import { FORMAT_PACKAGES, ensureDebianPackages } from './lib/setup.mjs';
import { clangFormatCheck, prettierCheck } from './lib/static-checks.mjs';

const write = !process.argv.includes('--check');
ensureDebianPackages(FORMAT_PACKAGES);
const checks = [
  { name: 'prettier', result: await prettierCheck({ write }) },
  { name: 'clang-format', result: clangFormatCheck({ write }) },
];
for (const { name, result } of checks) {
  const status = write ? 'files' : `${result.passed} formatted, ${result.failed} to format`;
  console.log(
    `${name}: ${write ? `${result.passed + result.failed} ${status}` : status}` +
      `${result.note ? ` (${result.note})` : ''}`,
  );
}
process.exit(!write && checks.some(({ result }) => result.failed > 0) ? 1 : 0);
