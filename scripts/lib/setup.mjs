// Idempotent set-up for a fresh Debian 12 machine: system packages through apt (sudo only when
// not root) and npm packages through `npm install` (never `npm ci`: TOOLCHAIN.md pitfall 6).
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { run } from './run.mjs';

/** What building and serving needs. */
export const BUILD_PACKAGES = ['cmake', 'g++', 'emscripten', 'libeigen3-dev', 'libgtest-dev'];
/** What the browser tests need on top: the browser, and a CJK font so Chinese screenshots show text. */
export const TEST_PACKAGES = [...BUILD_PACKAGES, 'chromium', 'fonts-wqy-microhei'];

function isInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
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
  const failed = missing.filter((name) => !isInstalled(name) && apt(['install', '-y', '-q', name]) !== 0);
  console.error(
    `\n✗ Could not install: ${failed.join(', ') || missing.join(', ')}.\n` +
      `  Install by hand, then run this command again:\n` +
      `    sudo apt-get update && sudo apt-get install -y ${failed.join(' ') || missing.join(' ')}\n`,
  );
  process.exit(1);
}

/** Runs `npm install` when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const marker = 'node_modules/.package-lock.json';
  const fresh =
    existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs;
  if (fresh) return;
  if (run('npm', ['install', '--no-audit', '--no-fund']) !== 0) {
    console.error('\n✗ npm install failed. Check the network to the npm registry, then run again.');
    process.exit(1);
  }
}
