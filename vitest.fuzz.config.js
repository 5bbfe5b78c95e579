// The fuzz tier (docs/robustness.md): property-based fuzzing of the scenario runner, URL state
// and CSV parsing with fast-check, a tier of its own in `npm test` (scripts/test.mjs) and scaled
// up by `npm run fuzz` (DESCENT_FUZZ_SCALE). Its cases are seeded, so a run is reproducible.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/js/fuzz/**/*.test.js'],
    environment: 'node',
    // One file at a time: the tier's time is its budget in CI, not a race for two cores.
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
