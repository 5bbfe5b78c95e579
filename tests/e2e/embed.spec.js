// The embed kit (issue 12, item 4): docs/examples/course.html served from another origin than
// the labs, with one lab in an <iframe data-descent> and one <descent-lab> element. Each iframe
// is as tall as its lab (no inner scrollbar); a 640 x 640 iframe shows the main view and Play;
// the host page drives play/pause/step through the postMessage API and receives cost events; a
// command from a wrong origin or window is ignored; the Embed dialog gives both snippets.
// Screenshots go to test-output/screenshots/embed-*.png.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR, openLab } from './helpers.js';

const labPort = Number(process.env.DESCENT_E2E_PORT ?? 4173);
// The course pages come from a second origin (another port): DESCENT_E2E_HOST_PORT, or the
// lab port + 10 (so that two checkouts with their own DESCENT_E2E_PORT do not collide).
const hostPort = Number(process.env.DESCENT_E2E_HOST_PORT ?? labPort + 10);
const SITE = `http://127.0.0.1:${labPort}/`;
const HOST = `http://127.0.0.1:${hostPort}`;
// The address docs/examples/course.html loads the labs from (vite preview's default port).
const EXAMPLE_SITE = 'http://127.0.0.1:4173/';
// Loading a lab in a frame (the core, then the lab) on a busy machine: more than expect's 5 s.
const READY = { timeout: 30_000 };
// What holds each lab on the course page.
const HOLDERS = { valley: '#valley-lab', network: 'descent-lab' };
const MAIN_VIEWS = {
  valley: ['valley-overlay'],
  network: ['network-map', 'network-diagram'],
};

/** The host origin's pages: the worked example (pointed at the lab server) and test pages. */
async function hostPage(path) {
  const url = new URL(path, HOST);
  if (url.pathname === '/course.html') {
    const text = await readFile('docs/examples/course.html', 'utf8');
    return text.replaceAll(EXAMPLE_SITE, SITE);
  }
  const lab = url.searchParams.get('lab') ?? 'valley';
  const head = '<!doctype html><meta charset="utf-8"><title>host</title>';
  if (url.pathname === '/one-element.html') {
    return `${head}<script src="${SITE}embed.js"></script>
      <descent-lab lab="${lab}" lang="en"></descent-lab>`;
  }
  if (url.pathname === '/fixed.html') {
    return `${head}<style>body{margin:0}</style>
      <iframe src="${SITE}?lab=${lab}&embed=1&lang=en" width="640" height="640"
        style="border:0;display:block" title="fixed"></iframe>`;
  }
  if (url.pathname === '/wrong-origin.html') {
    // The lab is told to obey only another origin than this page's.
    return `${head}<iframe id="lab" src="${SITE}?lab=valley&embed=1&origin=http://example.invalid"
      width="800" height="600" title="wrong origin"></iframe>`;
  }
  return null;
}

/** @type {import('node:http').Server} */
let server;
test.beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await hostPage(request.url ?? '/');
    response.writeHead(body === null ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise((done) => server.listen(hostPort, '127.0.0.1', () => done(undefined)));
});
test.afterAll(async () => {
  await new Promise((done) => server.close(() => done(undefined)));
});

/**
 * The frame of the lab page whose URL names `lab`.
 * @param {import('@playwright/test').Page} page @param {string} lab
 */
function labFrame(page, lab) {
  const frame = page
    .frames()
    .find((f) => f !== page.mainFrame() && f.url().startsWith(`${SITE}?lab=${lab}&`));
  if (!frame) throw new Error(`no frame of the ${lab} lab`);
  return frame;
}

/** Inside a frame: how far its document scrolls (0: no inner scrollbar) and how tall it is. */
function innerScroll(frame) {
  return frame.evaluate(() => {
    const root = document.documentElement;
    return {
      vertical: root.scrollHeight - root.clientHeight,
      horizontal: root.scrollWidth - root.clientWidth,
      content: Math.ceil(document.body.getBoundingClientRect().height),
      viewport: innerHeight,
    };
  });
}

