// The links and HTML snippets for the current state of a lab: the full page, the iframe form
// (with the sizing script) and the one-element form (<descent-lab>). Pure: built from the page's
// URL, so the Embed dialog and its tests share them.

/** Parameters that pick the page rather than the lab's state. */
const PAGE_KEYS = ['lab', 'lang', 'embed', 'origin'];

/** Escapes a value for a double-quoted HTML attribute. @param {string} text */
export function escapeAttribute(text) {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * @param {{ href: string, labId: string, language: string, title: string }} page
 *   href: the lab page's URL now (its query is the state); title: the iframe's accessible name
 * @returns {{ fullPage: string, iframeSrc: string, script: string, iframe: string,
 *   element: string }}
 */
export function embedSnippets({ href, labId, language, title }) {
  const url = new URL(href);
  const state = new URLSearchParams(url.search);
  for (const key of PAGE_KEYS) state.delete(key);
  const page = `${url.origin}${url.pathname}`;
  const query = (embed) => {
    const out = new URLSearchParams({ lab: labId, lang: language });
    if (embed) out.set('embed', '1');
    for (const [key, value] of state) out.set(key, value);
    return out.toString();
  };
  const fullPage = `${page}?${query(false)}`;
  const iframeSrc = `${page}?${query(true)}`;
  const script = new URL('embed.js', url).href;
  const scriptTag = `<script src="${escapeAttribute(script)}" async></script>`;
  const iframe = [
    `<iframe src="${escapeAttribute(iframeSrc)}"`,
    `  title="${escapeAttribute(title)}" width="100%" height="640" style="border:0"`,
    '  data-descent></iframe>',
    scriptTag,
  ].join('\n');
  const stateText = state.toString();
  const params = stateText ? ` params="${escapeAttribute(stateText)}"` : '';
  const element = [
    scriptTag,
    `<descent-lab lab="${labId}" lang="${language}"${params}></descent-lab>`,
  ].join('\n');
  return { fullPage, iframeSrc, script, iframe, element };
}
