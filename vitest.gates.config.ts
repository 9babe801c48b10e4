import { defineConfig } from 'vitest/config';

// Gates over the built site in dist/: run after `npm run build` (see the `test` chain in package.json).
export default defineConfig({
  test: {
    include: ['tests/gates/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
