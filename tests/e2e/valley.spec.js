// The Valley lab as a student uses it: drop the ball, press Play, watch the cost fall.
import { expect, test } from '@playwright/test';
import { openLab, readNumber, screenshot } from './helpers.js';

test('loads with no console error and draws the valley', async ({ page }) => {
  const errors = await openLab(page, '?lab=valley');
  await expect(page.getByTestId('valley-map')).toBeVisible();
  // The heat map is not blank: many distinct colours inside the plot area.
  const colours = await page.getByTestId('valley-map').evaluate((canvas) => {
    const ctx = /** @type {HTMLCanvasElement} */ (canvas).getContext('2d');
    const { data } = ctx.getImageData(100, 100, 300, 300);
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4 * 37) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return seen.size;
  });
  expect(colours).toBeGreaterThan(10);
  expect(errors).toEqual([]);
});

test('a click drops the ball and Play makes the plotted loss fall', async ({ page }) => {
  const errors = await openLab(page, '?lab=valley&surface=bowl&lr=0.05');
  const map = page.getByTestId('valley-overlay');
  const box = await map.boundingBox();
  if (!box) throw new Error('no map');
  // Drop the ball near the upper-right corner of the plot.
  await map.click({ position: { x: box.width * 0.8, y: box.height * 0.2 } });
  await expect(page.getByTestId('readout-step')).toHaveText('0');
  const position = await page.getByTestId('readout-position').textContent();
  const [x0, y0] = String(position).replace(/[()]/g, '').split(',').map(Number);
  expect(x0).toBeGreaterThan(0);
  expect(y0).toBeGreaterThan(0);
  expect(page.url()).toContain('x0=');

  const before = await readNumber(page, 'readout-value');
  await page.getByTestId('play').click();
  await expect.poll(() => readNumber(page, 'readout-step')).toBeGreaterThan(30);
  await page.getByTestId('play').click(); // pause
  const after = await readNumber(page, 'readout-value');
  expect(after).toBeLessThan(before * 0.1);
  // The chart plots the same fall: its last point is far below its first.
  const chart = page.getByTestId('loss-chart');
  const first = Number(await chart.getAttribute('data-first-y'));
  const last = Number(await chart.getAttribute('data-last-y'));
  expect(Number(await chart.getAttribute('data-points'))).toBeGreaterThan(30);
  expect(last).toBeLessThan(first * 0.1);
  await screenshot(page, 'valley-bowl');
  expect(errors).toEqual([]);
});

test('a diverging run stops with a plain message and Reset works', async ({ page }) => {
  const errors = await openLab(page, '?lab=valley&surface=bowl&kappa=10&lr=0.5&speed=20');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('message')).toContainText('learning rate is too large');
  await expect(page.getByTestId('play')).toHaveText('Play');
  await screenshot(page, 'valley-diverged');
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('readout-step')).toHaveText('0');
  await expect(page.getByTestId('message')).toHaveText('');
  expect(errors).toEqual([]);
});

test('Step advances exactly one iteration', async ({ page }) => {
  await openLab(page, '?lab=valley&surface=rosenbrock');
  await page.getByTestId('step').click();
  await expect(page.getByTestId('readout-step')).toHaveText('1');
  await page.getByTestId('step').click();
  await expect(page.getByTestId('readout-step')).toHaveText('2');
});