/** Waits until the frame's lab fits its iframe exactly: no scroll, the iframe its height. */
async function expectSizedToContent(frame) {
  await expect
    .poll(async () => {
      const sizes = await innerScroll(frame);
      const { vertical, horizontal, content, viewport } = sizes;
      const fits = vertical <= 0 && horizontal <= 0 && Math.abs(viewport - content) <= 2;
      return fits ? 'fits' : JSON.stringify(sizes);
    })
    .toBe('fits');
}

/** @param {import('@playwright/test').Locator} row a course page's .lab-drive row */
async function costEvents(row) {
  return Number((await row.getAttribute('data-cost-events')) ?? 0);
}

test('course page from another origin: both labs sized to their content', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${HOST}/course.html`);
  for (const lab of ['valley', 'network']) {
    const row = page.locator(`.lab-drive[data-lab="${lab}"]`);
    await expect(row).toHaveAttribute('data-ready', 'true', READY);
  }
  const heights = {};
  for (const lab of ['valley', 'network']) {
    // Chromium renders an off-screen cross-origin frame lazily (no resize observer there until
    // it is in view): look at it, as a student scrolling the page does.
    await page.locator(HOLDERS[lab]).scrollIntoViewIfNeeded();
    const frame = labFrame(page, lab);
    await expectSizedToContent(frame);
    heights[lab] = (await innerScroll(frame)).viewport;
    expect(heights[lab], lab).toBeGreaterThan(400);
  }
  // The course trims both labs (hide= and lock= in their URLs): a hidden control is absent, a
  // locked one visible but disabled.
  const trims = {
    valley: { hidden: ['export-csv', 'learning-rate'], locked: 'speed' },
    network: { hidden: ['learning-rate'], locked: 'noise' },
  };
  for (const [lab, { hidden, locked }] of Object.entries(trims)) {
    const frame = labFrame(page, lab);
    for (const testid of hidden) await expect(frame.getByTestId(testid).first()).toBeHidden();
    await expect(frame.getByTestId(locked)).toBeDisabled();
    await expect(frame.getByTestId(locked)).toHaveAttribute('title', 'Locked by the course');
  }
  // One screenshot per lab in view (an off-screen cross-origin frame is not painted).
  for (const lab of ['valley', 'network']) {
    await page.locator(HOLDERS[lab]).evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/embed-course-1280-${lab}.png` });
  }
  // A narrower page stacks the Valley's panels: its iframe grows with its content; both still
  // fit their content exactly.
  await page.setViewportSize({ width: 600, height: 900 });
  await page.locator(HOLDERS.valley).scrollIntoViewIfNeeded();
  const valley = labFrame(page, 'valley');
  await expect
    .poll(async () => (await innerScroll(valley)).viewport)
    .toBeGreaterThan(heights.valley);
  for (const lab of ['valley', 'network']) {
    await page.locator(HOLDERS[lab]).scrollIntoViewIfNeeded();
    const frame = labFrame(page, lab);
    await expectSizedToContent(frame);
    // More content (300 px more), then less: the iframe follows both ways.
    const before = (await innerScroll(frame)).viewport;
    await frame.evaluate(() => {
      const block = document.createElement('div');
      block.id = 'extra-content';
      block.style.height = '300px';
      document.body.append(block);
    });
    await expect.poll(async () => (await innerScroll(frame)).viewport).toBe(before + 300);
    await frame.evaluate(() => document.getElementById('extra-content')?.remove());
    await expect.poll(async () => (await innerScroll(frame)).viewport).toBe(before);
    await expectSizedToContent(frame);
  }
  await page.locator(HOLDERS.valley).evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/embed-course-600-valley.png` });
  expect(errors).toEqual([]);
});

test('the course page drives both labs and receives throttled cost events', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${HOST}/course.html`);
  for (const lab of ['valley', 'network']) {
    const row = page.locator(`.lab-drive[data-lab="${lab}"]`);
    await expect(row).toHaveAttribute('data-ready', 'true', READY);
    const frame = labFrame(page, lab);
    // Step: one step, reported at once with its cost.
    await row.getByRole('button', { name: 'Step' }).click();
    await expect(row).toHaveAttribute('data-step', '1');
    await expect(row.locator('.readout')).toHaveText(/^step 1, cost \d/);
    // Play: the lab runs (its own Play button says Pause) and reports a few times a second.
    const before = await costEvents(row);
    const started = Date.now();
    await row.getByRole('button', { name: 'Play' }).click();
    await expect(row).toHaveAttribute('data-playing', 'true');
    await expect(frame.getByTestId('play')).toHaveText('Pause');
    await page.waitForTimeout(2000);
    await row.getByRole('button', { name: 'Pause' }).click();
    await expect(row).toHaveAttribute('data-playing', 'false');
    await expect(frame.getByTestId('play')).toHaveText('Play');
    const during = (await costEvents(row)) - before;
    const seconds = (Date.now() - started) / 1000;
    expect(during, `${lab}: cost events in ~2 s of play`).toBeGreaterThanOrEqual(3);
    // At most 4 a second, and the last one when the lab pauses.
    expect(during, `${lab}: ${during} in ${seconds} s`).toBeLessThanOrEqual(4 * seconds + 2);
    const stepped = Number(await row.getAttribute('data-step'));
    expect(stepped).toBeGreaterThan(1);
    // Paused: no more steps; read() gives the numbers of the last report.
    await page.waitForTimeout(400);
    expect(Number(await row.getAttribute('data-step'))).toBe(stepped);
    const read = await page.evaluate(async (name) => {
      const target =
        name === 'valley'
          ? window.DescentEmbed.connect(document.querySelector('#valley-lab'))
          : document.querySelector('descent-lab');
      return target.read();
    }, lab);
    expect(read.lab).toBe(lab);
    expect(read.playing).toBe(false);
    expect(read.summary.step).toBe(stepped);
    expect(Number.isFinite(read.summary.cost)).toBe(true);
    // Reset: back to step 0.
    await row.getByRole('button', { name: 'Reset' }).click();
    await expect(row).toHaveAttribute('data-step', '0');
  }
  // setState with URL-style parameters: the valley gets steeper, the lab's URL says so.
  const valley = page.locator('.lab-drive[data-lab="valley"]');
  await valley.getByRole('button', { name: /Steeper valley/ }).click();
  await expect.poll(() => labFrame(page, 'valley').url()).toContain('kappa=50');
  // A refused patch is refused by name, and the state is kept.
  const refusal = await page.evaluate(() =>
    window.DescentEmbed.connect(document.querySelector('#valley-lab'))
      .setState({ params: { kappa: 'steep' } })
      .then(
        () => 'accepted',
        (error) => error.message,
      ),
  );
  expect(refusal).toMatch(/kappa/);
  expect(labFrame(page, 'valley').url()).toContain('kappa=50');
});

