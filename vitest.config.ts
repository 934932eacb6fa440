import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: two test files at a time keeps browser and server tests from starving each other.
    maxWorkers: 2,
    fileParallelism: true,
    // In CI nothing is allowed to skip silently (the suites that could skip throw there instead).
    passWithNoTests: false,
  },
});
