// Keyboard alone (issue 13): each lab's main task done with page.keyboard only, never the mouse
// (drop the ball and race in Valley, add three points and train in Classification, edit a
// weight and train in Network, run the seed's preset in Regression); the help dialog on `?`;
// screenshots of the focus ring (test-output/screenshots/keyboard-*.png: look at them); and
// the narration: during 10 s of play at most 10 live-region announcements, saying what happened.
import { expect, test } from '@playwright/test';
import { openLab, readNumber, screenshot } from './helpers.js';

/**
 * Presses Tab until the element with `testid` has focus (Shift+Tab never needed: the page is
 * walked forward). Fails after `limit` presses.
 * @param {import('@playwright/test').Page} page @param {string} testid
 */
async function tabTo(page, testid, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testid) return;
  }
  throw new Error(`Tab never reached ${testid}`);
}

/** @param {import('@playwright/test').Page} page @param {string} key @param {number} times */
async function press(page, key, times) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Whether the focused element shows an outline (the focus ring). */
async function focusRingWidth(page) {
  return page.evaluate(() => {
    const node = document.activeElement;
    if (!node) return 0;
    const style = getComputedStyle(node);
    return style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth);
  });
}

test('Valley by keyboard: move the cursor on the map, Enter drops the ball, Space races', async ({
  page,
}) => {
  const errors = await openLab(page, '?lab=valley');
  await tabTo(page, 'valley-overlay');
  expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('canvas-cursor')).toBeVisible();
  await press(page, 'ArrowLeft', 8);
  await press(page, 'ArrowUp', 5);
  await screenshot(page, 'keyboard-valley-focus');
  const cursor = page.getByTestId('canvas-cursor');
  const at = { x: Number(await cursor.getAttribute('data-x')), y: 0 };
  at.y = Number(await cursor.getAttribute('data-y'));
  await page.keyboard.press('Enter');
  // The ball was dropped at the cursor: the URL carries the new start.
  await expect.poll(() => new URL(page.url()).searchParams.get('x0')).not.toBeNull();
  const query = new URL(page.url()).searchParams;
  expect(Number(query.get('x0'))).toBeCloseTo(at.x, 2);
  expect(Number(query.get('y0'))).toBeCloseTo(at.y, 2);
  await expect(page.getByTestId('readout-step')).toHaveText('0');
  await page.keyboard.press('Space');
  await expect
    .poll(() => readNumber(page, 'readout-step'), { timeout: 20_000 })
    .toBeGreaterThan(20);
  await page.keyboard.press('Space');
  const paused = await readNumber(page, 'readout-step');
  await page.keyboard.press('s');
  await expect.poll(() => readNumber(page, 'readout-step')).toBeGreaterThan(paused);
  await page.keyboard.press('r');
  await expect(page.getByTestId('readout-step')).toHaveText('0');
  expect(errors).toEqual([]);
});

test('Classification by keyboard: three points added on the plot, then trained', async ({
  page,
}) => {
  const errors = await openLab(page, '?lab=classification');
  await tabTo(page, 'dataset');
  await page.keyboard.press('End'); // "My points", the last data set
  await expect(page.getByTestId('dataset')).toHaveValue('points');
  await tabTo(page, 'data-plot');
  expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(2);
  const before = new URL(page.url()).searchParams.get('pts') ?? '';
  await page.keyboard.press('Enter');
  await press(page, 'ArrowRight', 10);
  await page.keyboard.press('Enter');
  await press(page, 'ArrowUp', 10);
  await page.keyboard.press('Enter');
  await screenshot(page, 'keyboard-classification-focus');
  const points = await pointCount(page);
  expect(points).toBeGreaterThanOrEqual(3);
  // Delete removes the nearest point (the last one, under the cursor).
  await page.keyboard.press('Delete');
  expect(await pointCount(page)).toBe(points - 1);
  await page.keyboard.press('Enter');
  expect(await pointCount(page)).toBe(points);
  expect(new URL(page.url()).searchParams.get('pts') ?? '').not.toBe(before);
  await page.keyboard.press('Space');
  await expect.poll(() => readNumber(page, 'readout-step'), { timeout: 20_000 }).toBeGreaterThan(5);
  // While it trains, the plot's description follows the run (rewritten every few seconds).
  await expect.poll(() => plotDescription(page), { timeout: 20_000 }).toMatch(/Step \d+, cost/);
  await page.keyboard.press('Space');
  expect(errors).toEqual([]);
});

/** The data plot's text description (aria-describedby). */
function plotDescription(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="data-plot"]');
    const id = canvas?.getAttribute('aria-describedby') ?? '';
    return document.getElementById(id)?.textContent ?? '';
  });
}

/** The number of points the data plot's description counts. */
async function pointCount(page) {
  const text = await plotDescription(page);
  const match = /(\d+)\s*(points|个点)/.exec(text);
  if (!match) throw new Error(`no point count in "${text}"`);
  return Number(match[1]);
}

