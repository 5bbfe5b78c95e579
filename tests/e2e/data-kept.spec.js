// Nothing the user made is lost (issue 11): a CSV over 200,000 characters loads and survives a
// reload (the link references the browser's copy, and a note says the link will not carry it
// elsewhere); leaving with trained weights asks first; the page says what its URL reading
// changed.
import { expect, test } from '@playwright/test';
import { openLab, screenshot } from './helpers.js';

/** 12,000 rows of y ≈ 2x + 1: about 290,000 characters. */
function bigCsv() {
  const lines = ['x,y'];
  for (let i = 0; i < 12000; i++) {
    const x = (i / 12000) * 4 - 2;
    lines.push(`${x.toFixed(9)},${(2 * x + 1 + 0.01 * Math.sin(i)).toFixed(9)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Whether a `beforeunload` now would ask the user first (the page's listener cancels it). */
function asksToLeave(page) {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

test('a CSV over 200,000 characters loads, is kept across a reload, and says where', async ({
  page,
}) => {
  test.setTimeout(120_000); // a 290,000-character file twice (import, reload) on a shared machine
  const errors = await openLab(page, '?lab=regression');
  expect(await asksToLeave(page)).toBe(false); // a plain default page leaves without a question
  const csv = bigCsv();
  expect(csv.length).toBeGreaterThan(200000);
  await page.getByTestId('data').selectOption('csv');
  await page.getByTestId('csv-file').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  // Parsing, hashing and drawing 12,000 points on a loaded machine: more than the default 5 s.
  const slow = { timeout: 30_000 };
  const note = page.getByTestId('data-note');
  await expect(note).toBeVisible(slow);
  await expect(note).toContainText('will not carry them to another machine');
  await expect(page.getByTestId('message')).not.toContainText('No CSV file');
  await expect(page.getByTestId('readout-closed-form')).toHaveText('[1, 2]'); // y = 1 + 2x
  expect(new URL(page.url()).searchParams.get('csv')).toMatch(/^#sha256:[0-9a-f]{64}$/);
  const closedForm = await page.getByTestId('readout-closed-form').textContent();
  await screenshot(page, 'data-kept-imported');

  // Trained weights are work the link cannot bring back: leaving asks first.
  await page.getByTestId('step').click();
  expect(await asksToLeave(page)).toBe(true);
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.type());
    await dialog.accept();
  });
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  expect(dialogs).toEqual(['beforeunload']);

  await expect(page.getByTestId('data')).toHaveValue('csv');
  await expect(page.getByTestId('readout-closed-form')).toHaveText(String(closedForm), slow);
  await expect(page.getByTestId('data-note')).toBeVisible(slow);
  await expect(page.getByTestId('message')).toHaveText('');
  await screenshot(page, 'data-kept-reloaded');
  expect(errors).toEqual([]);
});

test('the page says what its URL reading changed, once at load', async ({ page }) => {
  const errors = await openLab(page, '?lab=valley&on=momentum&momentum.mu=abc');
  await expect(page.getByTestId('message')).toHaveText(
    'The link\'s momentum.mu "abc" is not a finite number; 0.9 is used.',
  );
  await screenshot(page, 'data-kept-corrections');
  await openLab(page, '?lab=valley&on=momentum&momentum.mu=abc&lang=zh');
  await expect(page.getByTestId('message')).toHaveText(
    '链接中的 momentum.mu "abc" 不是有限数；改用 0.9。',
  );
  expect(errors).toEqual([]);
});
