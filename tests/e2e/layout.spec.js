// Every lab fluid from a phone to a projector (issue 12, item 1 and the layout of item 2): no
// horizontal scroll, no canvas or chart wider than its card, the main view first when stacked,
// and in a 640 x 640 embed the main view and Play inside the viewport. A screenshot per lab and
// width goes to test-output/screenshots/layout-*.png (look at them: assertions miss a squeezed
// or blank view).
import { expect, test } from '@playwright/test';
import { openLab, screenshot } from './helpers.js';

const LABS = ['valley', 'regression', 'classification', 'network'];
const SIZES = [
  { width: 360, height: 740 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
// The main view of each lab: what leads the page when panels stack and in an embed.
const MAIN_VIEWS = {
  valley: ['valley-overlay'],
  regression: ['data-plot'],
  classification: ['data-plot'],
  network: ['network-map', 'network-diagram'],
};
// The containers that count as a card: a canvas or chart must stay inside the nearest one.
const CARD_SELECTOR = '.card, .chart-card, .panel, .net-map-card, .net-diagram-card, .np-card';

/**
 * Every canvas and chart box that sticks out of its card, as readable strings (empty when
 * none does). Hidden elements (no box) are skipped. One pixel of slack for rounding.
 * @param {import('@playwright/test').Page} page
 */
function overflowsOfCards(page) {
  return page.evaluate((cardSelector) => {
    const problems = [];
    for (const node of document.querySelectorAll('canvas, .chart-box, svg, table')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const card = node.parentElement?.closest(cardSelector);
      if (!card) continue;
      // A card that scrolls its content on purpose (the Network diagram) holds it by design.
      if (['auto', 'scroll'].includes(getComputedStyle(card).overflowX)) continue;
      const outer = card.getBoundingClientRect();
      const out =
        box.left < outer.left - 1 ||
        box.right > outer.right + 1 ||
        box.top < outer.top - 1 ||
        box.bottom > outer.bottom + 1;
      if (out) {
        const name = node.getAttribute('data-testid') ?? node.className ?? node.tagName;
        const rect = (r) => `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}`;
        const where = `[${rect(box)}] out of ${card.className} [${rect(outer)}]`;
        problems.push(`${node.tagName} ${name} ${where}`);
      }
    }
    return problems;
  }, CARD_SELECTOR);
}

/**
 * The box a main view shows in: the view's own, or that of the card that scrolls it (the
 * Network diagram scrolls inside its card when it is wider than a phone).
 * @param {import('@playwright/test').Page} page @param {string} testid
 */
function shownBox(page, testid) {
  return page
    .getByTestId(testid)
    .first()
    .evaluate((node) => {
      let shown = node;
      for (let n = node.parentElement; n; n = n.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(n).overflowX)) {
          shown = n;
          break;
        }
      }
      const { x, y, width, height } = shown.getBoundingClientRect();
      return { x, y, width, height };
    });
}

/** @param {import('@playwright/test').Page} page */
async function expectNoHorizontalScroll(page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
}