test('Network by keyboard: walk to a link, Enter edits its weight, Space trains', async ({
  page,
}) => {
  const errors = await openLab(page, '?lab=network');
  await tabTo(page, 'network-links');
  expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(2);
  // The neurons come first, then the links: End reaches the last link.
  await page.keyboard.press('End');
  await expect(page.getByTestId('net-tooltip')).toContainText('w');
  await screenshot(page, 'keyboard-network-focus');
  await page.keyboard.press('Enter');
  const editor = page.getByTestId('weight-editor');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1.25');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  // Focus is back on the diagram and its tooltip shows the new weight.
  await expect(page.getByTestId('network-links')).toBeFocused();
  await expect(page.getByTestId('net-tooltip')).toContainText('1.250');
  await expect(page.getByTestId('network-outline')).toContainText('1.25');
  await page.keyboard.press('Space');
  await expect
    .poll(() => readNumber(page, 'readout-epoch'), { timeout: 30_000 })
    .toBeGreaterThan(2);
  await page.keyboard.press('Space');
  // The decision map takes points by keyboard too.
  await tabTo(page, 'network-map');
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('pts')).not.toBeNull();
  // Delete takes the student's nearest point away again; the map's description says where the
  // run is.
  await page.keyboard.press('Delete');
  await expect.poll(() => new URL(page.url()).searchParams.get('pts')).toBeNull();
  const described = await page
    .getByTestId('network-map')
    .evaluate((canvas) => document.getElementById(canvas.getAttribute('aria-describedby') ?? ''));
  expect(described).not.toBeNull();
  expect(errors).toEqual([]);
});

test("Regression by keyboard: the seed's preset runs to its stopping rule", async ({ page }) => {
  const errors = await openLab(page, '?lab=regression');
  await tabTo(page, 'preset');
  expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(2);
  await screenshot(page, 'keyboard-regression-focus');
  await page.keyboard.press('Enter');
  await tabTo(page, 'play');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('play')).toHaveText('Play', { timeout: 30_000 });
  expect(await readNumber(page, 'readout-step')).toBeGreaterThan(10);
  await expect(page.getByTestId('message')).not.toHaveText('');
  // ] raises the learning rate: the slider's readout follows.
  const rate = Number(await page.getByTestId('learning-rate').inputValue());
  await page.keyboard.press('Escape');
  await tabTo(page, 'data-plot');
  await page.keyboard.press(']');
  expect(Number(await page.getByTestId('learning-rate').inputValue())).toBeGreaterThan(rate);
  expect(errors).toEqual([]);
});

test('? opens the shortcut list in the page language; Escape closes it', async ({ page }) => {
  for (const [lang, title] of [
    ['en', 'Keyboard shortcuts'],
    ['zh', '键盘快捷键'],
  ]) {
    await openLab(page, `?lab=classification&lang=${lang}`);
    await page.keyboard.press('?');
    const dialog = page.getByTestId('keyboard-help');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(title);
    await expect(dialog.locator('kbd')).toContainText(['Space', '.', 's', 'r', '[', ']', '?']);
    if (lang === 'en') await screenshot(page, 'keyboard-help');
    // Shortcuts are off while the dialog is open.
    await page.keyboard.press('Space');
    await expect(page.getByTestId('play')).toHaveText(lang === 'en' ? 'Play' : '运行');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('shortcuts never fire while typing in a field', async ({ page }) => {
  await openLab(page, '?lab=valley');
  await tabTo(page, 'stop-max-steps');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5 r s');
  await expect(page.getByTestId('play')).toHaveText('Play');
  await expect(page.getByTestId('readout-step')).toHaveText('0');
});

for (const lab of ['valley', 'regression', 'classification', 'network']) {
  test(`${lab}: 10 s of play make at most 10 announcements that say what happened`, async ({
    page,
  }) => {
    const errors = await openLab(page, `?lab=${lab}`);
    await page.evaluate(() => {
      // Every change inside a live region counts once per region and batch, as a screen reader
      // would queue it; regions switched off (aria-live="off") are silent.
      const live = (/** @type {Node | null} */ node) => {
        let n = node instanceof Element ? node : (node?.parentElement ?? null);
        for (; n; n = n.parentElement) {
          const setting = n.getAttribute('aria-live');
          if (setting === 'off') return null;
          if (setting || ['status', 'alert', 'log'].includes(n.getAttribute('role') ?? ''))
            return n;
          if (n.tagName === 'OUTPUT') return n;
        }
        return null;
      };
      /** @type {string[]} */
      const heard = [];
      // @ts-ignore a test's record on the window
      window.heard = heard;
      new MutationObserver((records) => {
        const regions = new Set(records.map((r) => live(r.target)).filter(Boolean));
        for (const region of regions) heard.push(region?.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.press('Space');
    await expect(page.getByTestId('play')).not.toHaveText('Play');
    await page.waitForTimeout(10_000);
    // @ts-ignore
    const heard = /** @type {string[]} */ (await page.evaluate(() => window.heard));
    console.log(`${lab}: ${JSON.stringify(heard)}`);
    expect(heard.length).toBeGreaterThanOrEqual(2);
    expect(heard.length).toBeLessThanOrEqual(10);
    expect(heard.some((text) => text.includes('Started'))).toBe(true);
    expect(heard.some((text) => /Step \d+/.test(text))).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('prefers-reduced-motion: Play advances in visible steps, a few a second', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors = await openLab(page, '?lab=valley');
  await page.evaluate(() => {
    const readout = document.querySelector('[data-testid="readout-step"]');
    // @ts-ignore a test's counter on the window
    window.stepChanges = 0;
    new MutationObserver(() => {
      // @ts-ignore
      window.stepChanges++;
    }).observe(/** @type {Node} */ (readout), { subtree: true, childList: true });
  });
  await page.keyboard.press('Space');
  await page.waitForTimeout(3000);
  await page.keyboard.press('Space');
  // @ts-ignore
  const changes = await page.evaluate(() => window.stepChanges);
  // 3 s at one advance per 400 ms: about 8 (every frame would be ~180).
  expect(changes).toBeGreaterThanOrEqual(2);
  expect(changes).toBeLessThanOrEqual(12);
  const transition = await page
    .getByTestId('play')
    .evaluate((button) => getComputedStyle(button).transitionDuration);
  expect(transition).toBe('0s');
  expect(errors).toEqual([]);
});
