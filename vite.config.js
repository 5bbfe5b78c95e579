import { defineConfig } from 'vite';

const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;
const STYLESHEET_MARKER = '<!-- stylesheets -->';

/**
 * Moves the built page's stylesheet links from <head> to the marker in <body>, just after the
 * loading state (issue 12, item 6). A stylesheet in <head> holds back the whole first paint
 * until it arrives (a round trip or more on a slow network); one in <body> holds back only
 * what follows it, so the loading state shows from the HTML's first bytes and the header and
 * the lab never show unstyled. The `crossorigin` attribute Vite adds is dropped: the sheet is
 * the page's own, and without it the sheet still loads in a sandboxed frame whose opaque origin
 * makes every CORS request fail, where it styles the message about that sandbox.
 * @returns {import('vite').Plugin}
 */
function stylesheetsAfterLoadingState() {
  return {
    name: 'descent-stylesheets-after-loading-state',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(STYLESHEET_MARKER)) {
          throw new Error(`web/index.html lacks the ${STYLESHEET_MARKER} marker in <body>`);
        }
        const links = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
        let page = html;
        for (const link of links) page = page.replace(link, '');
        const moved = links.map((link) => link.replace(/ crossorigin(="[^"]*")?/, ''));
        return page.replace(STYLESHEET_MARKER, moved.join('\n'));
      },
    },
  };
}

// The site lives in web/; dist/ uses relative URLs (base './') so a course site can host it
// under any sub-path.
export default defineConfig({
  root: 'web',
  base: './',
  plugins: [stylesheetsAfterLoadingState()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022', // top-level await in the engine loader
    chunkSizeWarningLimit: 800,
    // Fonts are always emitted as files: a strict Content-Security-Policy (font-src 'self', see
    // tests/e2e/csp.spec.js) refuses data: fonts, and small ones (KaTeX's Size3) would be
    // inlined as data: URLs otherwise. Other assets keep Vite's default 4 KiB rule.
    assetsInlineLimit: (filePath) => (FONT_FILE.test(filePath) ? false : undefined),
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
