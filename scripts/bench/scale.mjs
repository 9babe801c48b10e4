// Builds N synthetic articles with our full build (scripts/build.mjs: Astro, Open Graph
// cards and whatever else it runs) and with a bare Astro + MDX project, and compares.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { generate } from './generate.mjs';
import { measure } from './measure.mjs';
import { fmt, table } from './table.mjs';

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

function countPages(dir) {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) n += countPages(path);
    else if (name.endsWith('.html')) n++;
  }
  return n;
}

function check(run, what) {
  if (run.status !== 0) {
    console.error(run.output.slice(-3000));
    throw new Error(`${what} failed (exit ${run.status})`);
  }
}

export async function scale(count, { root = '.bench' } = {}) {
  const dir = resolve(root, `scale-${count}`);
  console.log(`\n## Scale: ${fmt(count)} synthetic articles (in ${dir})`);
  const { content, bare } = generate(dir, count);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUURKRACHT_CONTENT: content };

  // Cold: no Open Graph card of this content is cached yet.
  rmSync('node_modules/.astro/og-cache', { recursive: true, force: true });
  const out = join(dir, 'dist');
  const runs = [];
  console.log('building the site (cold Open Graph cache) …');
  const cold = await measure(process.execPath, ['scripts/build.mjs', '--outDir', out], { env, log: join(dir, 'build-cold.log') });
  check(cold, 'our build');
  const pages = countPages(out);
  const og = Number(cold.output.match(/Open Graph images in ([\d.]+) s/)?.[1] ?? 0);
  runs.push({ name: 'ours, cold OG cache', ...cold, pages });
  runs.push({ name: 'ours, minus OG drawing', ...cold, seconds: cold.seconds - og, pages, derived: true });

  console.log('rebuilding the site (warm Open Graph cache) …');
  const warm = await measure(process.execPath, ['scripts/build.mjs', '--outDir', out], { env, log: join(dir, 'build-warm.log') });
  check(warm, 'our rebuild');
  runs.push({ name: 'ours, warm OG cache', ...warm, pages });

  console.log('building the bare Astro + MDX floor …');
  const bareOut = join(dir, 'bare-dist');
  const floor = await measure(process.execPath, [astroBin, 'build', '--root', bare, '--outDir', bareOut], { env, log: join(dir, 'build-bare.log') });
  check(floor, 'bare build');
  const barePages = existsSync(bareOut) ? countPages(bareOut) : 0;

  const rows = [
    ['build', 'pages', 'wall', 'pages/s', 'peak RSS', 'ratio to floor', 'goal'],
    ['bare Astro + MDX (floor)', fmt(barePages), `${fmt(floor.seconds, 1)} s`, fmt(barePages / floor.seconds, 1), `${fmt(floor.peakMb)} MB`, '1,00', ''],
    ...runs.map((r) => [
      r.name,
      fmt(r.pages),
      `${fmt(r.seconds, 1)} s`,
      fmt(r.pages / r.seconds, 1),
      r.derived ? '(same run)' : `${fmt(r.peakMb)} MB`,
      `${fmt(r.seconds / floor.seconds, 2)}x`,
      `≤ 1,2x ${r.seconds / floor.seconds <= 1.2 ? 'ok' : 'MISSED'}, ≤ 4 GB ${r.derived || r.peakMb <= 4096 ? 'ok' : 'MISSED'}`,
    ]),
  ];
  table(rows);
  console.log(`Open Graph drawing in the cold build: ${fmt(og, 1)} s (${cold.output.match(/\d+ Open Graph images in [^\n]*/)?.[0] ?? 'not logged'})`);
  console.log(`Warm build: ${warm.output.match(/\d+ Open Graph images in [^\n]*/)?.[0] ?? 'not logged'}`);
  console.log('Peak RSS is the largest single process (GNU time, getrusage). Logs are in the folder above.');
  return { count, floor: { ...floor, pages: barePages }, runs, og };
}
