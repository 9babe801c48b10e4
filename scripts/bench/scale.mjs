// Builds N synthetic articles with our full build (scripts/build.mjs: Astro, Open Graph
// cards, search index and whatever else it runs) and with a bare Astro + MDX project over
// the same articles, and compares: wall and CPU time, peak memory, and where the time goes.
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
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

/** The phases src/integrations/buildProfile.ts logged (BUURKRACHT_PROFILE=1), plus what no phase covers. */
function profileOf(run) {
  const line = run.output.match(/\{"phases":.*\}/)?.[0];
  return line ? JSON.parse(line) : { phases: [], unreapedChildCpu: 0 };
}

function phasesOf(run) {
  const phases = [...profileOf(run).phases];
  const sum = (key) => phases.reduce((s, p) => s + p[key], 0);
  // Process exit, the build wrapper and child processes that were not waited for inside a phase (Pagefind's binary).
  phases.push({ phase: 'rest (wrapper, exit, child processes)', wall: run.seconds - sum('wall'), cpu: run.cpuSeconds - sum('cpu'), peakMb: Number.NaN });
  return phases;
}

const load = () =>
  loadavg()
    .map((l) => fmt(l, 2))
    .join(' ');

async function timed(what, command, args, options) {
  const before = load();
  console.log(`${what} … (load average ${before})`);
  const run = await measure(command, args, options);
  check(run, what);
  // Pagefind's binary is killed, not waited for, so GNU time misses its CPU; the profile sampled it.
  const missed = profileOf(run).unreapedChildCpu ?? 0;
  return { ...run, cpuSeconds: run.cpuSeconds + missed, missedChildCpu: missed, load: `${before} → ${load()}` };
}

/** Goals from issue 16: ratios of one run, cold and warm against the cold floor. */
const goals = (count) =>
  count >= 10_000
    ? { coldWall: Number.POSITIVE_INFINITY, coldCpu: 2.0, warm: Number.POSITIVE_INFINITY, memory: 1.1 }
    : { coldWall: 2.0, coldCpu: 2.0, warm: 1.2, memory: Number.POSITIVE_INFINITY };

