// Idempotent set-up for a fresh Debian 12 machine: system packages through apt (sudo only when
// not root) and npm packages through `npm ci` (the lockfile lists every platform's optional
// packages, so it stays in sync; CONTRIBUTING.md, toolchain pitfall 6).
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { run } from './run.mjs';

/** What building and serving needs. */
export const BUILD_PACKAGES = ['cmake', 'g++', 'emscripten', 'libeigen3-dev', 'libgtest-dev'];
/** What the C++ format check and `npm run format` need (a fresh machine lacks it). */
export const FORMAT_PACKAGES = ['clang-format-14'];
/**
 * What the sanitizer and libFuzzer tiers need (docs/robustness.md): clang 14 and its runtime
 * libraries (ASan, UBSan, libFuzzer).
 */
export const FUZZ_PACKAGES = ['clang-14', 'libclang-rt-14-dev'];
/**
 * What `npm test` needs on top: the browser, a CJK font so Chinese screenshots show text,
 * clang-format for the format tier and clang for the robustness tiers.
 */
export const TEST_PACKAGES = [
  ...BUILD_PACKAGES,
  'chromium',
  'fonts-wqy-microhei',
  ...FORMAT_PACKAGES,
  ...FUZZ_PACKAGES,
];

function isInstalled(name) {
  // eslint-disable-next-line no-template-curly-in-string -- dpkg-query's format, not a template
  const format = '-f=${Status}';
  const result = spawnSync('dpkg-query', ['-W', format, name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/**
 * Installs the Debian packages that are missing, or exits saying how to install them by hand.
 * @param {string[]} packages
 */
export function ensureDebianPackages(packages) {
  const missing = packages.filter((name) => !isInstalled(name));
  if (missing.length === 0) return;
  console.log(`Installing Debian packages: ${missing.join(' ')} (once; later runs skip this)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) =>
    process.getuid?.() === 0
      ? run('apt-get', args, { env })
      : run('sudo', ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]);
  apt(['update', '-q']);
  if (apt(['install', '-y', '-q', '--no-install-recommends', ...missing]) === 0) return;
  // Try one by one to name the culprit.
  const failed = missing.filter(
    (name) => !isInstalled(name) && apt(['install', '-y', '-q', name]) !== 0,
  );
  const culprits = failed.length > 0 ? failed : missing;
  console.error(
    `\n✗ Could not install: ${culprits.join(', ')}.\n` +
      `  Install by hand, then run this command again:\n` +
      `    sudo apt-get update && sudo apt-get install -y ${culprits.join(' ')}\n`,
  );
  process.exit(1);
}

/**
 * Installs node_modules: `npm ci` (exactly the lockfile) when it is missing, `npm install` (which
 * honours the lockfile and only adds what changed) when it is older than package-lock.json.
 */
export function ensureNodeModules() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) {
    return;
  }
  const command = existsSync('node_modules') ? 'install' : 'ci';
  if (run('npm', [command, '--no-audit', '--no-fund']) !== 0) {
    console.error(
      `\n✗ npm ${command} failed. Check the network to the npm registry, then run again` +
        (command === 'ci' ? ' (npm ci also fails when package-lock.json is out of sync).' : '.'),
    );
    process.exit(1);
  }
}
