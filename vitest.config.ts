/**
 * `npm test` runs tsc and then vitest with this file. Every test file under test/ runs; two
 * at a time (the CI machine has two cores, and browser, server and child-process tests each use a
 * core). Browser and end-to-end tests may take up to 60 s. In CI (CI=true) a skipped test fails
 * the run (test/helpers/no-skips-in-ci.ts).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 15_000,
    maxWorkers: 2,
    fileParallelism: true,
    passWithNoTests: false,
    reporters: ['default', './test/helpers/no-skips-in-ci.ts'],
  },
});
