import { defineConfig } from 'vite';

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
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
