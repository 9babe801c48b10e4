// Builds N synthetic articles with our full build (scripts/build.mjs: Astro, Open Graph
// cards and whatever else it runs) and with a bare Astro + MDX project, and compares.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generate } from './generate.mjs';
import { measure } from './measure.mjs';
import { fmt, kb, table } from './table.mjs';

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

/** Pages that list many articles grow with the archive: print what they weigh at this size. */
function listWeights(dist) {
  const theme = readdirSync(join(dist, 'thema')).find((d) => existsSync(join(dist, 'thema', d, 'index.html')));
  const weights = ['', 'artikelen', `thema/${theme}`]
    .map((path) => join(dist, path, 'index.html'))
    .filter((file) => existsSync(file))
    .map((file) => {
      const html = readFileSync(file);
      return `${file.slice(dist.length).replace(/index\.html$/, '')} ${kb(html.length)} raw, ${kb(gzipSync(html, { level: 6 }).length)} gzip`;
    });
  console.log(`List pages at this size: ${weights.join('; ')}`);
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
  // Its own cache folder (content store, images, Open Graph cards): the first build is cold, like the
  // bare floor's, and a normal build running alongside cannot collide with it.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUURKRACHT_CONTENT: content, BUURKRACHT_CACHE_DIR: join(dir, 'cache') };

  const out = join(dir, 'dist');
  const runs = [];
  console.log('building the site (cold caches) …');
  const cold = await measure(process.execPath, ['scripts/build.mjs', '--outDir', out], { env, log: join(dir, 'build-cold.log') });
  check(cold, 'our build');
  const pages = countPages(out);
  const ogLine = cold.output.match(/\d+ Open Graph images in ([\d.]+) s, ([\d.]+) s CPU[^\n]*/);
  const og = { seconds: Number(ogLine?.[1] ?? 0), cpuSeconds: Number(ogLine?.[2] ?? 0) };
  runs.push({ name: 'ours, cold', ...cold, pages });
  runs.push({ name: 'ours, minus OG drawing', ...cold, seconds: cold.seconds - og.seconds, cpuSeconds: cold.cpuSeconds - og.cpuSeconds, pages, derived: true });

  console.log('rebuilding the site (warm caches) …');
  const warm = await measure(process.execPath, ['scripts/build.mjs', '--outDir', out], { env, log: join(dir, 'build-warm.log') });
  check(warm, 'our rebuild');
  runs.push({ name: 'ours, warm rebuild', ...warm, pages });

  console.log('building the bare Astro + MDX floor …');
  const bareOut = join(dir, 'bare-dist');
  const floor = await measure(process.execPath, [astroBin, 'build', '--root', bare, '--outDir', bareOut], { env, log: join(dir, 'build-bare.log') });
  check(floor, 'bare build');
  const barePages = existsSync(bareOut) ? countPages(bareOut) : 0;

  const verdict = (ratio) => `${fmt(ratio, 2)}x ${ratio <= 1.2 ? 'ok' : 'MISSED'}`;
  const rows = [
    ['build', 'pages', 'wall', 'CPU (user+sys)', 'pages/s (wall)', 'peak RSS', 'wall ÷ floor', 'CPU ÷ floor', 'goal ≤ 4 GB'],
    [
      'bare Astro + MDX (floor)',
      fmt(barePages),
      `${fmt(floor.seconds, 1)} s`,
      `${fmt(floor.cpuSeconds, 1)} s`,
      fmt(barePages / floor.seconds, 1),
      `${fmt(floor.peakMb)} MB`,
      '1,00x',
      '1,00x',
      '',
    ],
    ...runs.map((r) => [
      r.name,
      fmt(r.pages),
      `${fmt(r.seconds, 1)} s`,
      `${fmt(r.cpuSeconds, 1)} s`,
      fmt(r.pages / r.seconds, 1),
      r.derived ? '(same run)' : `${fmt(r.peakMb)} MB`,
      verdict(r.seconds / floor.seconds),
      verdict(r.cpuSeconds / floor.cpuSeconds),
      r.derived ? '' : r.peakMb <= 4096 ? 'ok' : 'MISSED',
    ]),
  ];
  table(rows);
  listWeights(out);
  console.log(`Cold build: ${ogLine?.[0] ?? 'Open Graph time not logged'}`);
  console.log(`Warm build: ${warm.output.match(/\d+ Open Graph images in [^\n]*/)?.[0] ?? 'not logged'}`);
  console.log('Goal: ours ≤ 1,2x the floor. Peak RSS is the largest single process (GNU time). Logs are in the folder above.');
  return { count, floor: { ...floor, pages: barePages }, runs, og };
}
