/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives tests the astro:content virtual modules the schemas import.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 20_000,
    // Build tests run real Astro builds; one at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
