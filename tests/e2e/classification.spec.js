// The Classification lab as a student uses it: train classifiers on generated data, watch the
// boundary and the valley, place own points, run the perceptron to convergence.
import { expect, test } from '@playwright/test';
import { openLab, readNumber, screenshot } from './helpers.js';

async function colourCount(locator) {
  return locator.evaluate((canvas) => {
    const c = /** @type {HTMLCanvasElement} */ (canvas);
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4 * 29)
      seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return seen.size;
  });
}

test('squared hinge on two Gaussian clouds reaches high accuracy; the views are drawn', async ({
  page,
}) => {
  const errors = await openLab(page, '?lab=classification');
  expect(await colourCount(page.getByTestId('data-plot'))).toBeGreaterThan(4);
  await page.getByTestId('play').click();
  await expect
    .poll(() => readNumber(page, 'readout-step'), { timeout: 20000 })
    .toBeGreaterThan(150);
  await page.getByTestId('play').click();
  expect(await readNumber(page, 'readout-accuracy')).toBeGreaterThan(95);
  expect(await colourCount(page.getByTestId('valley-map'))).toBeGreaterThan(10);
  const loss = page.getByTestId('loss-chart');
  expect(Number(await loss.getAttribute('data-last-y'))).toBeLessThan(
    Number(await loss.getAttribute('data-first-y')),
  );
  await screenshot(page, 'classification-gauss');
  // An L2 penalty rebuilds the model and is kept in the URL.
  await page.getByTestId('lambda').fill('0.5');
  await expect(page.getByTestId('readout-step')).toHaveText('0');
  expect(page.url()).toContain('lambda=0.5');
  expect(errors).toEqual([]);
});

test('the perceptron on own separable points converges and a reload reproduces the weights', async ({
  page,
}) => {
  const errors = await openLab(page, '?lab=classification&data=points&model=perceptron');
  await expect(page.getByTestId('message')).toContainText('No points yet');
  const plot = page.getByTestId('data-plot');
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  const at = (fx, fy) => ({ position: { x: box.width * fx, y: box.height * fy } });
  for (const [fx, fy] of [
    [0.3, 0.2],
    [0.5, 0.25],
    [0.25, 0.4],
  ])
    await plot.click(at(fx, fy));
  await page.getByTestId('point-class').selectOption('-1');
  for (const [fx, fy] of [
    [0.7, 0.75],
    [0.55, 0.8],
    [0.8, 0.6],
  ])
    await plot.click(at(fx, fy));
  expect(page.url()).toContain('pts=');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('message')).toContainText('Converged');
  expect(await readNumber(page, 'readout-accuracy')).toBe(100);
  await expect(page.getByTestId('readout-mistakes')).toHaveText('0');
  const weights = await page.getByTestId('readout-weights').textContent();
  await screenshot(page, 'classification-perceptron-points');
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('message')).toContainText('Converged');
  await expect(page.getByTestId('readout-weights')).toHaveText(String(weights));
  expect(errors).toEqual([]);
});

test('logistic regression with Adam on XOR stays near chance and marks mistakes', async ({
  page,
}) => {
  const errors = await openLab(
    page,
    '?lab=classification&data=xor&model=logistic&opt=adam&lr=0.05&speed=20',
  );
  await page.getByTestId('play').click();
  await expect
    .poll(() => readNumber(page, 'readout-step'), { timeout: 20000 })
    .toBeGreaterThan(200);
  await page.getByTestId('play').click();
  expect(await readNumber(page, 'readout-accuracy')).toBeLessThan(80);
  expect(await readNumber(page, 'readout-mistakes')).toBeGreaterThan(10);
  await screenshot(page, 'classification-xor-logistic');
  await page.getByTestId('step').click();
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('readout-step')).toHaveText('0');
  expect(errors).toEqual([]);
});
