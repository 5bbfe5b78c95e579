// The Network lab's step-through, gradient-check and loss-landscape panels, driven by the real
// core: KaTeX with the probe's numbers, backprop agreeing with finite differences, and a
// landscape whose centre is the cost the lab shows.
import { expect, test } from '@playwright/test';
import { openLab, screenshot } from './helpers.js';

const LAB = '?lab=network';

/** The LaTeX sources of the equations shown (KaTeX keeps them in MathML annotations). */
async function equationSources(page) {
  return page.getByTestId('step-equations').locator('annotation').allTextContents();
}

test('step-through shows the forward pass with numbers, then BP1–BP4 on Next', async ({ page }) => {
  const errors = await openLab(page, LAB);
  const panel = page.getByTestId('step-through');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.locator('.katex').first()).toBeVisible();
  const label = page.getByTestId('step-label');
  await expect(label).toHaveAttribute('data-phase', 'forward');
  await expect(label).toContainText('step 1 of');
  // z^1_0 = Σ w a + b = <the terms> = <number>, and a^1_0 = σ(<number>) = <number>.
  let sources = await equationSources(page);
  expect(sources[0]).toMatch(/^z\^\{1\}_\{0\} = .*\\cdot.* = -?\d[\d.]*(\\times10\^\{-?\d+\})?$/);
  expect(sources[1]).toMatch(/^a\^\{1\}_\{0\} = .*\(-?\d[\d.]*.*\) = -?\d/);
  await screenshot(page, 'network-step-forward');

  // Next walks every neuron of the forward pass, then the backward pass from the output.
  const total = Number((await label.textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(2);
  let sawBackward = false;
  const rules = new Set();
  for (let i = 1; i < total; i++) {
    await page.getByTestId('step-next').click();
    const phase = await label.getAttribute('data-phase');
    if (phase === 'backward') sawBackward = true;
    else expect(sawBackward).toBe(false); // never back to forward once backward has begun
    for (const rule of await page
      .getByTestId('step-equations')
      .locator('.np-eq')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-rule'))))
      rules.add(rule);
    if (phase === 'backward' && !rules.has('BP2') && rules.has('BP1')) {
      sources = await equationSources(page);
      expect(sources.some((s) => /\\delta\^\{\d+\}_\{0\} = .* = -?\d/.test(s))).toBe(true);
      await screenshot(page, 'network-step-bp1');
    }
  }
  expect(sawBackward).toBe(true);
  expect([...rules].sort()).toEqual(['BP1', 'BP2', 'BP3', 'BP4', 'C', 'a', 'z']);
  await expect(label).toContainText(`step ${total} of ${total}`);
  await expect(page.getByTestId('step-next')).toBeDisabled();
  await screenshot(page, 'network-step-backward');
  // The slider jumps straight back to the first step.
  await page.getByTestId('step-slider').fill('0');
  await expect(label).toContainText(`step 1 of ${total}`);
  await expect(label).toHaveAttribute('data-phase', 'forward');
  expect(errors).toEqual([]);
});

test('picking a point on the data traces that sample', async ({ page }) => {
  const errors = await openLab(page, LAB);
  const picker = page.getByTestId('step-picker');
  await picker.scrollIntoViewIfNeeded();
  const before = await equationSources(page);
  const box = await picker.boundingBox();
  if (!box) throw new Error('no picker');
  await picker.click({ position: { x: box.width * 0.8, y: box.height * 0.25 } });
  await expect.poll(async () => (await equationSources(page))[0]).not.toBe(before[0]);
  expect(Number(await page.getByTestId('step-sample').inputValue())).toBeGreaterThan(-1);
  expect(errors).toEqual([]);
});

test('gradient check: backprop agrees with finite differences to < 1e-6 everywhere', async ({
  page,
}) => {
  const errors = await openLab(page, LAB);
  await page.getByTestId('gradcheck-run').scrollIntoViewIfNeeded();
  await page.getByTestId('gradcheck-run').click();
  const summary = page.getByTestId('gradcheck-summary');
  await expect(summary).toHaveAttribute('data-max-relative-error', /\d/, { timeout: 30_000 });
  const max = Number(await summary.getAttribute('data-max-relative-error'));
  expect(max).toBeLessThan(1e-6);
  await expect(summary).toContainText('Max relative error');
  const rows = page.getByTestId('gradcheck-table').locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(5);
  // Sorting by relative error, largest first, puts the summarised maximum on top.
  await page.getByTestId('gradcheck-sort-relativeError').click();
  const top = Number(await rows.first().locator('td').nth(3).textContent());
  expect(top).toBeCloseTo(max, 8);
  await screenshot(page, 'network-gradient-check');
  expect(errors).toEqual([]);
});

test('landscape: fills in across frames, is not blank, and its centre is the current cost', async ({
  page,
}) => {
  const errors = await openLab(page, LAB);
  const panel = page.getByTestId('landscape');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toHaveAttribute('data-complete', 'true', { timeout: 30_000 });
  const colours = await page.getByTestId('landscape-canvas').evaluate((canvas) => {
    const c = /** @type {HTMLCanvasElement} */ (canvas);
    const ctx = /** @type {CanvasRenderingContext2D} */ (c.getContext('2d'));
    const ratio = c.width / c.clientWidth;
    // Inside the plot area (margins 44 left, 16 top).
    const { data } = ctx.getImageData(60 * ratio, 30 * ratio, 300 * ratio, 300 * ratio);
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4 * 29)
      seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return seen.size;
  });
  expect(colours).toBeGreaterThan(10);
  const centre = await page.getByTestId('landscape-centre').textContent();
  const cost = await page.getByTestId('landscape-current-cost').textContent();
  expect(centre).toBe(cost);
  expect(Number(centre)).toBeGreaterThan(0);
  // …and the lab's own training-loss readout, to the 4 decimals it shows.
  await expect(page.getByTestId('readout-train-loss')).toHaveText(
    String(Number(Number(centre).toFixed(4))),
  );
  await screenshot(page, 'network-landscape');

  // Train an epoch: the slice stays, the lab's cost moves; recomputing centres it again.
  await page.getByTestId('step-epoch').click();
  await expect(page.getByTestId('landscape-message')).toContainText('moved');
  const trained = await page.getByTestId('landscape-current-cost').textContent();
  expect(trained).not.toBe(cost);
  await page.getByTestId('landscape-recompute').click();
  await expect(panel).toHaveAttribute('data-complete', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('landscape-centre')).toHaveText(String(trained));
  await expect(page.getByTestId('landscape-message')).toHaveText('');

  // A recompute fills in a few rows per frame: no slice of it (rows + drawing) takes 50 ms.
  await page.getByTestId('landscape-resolution').selectOption('41');
  await expect(panel).toHaveAttribute('data-complete', 'true', { timeout: 30_000 });
  expect(Number(await panel.getAttribute('data-longest-slice-ms'))).toBeLessThan(50);
  expect(await page.getByTestId('landscape-centre').textContent()).toBe(trained);
  await screenshot(page, 'network-landscape-trained');
  expect(errors).toEqual([]);
});