/** Waits two frames so a resize observer has drawn at the new size. */
async function settle(page) {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

for (const lab of LABS) {
  for (const size of SIZES) {
    const at = `${lab} at ${size.width}x${size.height}`;
    const title = `${at}: no sideways scroll, nothing out of its card`;
    test(title, async ({ page }) => {
      await page.setViewportSize(size);
      const errors = await openLab(page, `?lab=${lab}`);
      await settle(page);
      await expectNoHorizontalScroll(page);
      expect(await overflowsOfCards(page)).toEqual([]);
      // The main view is on the page and not squeezed: at least 200 px wide (or the width of
      // a phone's page less its padding).
      for (const testid of MAIN_VIEWS[lab]) {
        const box = await shownBox(page, testid);
        expect(box.width, testid).toBeGreaterThan(Math.min(200, size.width - 60));
        expect(box.x, testid).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, testid).toBeLessThanOrEqual(size.width);
      }
      // Stacked on a phone: the main view comes before the controls (Play).
      if (size.width <= 600) {
        const main = await page.getByTestId(MAIN_VIEWS[lab][0]).first().boundingBox();
        const play = await page.getByTestId('play').boundingBox();
        if (!main || !play) throw new Error('no main view or Play');
        expect(main.y).toBeLessThan(play.y);
      }
      await screenshot(page, `layout-${lab}-${size.width}`);
      expect(errors).toEqual([]);
    });
  }
  for (const width of [360, 1920]) {
    test(`${lab} in Chinese at ${width} px: no sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 1080 });
      const errors = await openLab(page, `?lab=${lab}&lang=zh`);
      await settle(page);
      await expectNoHorizontalScroll(page);
      expect(await overflowsOfCards(page)).toEqual([]);
      await screenshot(page, `layout-${lab}-${width}-zh`);
      expect(errors).toEqual([]);
    });
  }
  test(`${lab} embedded in 640 x 640: the main view and Play without scrolling`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 640, height: 640 });
    const errors = await openLab(page, `?lab=${lab}&embed=1`);
    await settle(page);
    await expectNoHorizontalScroll(page);
    for (const testid of [...MAIN_VIEWS[lab], 'play']) {
      const box = await shownBox(page, testid);
      expect(box.x, testid).toBeGreaterThanOrEqual(0);
      expect(box.y, testid).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, testid).toBeLessThanOrEqual(640);
      expect(box.y + box.height, testid).toBeLessThanOrEqual(640);
    }
    await page.screenshot({ path: `test-output/screenshots/layout-${lab}-embed-640.png` });
    expect(errors).toEqual([]);
  });
}

/**
 * The visible controls a finger must hit that are smaller than 24 x 24 CSS px (WCAG 2.5.8),
 * as readable strings. A checkbox or radio counts by its label, which takes the tap as well.
 * @param {import('@playwright/test').Page} page
 */
function smallTargets(page) {
  return page.evaluate(() => {
    const small = [];
    const selector = 'button, select, input, a[href], [role="button"], [tabindex="0"]';
    for (const node of document.querySelectorAll(selector)) {
      const element = /** @type {HTMLElement} */ (node);
      let box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const type = element.getAttribute('type');
      if (type === 'checkbox' || type === 'radio') {
        const label = element.closest('label');
        if (label) box = label.getBoundingClientRect();
      }
      // A link inside running text is exempt (WCAG 2.5.8 "inline").
      if (element.tagName === 'A' && element.closest('p, li')) continue;
      if (box.width < 24 || box.height < 24) {
        const name =
          element.dataset.testid ?? element.getAttribute('aria-label') ?? element.tagName;
        small.push(`${name} ${Math.round(box.width)}x${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

for (const lab of LABS) {
  for (const size of [
    { width: 320, height: 640 },
    { width: 2560, height: 1440 },
  ]) {
    test(`${lab} at the edges (${size.width} px): no sideways scroll, nothing out of its card`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const errors = await openLab(page, `?lab=${lab}`);
      await settle(page);
      await expectNoHorizontalScroll(page);
      expect(await overflowsOfCards(page)).toEqual([]);
      await screenshot(page, `layout-${lab}-${size.width}`);
      expect(errors).toEqual([]);
    });
  }
  test(`${lab} on a phone: every control a finger hits is at least 24 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openLab(page, `?lab=${lab}`);
    await settle(page);
    expect(await smallTargets(page)).toEqual([]);
  });
}

test('a resize redraws the valley map at its new size', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openLab(page, '?lab=valley');
  const before = await page.getByTestId('valley-map').evaluate((c) => c.clientWidth);
  await page.setViewportSize({ width: 400, height: 800 });
  await settle(page);
  await settle(page);
  const after = await page.getByTestId('valley-map').evaluate((canvas) => ({
    css: canvas.clientWidth,
    pixels: /** @type {HTMLCanvasElement} */ (canvas).width,
  }));
  expect(after.css).toBeLessThan(before);
  // Drawn at the device pixel ratio for the new size, not scaled from the old bitmap.
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  expect(Math.abs(after.pixels - after.css * ratio)).toBeLessThanOrEqual(2);
});