test('commands from a wrong origin or a wrong window are ignored', async ({ page }) => {
  await page.goto(`${HOST}/wrong-origin.html`);
  const frame = labFrame(page, 'valley');
  await expect(frame.locator('body')).toHaveAttribute('data-ready', 'true', READY);
  // The parent page posts Play, but the lab obeys only http://example.invalid: no play, no reply.
  const replies = await page.evaluate(async (site) => {
    const received = [];
    window.addEventListener('message', (event) => received.push(event.data));
    const iframe = /** @type {HTMLIFrameElement} */ (document.getElementById('lab'));
    iframe.contentWindow?.postMessage({ descent: 1, type: 'play', id: 1 }, new URL(site).origin);
    await new Promise((done) => setTimeout(done, 800));
    return received.filter((data) => data?.type === 'reply');
  }, SITE);
  expect(replies).toEqual([]);
  await expect(frame.getByTestId('play')).toHaveText('Play');

  // On the course page the lab obeys its parent, but not a message from its own window.
  await page.goto(`${HOST}/course.html`);
  const row = page.locator('.lab-drive[data-lab="valley"]');
  await expect(row).toHaveAttribute('data-ready', 'true', READY);
  const valley = labFrame(page, 'valley');
  await valley.evaluate(() => window.postMessage({ descent: 1, type: 'play', id: 2 }, '*'));
  await page.waitForTimeout(500);
  await expect(valley.getByTestId('play')).toHaveText('Play');
  // The same command from the parent is obeyed (the message itself was well formed).
  await page.evaluate((site) => {
    const iframe = /** @type {HTMLIFrameElement} */ (document.getElementById('valley-lab'));
    iframe.contentWindow?.postMessage({ descent: 1, type: 'play', id: 3 }, new URL(site).origin);
  }, SITE);
  await expect(valley.getByTestId('play')).toHaveText('Pause');
});

