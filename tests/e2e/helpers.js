// Shared E2E helpers: open a lab, collect console errors, save screenshots under test-output/.
import { expect } from '@playwright/test';

export const SCREENSHOT_DIR = 'test-output/screenshots';

/**
 * Opens the page and resolves when the lab reports ready. Console errors and page errors are
 * collected into the returned array.
 * @param {import('@playwright/test').Page} page
 * @param {string} query e.g. '?lab=valley'
 */
export async function openLab(page, query) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(query);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  return errors;
}

/** Reads a readout's number (the first number in its text). */
export async function readNumber(page, testid) {
  const text = await page.getByTestId(testid).textContent();
  return Number.parseFloat(String(text).replace(/[^0-9eE+\-.].*$/, ''));
}

/** @param {import('@playwright/test').Page} page @param {string} name */
export async function screenshot(page, name) {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}
