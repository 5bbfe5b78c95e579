// KaTeX on demand: only the panels that show formulas load it (issue 12: it was 77 KB gzip of
// every lab's bundle). The first call starts one dynamic import of katex and its stylesheet
// (Vite resolves it after the stylesheet has loaded, so formulas never show unstyled); later
// calls share it. Panels render their formulas when it resolves and leave the places empty
// until then, so raw TeX is never shown.

/** @typedef {typeof import('katex').default} Katex */

/** @type {Katex | null} */
let loaded = null;
/** @type {Promise<Katex> | null} */
let loading = null;

/**
 * KaTeX, loading it on the first call.
 * @returns {Promise<Katex>}
 */
export function loadKatex() {
  loading ??= import('./katex-bundle.js').then((module) => {
    loaded = module.katex;
    return loaded;
  });
  return loading;
}

/**
 * KaTeX if it has already loaded, else null (and the load is started): for a synchronous
 * render that draws its formulas now when it can and again once KaTeX arrives.
 * @returns {Katex | null}
 */
export function katexIfLoaded() {
  if (!loaded) void loadKatex();
  return loaded;
}
