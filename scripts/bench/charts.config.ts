/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Only the chart renderer comparison (scripts/bench/charts.measure.ts); not part of npm test.
export default getViteConfig({
  test: { include: ['scripts/bench/charts.measure.ts'], testTimeout: 300_000 },
});
