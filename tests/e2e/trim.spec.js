// Trim and lock for a class (issue 12, item 3) and exports when the embedding page blocks
// downloads (item 5): hide= takes a control or panel off the page, lock= shows it disabled
// with "Locked by the course", unknown names are reported, both survive the URL rewrites and
// a language switch; in an iframe sandboxed without allow-downloads, Export offers the file
// another way. Screenshots: test-output/screenshots/trim-*.png.
import { expect, test } from '@playwright/test';
import { openLab, screenshot } from './helpers.js';

// Per lab: a control to hide and one to lock (hide/lock name and data-testid).
const CASES = {
  valley: { hide: ['racers.learningRate', 'learning-rate'], lock: ['speed', 'speed'] },
  regression: { hide: ['learningRate', 'learning-rate'], lock: ['method', 'method'] },
  classification: { hide: ['learningRate', 'learning-rate'], lock: ['model', 'model'] },
  network: { hide: ['learningRate', 'learning-rate'], lock: ['noise', 'noise'] },
};

for (const [lab, { hide, lock }] of Object.entries(CASES)) {
  test(`${lab}: a hidden control is absent, a locked one visible but disabled`, async ({
    page,
  }) => {
    const errors = await openLab(page, `?lab=${lab}&hide=${hide[0]},exportPng&lock=${lock[0]}`);
    await expect(page.getByTestId(hide[1])).toHaveCount(1);
    await expect(page.getByTestId(hide[1])).toBeHidden();
    await expect(page.getByTestId('export-png')).toBeHidden();
    const locked = page.getByTestId(lock[1]);
    await expect(locked).toBeVisible();
    await expect(locked).toBeDisabled();
    await expect(locked).toHaveAttribute('title', 'Locked by the course');
    // The label around it says so in words, and the keyboard cannot reach it.
    const label = page.locator('.control', { has: locked });
    const hint = await label.evaluate((node) => getComputedStyle(node, '::after').content);
    expect(hint).toBe('"Locked by the course"');
    await locked.focus().catch(() => {});
    expect(await locked.evaluate((node) => node === document.activeElement)).toBe(false);
    await expect(page.getByTestId('message')).toHaveText('');
    await screenshot(page, `trim-${lab}-1280-en`);
    expect(errors).toEqual([]);
  });
}

test('network: a panel, a settings section control and the page navigation hide by name', async ({
  page,
}) => {
  await openLab(page, '?lab=network&hide=landscape,nav,diagram&lock=hiddenSizes,problem');
  await expect(page.getByTestId('lab-nav')).toBeHidden();
  await expect(page.getByTestId('network-diagram')).toBeHidden();
  await expect(page.getByTestId('problem')).toBeDisabled();
  const panels = page.getByTestId('network-panels');
  await expect(panels).toBeVisible();
  await screenshot(page, 'trim-network-panels-1280-en');
});

test('unknown names are reported; hide/lock survive URL rewrites and a language switch', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openLab(page, '?lab=network&hide=learningRate,wings&lock=noise,tail');
  await expect(page.getByTestId('message')).toHaveText(
    'Unknown name in hide= or lock=: "wings", "tail". ' +
      "This lab's names are listed in docs/parameters.md.",
  );
  await screenshot(page, 'trim-unknown-360-en');
  // A change rewrites the URL: the lists stay in it.
  await page.getByTestId('show-test').check();
  await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('learningRate,wings');
  expect(new URL(page.url()).searchParams.get('lock')).toBe('noise,tail');
  await page.getByTestId('language').selectOption('zh');
  await expect(page.getByTestId('message')).toContainText('未知名称："wings", "tail"');
  await expect(page.getByTestId('learning-rate')).toBeHidden();
  await expect(page.getByTestId('noise')).toBeDisabled();
  await expect(page.getByTestId('noise')).toHaveAttribute('title', '已被课程锁定');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
  expect(new URL(page.url()).searchParams.get('hide')).toBe('learningRate,wings');
  await screenshot(page, 'trim-unknown-360-zh');
});

/** A same-origin course page holding the lab in a sandbox without allow-downloads. */
function hostPage(src) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>course</title>
<link rel="icon" href="data:,"></head><body style="margin:0">
<iframe data-testid="frame" sandbox="allow-scripts allow-same-origin" src="${src}"
 style="width:100vw;height:100vh;border:0"></iframe></body></html>`;
}

for (const [width, language] of [
  [1280, 'en'],
  [360, 'zh'],
]) {
  const title = `an iframe without allow-downloads gets the file another way (${width} px)`;
  test(`${title}, ${language}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.route('**/course-host.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: hostPage(`/?lab=regression&embed=1&lang=${language}`),
      }),
    );
    const downloads = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.goto('course-host.html');
    const frame = page.frameLocator('[data-testid="frame"]');
    await expect(frame.locator('body')).toHaveAttribute('data-ready', 'true');
    await frame.getByTestId('export-csv').click();
    const offer = frame.getByTestId('download-fallback');
    await expect(offer).toBeVisible();
    const reason = {
      en:
        'Downloads are blocked by the page that embeds this lab. ' +
        'Open regression-path.csv in a new tab or copy it.',
      zh: '嵌入本实验的页面禁止了下载。请在新标签页中打开 regression-path.csv，或复制其内容。',
    }[language];
    await expect(frame.getByTestId('download-reason')).toHaveText(reason);
    // The sandbox has no allow-popups either: the page says so instead of failing silently.
    await frame.getByTestId('download-open').click();
    await expect(frame.getByTestId('download-status')).not.toBeEmpty();
    await frame.getByTestId('download-copy').click();
    // Copied, or (the clipboard refused in the frame) shown selected for a manual copy.
    await expect(frame.getByTestId('download-status')).not.toHaveText(
      /embedding page blocks new tabs/,
    );
    const text = frame.getByTestId('download-text');
    if ((await text.count()) > 0) await expect(text).toHaveValue(/^step,/);
    await screenshot(page, `trim-download-${width}-${language}`);
    // The PNG gets the offer too (no copy for an image).
    await frame.getByTestId('download-close').click();
    await expect(offer).toHaveCount(0);
    await frame.getByTestId('export-png').click();
    await expect(frame.getByTestId('download-fallback')).toBeVisible();
    await expect(frame.getByTestId('download-copy')).toHaveCount(0);
    expect(downloads).toEqual([]);
  });
}