for (const lab of ['valley', 'network']) {
  test(`${lab} in a 640 x 640 iframe on another origin: main view and Play visible`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 700 });
    await page.goto(`${HOST}/fixed.html?lab=${lab}`);
    const frame = labFrame(page, lab);
    await expect(frame.locator('body')).toHaveAttribute('data-ready', 'true', READY);
    for (const testid of [...MAIN_VIEWS[lab], 'play']) {
      const box = await frame
        .getByTestId(testid)
        .first()
        .evaluate((node) => {
          const { x, y, width, height } = node.getBoundingClientRect();
          return { x, y, width, height };
        });
      expect(box.width, testid).toBeGreaterThan(0);
      expect(box.x, testid).toBeGreaterThanOrEqual(0);
      expect(box.y, testid).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, testid).toBeLessThanOrEqual(640);
      expect(box.y + box.height, testid).toBeLessThanOrEqual(640);
    }
    await page.screenshot({ path: `${SCREENSHOT_DIR}/embed-fixed-640-${lab}.png` });
  });
}

test('one script tag and one <descent-lab> element make a working lab', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${HOST}/one-element.html?lab=regression`);
  const frame = labFrame(page, 'regression');
  await expect(frame.locator('body')).toHaveAttribute('data-ready', 'true', READY);
  await expect(frame.getByTestId('data-plot')).toBeVisible();
  await expectSizedToContent(frame);
  const result = await page.evaluate(async () => {
    const element = /** @type {any} */ (document.querySelector('descent-lab'));
    const costs = [];
    element.addEventListener('cost', (event) => costs.push(event.detail));
    const stepped = await element.step(5);
    await new Promise((done) => setTimeout(done, 100));
    return { stepped, costs, summary: element.summary };
  });
  expect(result.stepped.summary.step).toBe(5);
  expect(result.costs.at(-1).step).toBe(5);
  expect(Number.isFinite(result.costs.at(-1).cost)).toBe(true);
  await expect(frame.getByTestId('readout-step')).toHaveText('5');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/embed-one-element.png`, fullPage: true });
});

test('the Embed dialog gives both snippets for the current state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
  const errors = await openLab(page, '?lab=valley&surface=bowl&kappa=20');
  await page.getByTestId('embed').click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  const iframeCode = await page.getByTestId('embed-iframe-code').inputValue();
  expect(iframeCode).toContain('data-descent');
  expect(iframeCode).toContain('embed=1');
  expect(iframeCode).toContain('kappa=20');
  expect(iframeCode).toContain(`src="${SITE}embed.js"`);
  const elementCode = await page.getByTestId('embed-element-code').inputValue();
  expect(elementCode).toMatch(/<descent-lab lab="valley" lang="en" params="[^"]*kappa=20/);
  await page.getByTestId('embed-element-copy').click();
  await expect(dialog.getByRole('status').nth(1)).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(elementCode);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/embed-dialog.png` });
  await page.getByTestId('embed-close').click();
  await expect(dialog).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('embed mode links to the full page with the same state, in Chinese too', async ({ page }) => {
  const errors = await openLab(page, '?lab=network&embed=1&lang=zh&data=xor');
  await expect(page.getByTestId('embed')).toHaveText('嵌入');
  const link = page.getByTestId('open-full-page');
  await expect(link).toHaveAttribute('target', '_blank');
  const href = String(await link.getAttribute('href'));
  expect(href).toContain('lab=network');
  expect(href).toContain('data=xor');
  expect(href).toContain('lang=zh');
  expect(href).not.toContain('embed=');
  // The dialog speaks Chinese too, and its snippets keep the language.
  await page.getByTestId('embed').click();
  await expect(page.getByTestId('embed-dialog')).toContainText('把本实验嵌入课程页面');
  const elementCode = await page.getByTestId('embed-element-code').inputValue();
  expect(elementCode).toContain('<descent-lab lab="network" lang="zh" params="');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/embed-dialog-zh.png` });
  expect(errors).toEqual([]);
});
