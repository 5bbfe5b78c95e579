import { defineConfig } from 'vite';

const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;

// The site lives in web/; dist/ uses relative URLs (base './') so a course site can host it
// under any sub-path.
export default defineConfig({
  root: 'web',
  base: './',
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
