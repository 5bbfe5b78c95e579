import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/js/**/*.test.js'],
    // The fuzz tier runs on its own (vitest.fuzz.config.js).
    exclude: ['tests/js/fuzz/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30000,
  },
});