export async function scale(count, { root = '.bench' } = {}) {
  const started = performance.now();
  const dir = resolve(root, `scale-${count}`);
  console.log(`\n## Scale: ${fmt(count)} synthetic articles (in ${dir})`);
  const { content, bare } = generate(dir, count);
  // Its own cache folder (content store, images, Open Graph cards): the first build is cold, like the
  // bare floor's, and a normal build running alongside cannot collide with it.
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    BUURKRACHT_PROFILE: '1',
    BUURKRACHT_CONTENT: content,
    BUURKRACHT_CACHE_DIR: join(dir, 'cache'),
  };

  // The floor first, then our cold build right after it: the two runs a ratio compares sit side by side.
  const bareOut = join(dir, 'bare-dist');
  const floor = await timed('building the bare Astro + MDX floor', process.execPath, [astroBin, 'build', '--root', bare, '--outDir', bareOut], {
    env,
    log: join(dir, 'build-bare.log'),
  });
  const barePages = countPages(bareOut);
  const out = join(dir, 'dist');
  const cold = await timed('building the site (cold caches)', process.execPath, ['scripts/build.mjs', '--outDir', out], {
    env,
    log: join(dir, 'build-cold.log'),
  });
  const pages = countPages(out);
  const warm = await timed('rebuilding the site (warm caches)', process.execPath, ['scripts/build.mjs', '--outDir', out], {
    env,
    log: join(dir, 'build-warm.log'),
  });

  // The everyday edit: one article's text changes, everything else stays; only its page should render again.
  appendFileSync(join(content, 'articles', 'proefverhaal-1.mdx'), `\nEen zin die er pas in de incrementele build bij kwam (${new Date().toISOString()}).\n`);
  const incremental = await timed("rebuilding after one article's text changed (incremental)", process.execPath, ['scripts/build.mjs', '--outDir', out], {
    env,
    log: join(dir, 'build-incremental.log'),
  });

  const goal = goals(count);
  const verdict = (ratio, limit) => `${fmt(ratio, 2)}x${Number.isFinite(limit) ? (ratio <= limit ? ' ok' : ' MISSED') : ''}`;
  const row = (name, run, n, limits) => [
    name,
    fmt(n),
    `${fmt(run.seconds, 1)} s`,
    `${fmt(run.cpuSeconds, 1)} s`,
    `${fmt(run.peakMb)} MB`,
    limits ? verdict(run.seconds / floor.seconds, limits.wall) : '1,00x',
    limits ? verdict(run.cpuSeconds / floor.cpuSeconds, limits.cpu) : '1,00x',
    limits ? verdict(run.peakMb / floor.peakMb, limits.memory) : '1,00x',
    run.load,
  ];
  table([
    ['build', 'pages', 'wall', 'CPU (user+sys)', 'peak RSS', 'wall ÷ floor', 'CPU ÷ floor', 'memory ÷ floor', 'load average before → after'],
    row('bare Astro + MDX (floor)', floor, barePages),
    row('ours, cold', cold, pages, { wall: goal.coldWall, cpu: goal.coldCpu, memory: goal.memory }),
    row('ours, warm rebuild', warm, pages, { wall: goal.warm, cpu: goal.warm, memory: goal.memory }),
    row('ours, one article edited', incremental, pages, { wall: goal.warm, cpu: goal.warm, memory: goal.memory }),
  ]);
  const shown = (limit) => (Number.isFinite(limit) ? `≤ ${fmt(limit, 1)}x` : 'none');
  console.log(
    `Goals at ${fmt(count)}: cold wall ${shown(goal.coldWall)}, cold CPU ${shown(goal.coldCpu)}, warm ${shown(goal.warm)}, peak memory ${shown(goal.memory)} the floor's. Peak RSS is the largest single process (GNU time).`,
  );

  console.log(
    `CPU includes child processes GNU time cannot see (Pagefind's binary): ${fmt(cold.missedChildCpu, 1)} s cold, ${fmt(warm.missedChildCpu, 1)} s warm, ${fmt(incremental.missedChildCpu, 1)} s incremental.`,
  );
  console.log(`\nWhere the time goes (BUURKRACHT_PROFILE phases; peak = this process's peak RSS so far):`);
  const [f, c, w, i] = [phasesOf(floor), phasesOf(cold), phasesOf(warm), phasesOf(incremental)];
  const names = [...new Set([...c, ...f, ...w, ...i].map((p) => p.phase))];
  const cell = (list, name, key, digits = 1) => {
    const p = list.find((x) => x.phase === name);
    return p && Number.isFinite(p[key]) ? fmt(p[key], digits) : '–';
  };
  table([
    [
      'phase',
      'floor wall s',
      'floor CPU s',
      'cold wall s',
      'cold CPU s',
      'cold peak MB',
      'warm wall s',
      'warm CPU s',
      'warm peak MB',
      'incr. wall s',
      'incr. CPU s',
    ],
    ...names.map((n) => [
      n,
      cell(f, n, 'wall'),
      cell(f, n, 'cpu'),
      cell(c, n, 'wall'),
      cell(c, n, 'cpu'),
      cell(c, n, 'peakMb', 0),
      cell(w, n, 'wall'),
      cell(w, n, 'cpu'),
      cell(w, n, 'peakMb', 0),
      cell(i, n, 'wall'),
      cell(i, n, 'cpu'),
    ]),
  ]);
  listWeights(out);
  for (const [name, run] of [
    ['Cold', cold],
    ['Warm', warm],
    ['Incremental', incremental],
  ]) {
    const og = run.output.match(/(\d+) Open Graph images in [\d.]+ s, ([\d.]+) s CPU \((\d+) drawn[^\n]*/);
    const perCard = og && Number(og[3]) > 0 ? `, ${fmt((1000 * Number(og[2])) / Number(og[3]), 1)} ms CPU per drawn card` : '';
    console.log(`${name} build: ${og?.[0] ?? 'Open Graph time not logged'}${perCard}`);
  }
  console.log(`Logs are in ${dir}. The scale run took ${fmt((performance.now() - started) / 60000, 1)} min.`);
  const restored = (incremental.output.match(/\(restored\)/g) ?? []).length;
  console.log(`Incremental build: ${fmt(restored)} of ${fmt(pages)} pages copied from the last build.`);
  return { count, floor: { ...floor, pages: barePages }, cold: { ...cold, pages }, warm: { ...warm, pages }, incremental: { ...incremental, pages } };
}
