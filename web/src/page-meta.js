// The document's title and description in the current language for the current lab (issue
// 12, item 6): a browser tab, a bookmark and a shared link name the lab, not just the site.

/**
 * @param {(key: string, params?: Record<string, string | number>) => string} t
 * @param {string} labId
 */
export function applyPageMeta(t, labId) {
  const lab = t(`lab.${labId}`);
  document.title = t('app.pageTitle', { lab });
  const description = document.querySelector('meta[name="description"]');
  description?.setAttribute('content', t('app.description'));
}
