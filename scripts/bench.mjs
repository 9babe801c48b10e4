#!/usr/bin/env node
// Performance bench: prints first-visit bytes and Lighthouse scores per page type, and
// build time and memory at scale against a bare Astro + MDX floor. Prints; asserts nothing.
// Usage:
//   npm run bench                      build, page sizes, Lighthouse, 1,000-article scale run
//   npm run bench -- --scale 10000     only the scale run, with 10,000 articles (npm run bench:scale)
//   npm run bench -- --no-build        measure the existing dist/ instead of building first
//   npm run bench -- --no-scale        page sizes, Lighthouse and the card renderers only
//   npm run bench -- --no-cards        without the Open Graph renderer comparison
import { spawnSync } from 'node:child_process';
import { startNginx } from '../tests/e2e/server.ts';
import { cards } from './bench/cards.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { machine } from './bench/machine.mjs';
import { samplePages } from './bench/pages.mjs';
import { scale } from './bench/scale.mjs';
import { sizes } from './bench/sizes.mjs';
import { fmt } from './bench/table.mjs';

const args = process.argv.slice(2);
const scaleOnly = args.includes('--scale');
const count = scaleOnly ? Number(args[args.indexOf('--scale') + 1]) : 1000;
if (!Number.isInteger(count) || count < 1) throw new Error('--scale needs a number of articles, e.g. --scale 10000');

const m = machine();
console.log(`# Buurkracht bench, ${new Date().toISOString()}`);
console.log(`Machine: ${m.cpu}, ${m.cores} cores, ${fmt(m.ramGb)} GB RAM, Node ${m.node}`);

if (!scaleOnly) {
  if (!args.includes('--no-build')) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const samples = samplePages('dist');
  const server = await startNginx('dist');
  try {
    await sizes(server.url, samples);
    await lighthouseScores(server.url, samples);
  } finally {
    server.stop();
  }
  if (!args.includes('--no-cards')) {
    await cards(1000);
    // Chart PNGs import site modules with Astro's resolution: measured under vitest, printed here.
    console.log('\n## Chart PNGs of the 2025 monitor, before (satori + sharp) and now (takumi)');
    const charts = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'scripts/bench/charts.config.ts'], { encoding: 'utf8' });
    const lines = `${charts.stdout}${charts.stderr}`.match(/CHARTS .*/g);
    console.log(lines ? lines.map((l) => l.replace(/^CHARTS /, '')).join('\n') : `chart comparison failed:\n${charts.stdout.slice(-2000)}`);
  }
}
// BUURKRACHT_BENCH_ROOT: another folder for the generated project, so two scale runs never share one.
if (scaleOnly || !args.includes('--no-scale')) await scale(count, { root: process.env.BUURKRACHT_BENCH_ROOT ?? '.bench' });
