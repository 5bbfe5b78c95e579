// Accessibility (issue 13, item 6): axe-core finds no violation of any impact on the four labs,
// in English and Chinese, in the full page and in embed mode. axe runs inside the page (injected
// from node_modules, a dev dependency); a failure lists each rule with the nodes it flagged.
import { expect, test } from '@playwright/test';
import { openLab } from './helpers.js';

const LABS = ['valley', 'regression', 'classification', 'network'];
const AXE_PATH = 'node_modules/axe-core/axe.min.js';

/**
 * axe's violations on the page as readable lines: rule, impact and up to three targets.
 * @param {import('@playwright/test').Page} page
 */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // @ts-ignore axe is the global the injected script defines
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((/** @type {any} */ v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((/** @type {any} */ n) => n.target.join(' ')),
      summary: v.nodes[0]?.failureSummary ?? '',
    }));
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')}\n  ${v.summary.split('\n').join(' ')}`,
  );
}

for (const lab of LABS) {
  for (const lang of ['en', 'zh']) {
    for (const embed of [false, true]) {
      const mode = embed ? 'embed' : 'full';
      test(`${lab} (${lang}, ${mode}): axe-core finds no violation`, async ({ page }) => {
        const query = `?lab=${lab}&lang=${lang}${embed ? '&embed=1' : ''}`;
        const errors = await openLab(page, query);
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }
}
