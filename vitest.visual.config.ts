import { defineConfig } from 'vitest/config';

// Screenshot tests: the fictional fixture content, built once, photographed in Debian's chromium behind nginx.
export default defineConfig({
  test: {
    include: ['tests/visual/**/*.test.ts'],
    globalSetup: ['tests/visual/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
