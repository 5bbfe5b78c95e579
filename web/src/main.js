// Entry point: picks the language and lab from the URL, loads the core, mounts the lab, and
// keeps the URL in step with the lab's state so a shared link reproduces the same view.
import { loadEngine } from './engine/load-browser.js';
import { pickLanguage, translator } from './i18n/i18n.js';
import { LABS, findLab } from './labs/registry.js';
import { mountLab } from './labs/mount-lab.js';

const params = new URLSearchParams(location.search);
const language = pickLanguage(location.search, navigator.language);
const t = translator(language);
const embedded = params.get('embed') === '1';

document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
document.body.classList.toggle('embedded', embedded);
for (const node of document.querySelectorAll('[data-i18n]')) {
  node.textContent = t(/** @type {HTMLElement} */ (node).dataset.i18n ?? '');
}

const lab = findLab(params.get('lab'));
const root = /** @type {HTMLElement} */ (document.getElementById('lab-root'));

/** Rewrites the query string: lab, language, embed flag, then the lab's own fields. */
function writeUrl(labQuery) {
  const query = new URLSearchParams({ lab: lab.id });
  if (params.has('lang')) query.set('lang', language);
  if (embedded) query.set('embed', '1');
  for (const [key, value] of labQuery) query.set(key, value);
  history.replaceState(null, '', `${location.pathname}?${query}`);
}

/** A navigation link that keeps the chosen language. @param {string} id */
function labLink(id) {
  return `?lab=${id}${params.has('lang') ? `&lang=${language}` : ''}`;
}

function buildHeader() {
  const nav = document.querySelector('[data-testid="lab-nav"]');
  for (const entry of LABS) {
    const link = document.createElement('a');
    link.textContent = t(`lab.${entry.id}`);
    link.href = labLink(entry.id);
    link.dataset.testid = `nav-${entry.id}`;
    if (entry.id === lab.id) link.setAttribute('aria-current', 'page');
    nav?.append(link);
  }
  const select = /** @type {HTMLSelectElement} */ (
    document.querySelector('[data-testid="language"]')
  );
  select.value = language;
  select.addEventListener('change', () => {
    const query = new URLSearchParams(location.search);
    query.set('lang', select.value);
    location.search = query.toString();
  });
}

try {
  buildHeader();
  const engine = await loadEngine();
  root.replaceChildren();
  mountLab(lab, { root, engine, t, query: params, writeUrl });
  document.body.dataset.ready = 'true';
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  root.textContent = t('app.loadFailed', { message });
  throw error;
}
