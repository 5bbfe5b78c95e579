// Every lab runs under a strict Content-Security-Policy with 0 violations: no inline script or
// style, no data: font, no eval beyond WebAssembly compilation.
//
// How the header is served: a Playwright route fetches each HTML document from the real
// `vite preview` server of dist/ and fulfils it with the same status, headers and body plus the
// Content-Security-Policy header. The policy a page enforces is the one on its document
// response, so this is what a host sending the header would give; every other request (scripts,
// CSS, fonts, the wasm module, workers) goes to the server untouched and is checked by the
// browser against that policy. The shared preview server is left as the other specs expect it.
import { expect, test } from '@playwright/test';
import { openLab } from './helpers.js';

const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
].join('; ');

/**
 * Serves HTML documents with the policy and records violations: a `securitypolicyviolation`
 * listener installed before any page script, plus console errors that name the policy.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<() => Promise<string[]>>} reads the violations seen so far
 */
async function enforcePolicy(page) {
  await page.route(
    (url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const headers = { ...response.headers(), 'content-security-policy': POLICY };
      return route.fulfill({ response, headers });
    },
  );
  await page.addInitScript(() => {
    /** @type {string[]} */
    const seen = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = `${event.sourceFile || event.documentURI}:${event.lineNumber}`;
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${where}`);
    });
  });
  /** @type {string[]} */
  const consoleReports = [];
  page.on('console', (message) => {
    // Only the start: a blocked data: URL is quoted whole in the message.
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) consoleReports.push(text.slice(0, 200));
  });
  return async () => {
    const events = await page.evaluate(() => /** @type {any} */ (window).__cspViolations ?? []);
    return [...events, ...consoleReports];
  };
}

/** The policy really is on the document: an inline script added now must be refused. */
async function expectPolicyEnforced(page) {
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    script.remove();
    return /** @type {any} */ (window).__inlineRan === true;
  });
  expect(ran).toBe(false);
}

/** Plays a lab for a few frames, then pauses it. */
async function playBriefly(page) {
  const step = page.getByTestId('readout-step');
  const before = await step.textContent();
  await page.getByTestId('play').click();
  await expect(step).not.toHaveText(String(before));
  await page.getByTestId('play').click();
}

test('Valley: 0 violations, with play and the lazily loaded 3-D view', async ({ page }) => {
  const violations = await enforcePolicy(page);
  const errors = await openLab(page, '?lab=valley');
  await playBriefly(page);
  await page.getByTestId('view-3d').click();
  await expect(page.getByTestId('valley-3d')).toHaveAttribute('data-ready', 'true');
  expect(await violations()).toEqual([]);
  await expectPolicyEnforced(page);
  // The probe above is the only violation wanted; the page itself logged no other error.
  expect(errors.filter((text) => !/Content[- ]Security[- ]Policy/i.test(text))).toEqual([]);
});

test('Regression: 0 violations, with play and the KaTeX computation graph', async ({ page }) => {
  const violations = await enforcePolicy(page);
  const errors = await openLab(page, '?lab=regression');
  await playBriefly(page);
  const graph = page.getByTestId('graph-panel');
  await graph.scrollIntoViewIfNeeded();
  await expect(graph.locator('.katex').first()).toBeVisible();
  // Wait for KaTeX's web fonts, so a blocked font would be reported before we read.
  await page.evaluate(() => document.fonts.ready);
  expect(await violations()).toEqual([]);
  await expectPolicyEnforced(page);
  expect(errors.filter((text) => !/Content[- ]Security[- ]Policy/i.test(text))).toEqual([]);
});

test('Classification: 0 violations, with play', async ({ page }) => {
  const violations = await enforcePolicy(page);
  const errors = await openLab(page, '?lab=classification');
  await playBriefly(page);
  expect(await violations()).toEqual([]);
  await expectPolicyEnforced(page);
  expect(errors.filter((text) => !/Content[- ]Security[- ]Policy/i.test(text))).toEqual([]);
});

test('Network: 0 violations, with play, KaTeX step-through and the landscape', async ({ page }) => {
  const violations = await enforcePolicy(page);
  const errors = await openLab(page, '?lab=network');
  await playBriefly(page);
  const stepThrough = page.getByTestId('step-through');
  await stepThrough.scrollIntoViewIfNeeded();
  await expect(stepThrough.locator('.katex').first()).toBeVisible();
  await page.getByTestId('step-next').click();
  const landscape = page.getByTestId('landscape');
  await landscape.scrollIntoViewIfNeeded();
  await expect(landscape).toHaveAttribute('data-complete', 'true', { timeout: 30_000 });
  await page.getByTestId('gradcheck-run').scrollIntoViewIfNeeded();
  await page.getByTestId('gradcheck-run').click();
  await expect(page.getByTestId('gradcheck-summary')).toHaveAttribute(
    'data-max-relative-error',
    /\d/,
    { timeout: 30_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  expect(await violations()).toEqual([]);
  await expectPolicyEnforced(page);
  expect(errors.filter((text) => !/Content[- ]Security[- ]Policy/i.test(text))).toEqual([]);
});
