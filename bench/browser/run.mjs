// Browser benchmark: drives a lab in headless Debian Chromium (flags as playwright.config.js)
// for a few seconds while it trains, and reports frames per second (requestAnimationFrame
// callbacks) and the longest main-thread task (PerformanceObserver 'longtask', which reports
// tasks over 50 ms). Prints one JSON line per lab, or {"note": ...} lines for what it skips.
//
// The Network lab (?lab=network) is measured with its heaviest settings (NETWORK_QUERY below)
// when it is registered in web/src/labs/registry.js; otherwise only the Valley lab runs.
// Usage: node bench/browser/run.mjs [--seconds S] [--no-build] [--network-query '?lab=network&…']
// (DESCENT_BENCH_PORT picks the preview port, default 4175.)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const argValue = (name, fallback) =>
  args.includes(name) ? args[args.indexOf(name) + 1] : fallback;
const seconds = Number(argValue('--seconds', '10'));
// Heaviest Network-lab settings, in the URL keys of web/src/state/network-state.js: six hidden
// layers of 8 on the spiral, all seven input features, batches of 10 and an epoch of the 150
// training points (15 steps) per frame, test points shown; the three panels (step-through,
// gradient check, landscape) are always mounted and the viewport is grown to show them all.
const HEAVIEST = new URLSearchParams({
  lab: 'network',
  data: 'spiral',
  n: '300',
  test: '50',
  layers: '8,8,8,8,8,8',
  features: 'x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2)',
  act: 'tanh',
  batch: '10',
  lr: '0.03',
  speed: '15',
  showTest: '1',
});
const NETWORK_QUERY = argValue('--network-query', `?${HEAVIEST}`);
const PORT = Number(process.env.DESCENT_BENCH_PORT ?? 4175);
const note = (text) => console.log(JSON.stringify({ note: text }));

const registry = readFileSync('web/src/labs/registry.js', 'utf8');
const hasNetwork = /id:\s*'network'/.test(registry);
const pages = [{ url: '?lab=valley' }];
if (hasNetwork) pages.push({ url: NETWORK_QUERY });
else
  note('?lab=network is not registered in web/src/labs/registry.js yet; measured ?lab=valley only');

if (!args.includes('--no-build') || !existsSync('dist/index.html')) {
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) {
    note('vite build failed; browser benchmark skipped');
    process.exit(1);
  }
}

const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
let browser;
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  browser = await chromium.launch({
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
  });
  for (const { url } of pages) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${PORT}/${url}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    // Every panel and view on screen, so nothing is measured while scrolled out of view.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1280, height: Math.min(Math.max(height, 800), 4000) });
    // Start training the way a student does; a lab that started from the URL is left running.
    const play = page.getByTestId('play');
    if ((await play.count()) > 0 && /play/i.test((await play.first().textContent()) ?? ''))
      await play.first().click();
    const result = await page.evaluate(async (ms) => {
      let frames = 0;
      let longest = 0;
      let longTasks = 0;
      const taskLog = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          longTasks++;
          longest = Math.max(longest, entry.duration);
          // When (ms after the measurement began) and how long: the first few, to tell start-up
          // work from steady-state work.
          if (taskLog.length < 8)
            taskLog.push([Math.round(entry.startTime - start), Math.round(entry.duration)]);
        }
      });
      observer.observe({ type: 'longtask', buffered: false });
      // Frame gaps also catch long work that the longtask API attributes elsewhere.
      let last = performance.now();
      let longestGap = 0;
      const start = last;
      await new Promise((resolve) => {
        const tick = (now) => {
          frames++;
          longestGap = Math.max(longestGap, now - last);
          last = now;
          if (now - start < ms) requestAnimationFrame(tick);
          else resolve();
        };
        requestAnimationFrame(tick);
      });
      observer.disconnect();
      const elapsed = (performance.now() - start) / 1000;
      return { frames, elapsed, longest, longTasks, longestGap, taskLog };
    }, seconds * 1000);
    const step = await page
      .getByTestId('readout-step')
      .textContent()
      .catch(() => null);
    // What the lab made of the URL (it writes its state back), to see the settings applied.
    const appliedQuery = await page.evaluate(() => location.search);
    console.log(
      JSON.stringify({
        url,
        seconds: result.elapsed,
        fps: result.frames / result.elapsed,
        longestTaskMs: result.longest,
        longTasks: result.longTasks,
        longTaskLog: result.taskLog,
        longestFrameGapMs: result.longestGap,
        stepReadout: step,
        appliedQuery,
      }),
    );
    await page.close();
  }
} finally {
  await browser?.close();
  server.kill();
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${url}`);
}
