// The Regression lab as a student uses it: fit the commute data by GD and watch W_t reach the
// closed form, try the seed's mini-batch setup, ridge, polynomial degree, own points and CSV.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openLab, readNumber, screenshot } from './helpers.js';

const W_STAR = [6.08613445378149, 6.53361344537816, 2.11274509803922];

/** Distinct colours sampled inside a canvas: a blank canvas has one or two. */
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

async function readVector(page, testid) {
  const text = await page.getByTestId(testid).textContent();
  return String(text).replace(/[[\]]/g, '').split(',').map(Number);
}

test('GD on the commute data reaches the closed form W* within 1e-3', async ({ page }) => {
  const errors = await openLab(page, '?lab=regression');
  await expect(page.getByTestId('readout-step')).toHaveText('0');
  const closed = await readVector(page, 'readout-closed-form');
  closed.forEach((w, k) => expect(w).toBeCloseTo(W_STAR[k], 3));
  expect(await colourCount(page.getByTestId('data-plot'))).toBeGreaterThan(5);
  expect(await colourCount(page.getByTestId('valley-map'))).toBeGreaterThan(10);
  await page.getByTestId('play').click();
  await expect
    .poll(() => readNumber(page, 'readout-distance'), { timeout: 20000 })
    .toBeLessThan(1e-3);
  await page.getByTestId('play').click();
  const weights = await readVector(page, 'readout-weights');
  weights.forEach((w, k) => expect(Math.abs(w - W_STAR[k])).toBeLessThan(1e-3));
  const chart = page.getByTestId('distance-chart');
  expect(Number(await chart.getAttribute('data-last-y'))).toBeLessThan(
    Number(await chart.getAttribute('data-first-y')) * 1e-2,
  );
  await screenshot(page, 'regression-commute-gd');
  expect(errors).toEqual([]);
});

test("the seed's preset runs mini-batch SGD with C/√t and stops by the 0.02 rule; a URL reload reproduces it", async ({
  page,
}) => {
  const errors = await openLab(page, '?lab=regression');
  await page.getByTestId('preset').click();
  await expect(page.getByTestId('method')).toHaveValue('minibatch');
  await expect(page.getByTestId('schedule')).toHaveValue('inverse-sqrt');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('message')).toContainText('less than the tolerance 0.02');
  const step = await page.getByTestId('readout-step').textContent();
  const weights = await page.getByTestId('readout-weights').textContent();
  await screenshot(page, 'regression-seed-preset');
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('method')).toHaveValue('minibatch');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('message')).toContainText('less than the tolerance 0.02');
  await expect(page.getByTestId('readout-step')).toHaveText(String(step));
  await expect(page.getByTestId('readout-weights')).toHaveText(String(weights));
  expect(errors).toEqual([]);
});

test('ridge moves the closed form; polynomial degree over-fits the sine data', async ({ page }) => {
  const errors = await openLab(page, '?lab=regression&data=sine&deg=9');
  await expect(page.getByTestId('poly-card')).toBeVisible();
  const trainCost = await readNumber(page, 'readout-train-cost');
  const testCost = await readNumber(page, 'readout-test-cost');
  expect(trainCost).toBeLessThan(1e-6);
  expect(testCost).toBeGreaterThan(0.05);
  const before = await page.getByTestId('readout-closed-form').textContent();
  await page.getByTestId('ridge-on').check();
  await expect(page.getByTestId('readout-closed-form')).not.toHaveText(String(before));
  expect(page.url()).toContain('lambda=');
  expect(await readNumber(page, 'readout-test-cost')).toBeLessThan(testCost);
  expect(
    Number(await page.getByTestId('degree-chart').getAttribute('data-points')),
  ).toBeGreaterThan(5);
  await screenshot(page, 'regression-sine-ridge');
  expect(errors).toEqual([]);
});

test('own points by clicking, singular data explained, CSV errors name line and column', async ({
  page,
}) => {
  const errors = await openLab(page, '?lab=regression&data=points&lr=0.01&speed=200');
  const plot = page.getByTestId('data-plot');
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  await plot.click({ position: { x: box.width * 0.4, y: box.height * 0.5 } });
  await plot.click({ position: { x: box.width * 0.4, y: box.height * 0.3 } });
  // Two points with the same x: XᵀX is singular.
  await expect(page.getByTestId('message')).toContainText('singular');
  await plot.click({ position: { x: box.width * 0.7, y: box.height * 0.2 } });
  await expect(page.getByTestId('message')).toHaveText('');
  expect(page.url()).toContain('pts=');
  await page.getByTestId('play').click();
  await expect
    .poll(() => readNumber(page, 'readout-distance'), { timeout: 20000 })
    .toBeLessThan(1e-3);
  await page.getByTestId('play').click();
  await screenshot(page, 'regression-points');
  await page.getByTestId('data').selectOption('csv');
  await page.getByTestId('csv-file').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('x,y\n1,2\n2,oops\n'),
  });
  await expect(page.getByTestId('message')).toContainText('line 3, column 2');
  await page.getByTestId('csv-file').setInputFiles({
    name: 'good.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('x,y\n1,2\n2,4.1\n3,5.9\n'),
  });
  await expect(page.getByTestId('message')).toHaveText('');
  await expect(page.getByTestId('readout-closed-form')).toContainText('1.95');
  expect(errors).toEqual([]);
});

