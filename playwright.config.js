// E2E tests against the built site (dist/, made by `vite build`) in Debian's Chromium.
// Never `playwright install`: it downloads a browser (CONTRIBUTING.md, toolchain pitfall 9).
import { defineConfig } from '@playwright/test';

// DESCENT_E2E_PORT lets two checkouts run their E2E tests at once.
const port = Number(process.env.DESCENT_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-output/e2e-artifacts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --config vite.config.js --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
