// The site around the labs: navigation between the four labs, the language switch, and the
// embedding line the README gives to course pages.
import { expect, test } from '@playwright/test';
import { openLab, screenshot } from './helpers.js';

const LAB_IDS = ['valley', 'regression', 'classification', 'network'];

test('the navigation reaches every lab, each drawn without a console error', async ({ page }) => {
  const errors = await openLab(page, '?lab=valley');
  for (const id of LAB_IDS) {
    await page.getByTestId(`nav-${id}`).click();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId(`nav-${id}`)).toHaveAttribute('aria-current', 'page');
    expect(new URL(page.url()).searchParams.get('lab')).toBe(id);
    // Every lab draws into at least one canvas that is not blank.
    const painted = await page.evaluate(() =>
      [...document.querySelectorAll('#lab-root canvas')].some((canvas) => {
        const ctx = canvas.getContext('2d');
        if (!ctx || canvas.width === 0 || canvas.height === 0) return false;
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < pixels.length; i += 4 * 97) if (pixels[i] !== 0) return true;
        return false;
      }),
    );
    expect(painted, `${id} draws something`).toBe(true);
  }
  expect(errors).toEqual([]);
});

test('the language switch turns the page Chinese and keeps the lab', async ({ page }) => {
  const errors = await openLab(page, '?lab=regression&lang=en&data=sine&seed=11');
  // The lab is mounted again in place (its settings from the URL), not by a page reload.
  await page.evaluate(() => Object.assign(window, { beforeSwitch: true }));
  await page.getByTestId('language').selectOption('zh');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const url = new URL(page.url());
  expect(url.searchParams.get('lab')).toBe('regression');
  expect(url.searchParams.get('lang')).toBe('zh');
  expect(url.searchParams.get('seed')).toBe('11');
  await expect(page.getByTestId('nav-network')).toHaveText('神经网络');
  await expect(page.getByTestId('nav-network')).toHaveAttribute('href', /lang=zh/);
  await expect(page.getByTestId('play')).toHaveText('运行');
  await expect(page.getByTestId('data')).toHaveValue('sine');
  await expect(page.getByTestId('regression-lab')).toHaveCount(1);
  expect(await page.evaluate(() => 'beforeSwitch' in window)).toBe(true);
  await page.getByTestId('step').click();
  await expect(page.getByTestId('readout-step')).toHaveText('1');
  expect(errors).toEqual([]);
});

test("the README's embed line shows the lab alone, configured, filling its frame", async ({
  page,
}) => {
  await page.setContent(
    `<body style="margin:0"><h1>Course page</h1><iframe id="lab"
      src="${test.info().project.use.baseURL}?lab=valley&surface=bowl&kappa=20&on=sgd.momentum&sgd.lr=0.05&embed=1"
      width="900" height="640" style="border:0"></iframe></body>`,
  );
  const frame = page.frameLocator('#lab');
  await expect(frame.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  await expect(frame.getByTestId('site-header')).toBeHidden();
  await expect(frame.getByTestId('racer-toggle-sgd')).toBeChecked();
  await expect(frame.getByTestId('racer-toggle-momentum')).toBeChecked();
  await expect(frame.getByTestId('racer-toggle-adam')).not.toBeChecked();
  const width = await frame.locator('body').evaluate((body) => body.scrollWidth);
  expect(width).toBeLessThanOrEqual(900);
  await screenshot(page, 'site-embedded');
});