test('the computation graph shows the corrected backward pass', async ({ page }) => {
  await openLab(page, '?lab=regression');
  const row = page.locator('[data-testid="graph-table"] tr[data-node="w"]');
  await expect(row).toContainText('-8');
  await page.getByTestId('graph-y').fill('6');
  await expect(page.locator('[data-testid="graph-table"] tr[data-node="c"]')).toContainText('0');
  await page
    .getByTestId('graph-panel')
    .screenshot({ path: 'test-output/screenshots/regression-graph.png' });
});

test('too large a learning rate diverges with the 2/λmax limit in the message; Reset recovers', async ({
  page,
}) => {
  const errors = await openLab(page, '?lab=regression&lr=0.5');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('message')).toContainText('C < 2/λmax = 0.15');
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('readout-step')).toHaveText('0');
  expect(errors).toEqual([]);
});

test('Export scenario downloads JSON that Import restores; a bad file is refused with a message', async ({
  page,
}) => {
  const errors = await openLab(page, '?lab=regression&data=sine&seed=11&method=minibatch&b=3');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-scenario').click(),
  ]);
  const scenario = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(scenario).toMatchObject({
    format: 'descent-scenario',
    lab: 'regression',
    seed: 11,
    sampling: { batchSize: 3 },
  });
  await page.goto('?lab=regression');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('import-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"nope"}'),
  });
  await expect(page.getByTestId('message')).toContainText('descent-scenario');
  await expect(page.getByTestId('data')).toHaveValue('commute');
  await page.getByTestId('import-file').setInputFiles({
    name: 'ok.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await expect(page.getByTestId('data')).toHaveValue('sine');
  await expect(page.getByTestId('method')).toHaveValue('minibatch');
  expect(page.url()).toContain('seed=11');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  expect(png.suggestedFilename()).toBe('regression.png');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  expect(readFileSync(await csv.path(), 'utf8')).toMatch(/^step,w0,w1,cost\n0,0,0,/);
  expect(errors).toEqual([]);
});

test('the lab reads naturally in Chinese', async ({ page }) => {
  const errors = await openLab(page, '?lab=regression&lang=zh');
  await expect(page.getByTestId('play')).toHaveText('运行');
  await screenshot(page, 'regression-zh');
  expect(errors).toEqual([]);
});

test("an imported scenario's initial weights start the run, as in the headless runner", async ({
  page,
}) => {
  const errors = await openLab(page, '?lab=regression&data=commute');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-scenario').click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const scenario = { ...exported, initial: [1, 2, 0.5], run: { steps: 3 } };
  const upload = (name, value) =>
    page.getByTestId('import-file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(value)),
    });
  await upload('start.json', scenario);
  await expect(page.getByTestId('message')).toHaveText('Scenario loaded.');
  await expect(page.getByTestId('readout-step')).toHaveText('0');
  await expect(page.getByTestId('readout-weights')).toHaveText('[1, 2, 0.5]');

  // Three steps on the page land where the runner's three steps land.
  for (let k = 0; k < 3; k++) await page.getByTestId('step').click();
  await expect(page.getByTestId('readout-step')).toHaveText('3');
  const { loadEngine } = await import('../../web/src/engine/load-node.js');
  const { runScenario } = await import('../../web/src/scenario/regression-scenario.js');
  const result = runScenario(await loadEngine(), scenario);
  const shown = (await page.getByTestId('readout-weights').textContent()) ?? '';
  const weights = shown.replace(/[[\]]/g, '').split(',').map(Number);
  weights.forEach((w, k) => expect(w).toBeCloseTo(result.params[k], 3));

  // The export carries the start weights on; start weights of the wrong length are refused.
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-scenario').click(),
  ]);
  expect(JSON.parse(readFileSync(await again.path(), 'utf8')).initial).toEqual([1, 2, 0.5]);
  await upload('short.json', { ...scenario, initial: [1] });
  await expect(page.getByTestId('message')).toContainText('Import refused, your work is kept');
  await expect(page.getByTestId('readout-step')).toHaveText('3');
  expect(errors).toEqual([]);
});
