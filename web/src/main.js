// Entry point: picks the language and lab from the URL, loads the core, mounts the lab, and
// keeps the URL in step with the lab's state so a shared link reproduces the same view. The
// language switch re-mounts the lab in the new language from the URL's state, without a reload.
import { loadEngine } from './engine/load-browser.js';
import { pickLanguage, translator } from './i18n/i18n.js';
import { LABS, findLab, loadLab } from './labs/registry.js';
import { mountLab } from './labs/mount-lab.js';
import { startEmbedKit } from './embed/embed-kit.js';
import { TRIM_KEYS } from './state/trim-names.js';
import { endLoadingState, showLoadFailure } from './loading-state.js';
import { applyPageMeta } from './page-meta.js';

const params = new URLSearchParams(location.search);
const embedded = params.get('embed') === '1';
const lab = findLab(params.get('lab'));
const root = /** @type {HTMLElement} */ (document.getElementById('lab-root'));
const select = /** @type {HTMLSelectElement} */ (
  document.querySelector('[data-testid="language"]')
);
let language = pickLanguage(location.search, navigator.language);
// Whether the URL names the language (a chosen one is kept in every link and rewrite).
let languageInUrl = params.has('lang');
let t = translator(language);

/**
 * Rewrites the query string: lab, language, embed flag, the class's hide/lock lists (page
 * settings, kept as given), then the lab's own fields.
 */
function writeUrl(labQuery) {
  const query = new URLSearchParams({ lab: lab.id });
  if (languageInUrl) query.set('lang', language);
  if (embedded) query.set('embed', '1');
  for (const key of TRIM_KEYS) if (params.has(key)) query.set(key, params.get(key) ?? '');
  for (const [key, value] of labQuery) query.set(key, value);
  history.replaceState(null, '', `${location.pathname}?${query}`);
}

/** The page's own strings and the navigation, in the current language. */
function translatePage() {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = t(/** @type {HTMLElement} */ (node).dataset.i18n ?? '');
  }
  const nav = document.querySelector('[data-testid="lab-nav"]');
  nav?.replaceChildren(
    ...LABS.map((entry) => {
      const link = document.createElement('a');
      link.textContent = t(`lab.${entry.id}`);
      link.href = `?lab=${entry.id}${languageInUrl ? `&lang=${language}` : ''}`;
      link.dataset.testid = `nav-${entry.id}`;
      if (entry.id === lab.id) link.setAttribute('aria-current', 'page');
      return link;
    }),
  );
  select.value = language;
  applyPageMeta(t, lab.id);
}

document.body.classList.toggle('embedded', embedded);
translatePage();
// The Embed button, and when framed the height and the host API (docs/embedding.md).
const embedKit = startEmbedKit({ labId: lab.id, embedded, language: () => language });

try {
  // The core and the lab's own code load side by side.
  const [engine, definition] = await Promise.all([loadEngine(), loadLab(lab)]);
  root.replaceChildren();
  const mount = () =>
    mountLab(definition, {
      root,
      engine,
      t,
      query: new URLSearchParams(location.search),
      writeUrl,
    });
  let controller = mount();
  embedKit.attach(controller);
  select.addEventListener('change', () => {
    language = select.value === 'zh' ? 'zh' : 'en';
    languageInUrl = true;
    t = translator(language);
    controller.dispose();
    translatePage();
    controller = mount(); // from the URL: the same settings, in the new language
    embedKit.attach(controller);
    controller.publish();
  });
  document.body.dataset.ready = 'true';
  endLoadingState();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  showLoadFailure(t, message);
  throw error;
}
