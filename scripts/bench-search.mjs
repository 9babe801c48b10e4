#!/usr/bin/env node
// Search at magazine scale: 10,000 synthetic articles, indexed by Pagefind and
// searched from the real /zoeken/ page in Chromium behind the shipped nginx.
// The articles are generated as HTML directly (not through Astro), with the
// markup of our built article pages: the real page around it, the same
// data-pagefind-* attributes, title, lead, meta lines and body text.
// Indexed by the site's own pipeline (src/integrations/pagefind.ts: prepared pages, vocabulary).
// Prints indexing time, index size on disk, the bytes a first query moves (budget 260 KB) and,
// with Chromium's CPU slowed fourfold, the time each keystroke's search takes after the first query.
// Usage: npm run bench:search [-- --pages 10000 --query zonnepanelen --typed warmtewandeling --keep]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { launch } from '../tests/e2e/browser.ts';
import { startNginx } from '../tests/e2e/server.ts';

const arg = (name, fallback) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback);
const count = Number(arg('pages', '10000'));
const query = arg('query', 'zonnepanelen');
const typed = arg('typed', 'warmtewandeling');
const budget = 260 * 1024;
const root = '.bench/search';
const template = 'dist/het-buurtteam-in-kloetinge-is-een-voorbeeld/index.html';

if (!existsSync(template) || !existsSync('dist/zoeken/index.html')) {
  console.log('No built site yet: building dist/ first (the bench reuses its search page and article markup).');
  if (spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

// A seeded generator, so every run indexes the same site.
let seed = 20251126;
const random = () => {
  seed = (seed * 1664525 + 1013904223) % 2 ** 32;
  return seed / 2 ** 32;
};
const pick = (list) => list[Math.floor(random() * list.length)];

// The magazine's own vocabulary, widened with compounds the way Dutch makes new words.
const words = [
  ...new Set(
    readdirSync('content', { recursive: true })
      .filter((f) => String(f).endsWith('.mdx'))
      .flatMap(
        (f) =>
          readFileSync(join('content', String(f)), 'utf8')
            .toLowerCase()
            .match(/\p{L}{3,}/gu) ?? [],
      ),
  ),
];
const word = () => (random() < 0.12 ? pick(words) + pick(words) : pick(words));
const sentence = (n) => {
  const s = Array.from({ length: n }, word).join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
};
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const yamlNames = (dir) => readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8').match(/^name:\s*"?([^"\n]+)/m)[1]);
const themes = yamlNames('content/themes');
const municipalities = yamlNames('content/municipalities');
const kinds = ['Artikel', 'Succesverhaal', 'Inspirerende actie'];

const page = readFileSync(template, 'utf8');
const before = page.slice(0, page.indexOf('<article'));
const after = page.slice(page.indexOf('</article>') + '</article>'.length);

function article(i) {
  const title = sentence(4 + Math.floor(random() * 5)).slice(0, -1);
  const lead = sentence(18 + Math.floor(random() * 15));
  const kind = pick(kinds);
  const own = [pick(themes), pick(themes)];
  const place = pick(municipalities);
  const year = String(2019 + (i % 7));
  const day = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const span = (attr, k, v) => `<span data-pagefind-${attr}="${k}:${esc(v)}"></span>`;
  const body = Array.from({ length: 6 + Math.floor(random() * 6) }, (_, n) =>
    n % 3 === 2
      ? `<h2>${esc(sentence(5).slice(0, -1))}</h2>`
      : `<p>${esc(Array.from({ length: 5 }, () => sentence(8 + Math.floor(random() * 12))).join(' '))}</p>`,
  ).join('');
  return `<article class="story" data-pagefind-body><div hidden>${span('filter', 'kind', kind)}${own.map((t) => span('filter', 'theme', t)).join('')}${span('filter', 'municipality', place)}${span('filter', 'year', year)}${span('meta', 'kind', kind)}${span('meta', 'date', day)}${span('sort', 'date', day)}</div><header><p class="kind">${kind}</p><h1 data-pagefind-weight="10">${esc(title)}</h1><p class="lead" data-pagefind-weight="4" data-pagefind-meta="lead">${esc(lead)}</p><div class="story-meta"><p><time datetime="${day}">${day}</time></p><div class="tags"><span class="label">Gemeente</span><ul><li><a href="/gemeente/x/">${esc(place)}</a></li></ul></div><div class="tags"><span class="label">Thema</span><ul>${own.map((t) => `<li><a href="/thema/x/">${esc(t)}</a></li>`).join('')}</ul></div></div></header><div class="prose">${body}</div></article>`;
}

rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
cpSync('dist/zoeken', join(root, 'zoeken'), { recursive: true });
cpSync('dist/_astro', join(root, '_astro'), { recursive: true });
cpSync('dist/index.html', join(root, 'index.html'));
let generated = 0;
for (let i = 0; i < count; i++) {
  const dir = join(root, `artikel-${String(i).padStart(5, '0')}`);
  mkdirSync(dir);
  const html = `${before}${article(i)}${after}`;
  generated += html.length;
  writeFileSync(join(dir, 'index.html'), html);
}
console.log(`Generated ${count.toLocaleString('nl-NL')} article pages (${(generated / 1e6).toFixed(1)} MB of HTML, ${words.length} base words) in ${root}/`);

// The integration is TypeScript: Vite's module runner loads it as the build does.
const { module: integration } = await runnerImport(resolve('src/integrations/pagefind.ts'), { configFile: false, logLevel: 'silent' });
const started = performance.now();
const indexed = await integration.indexSite(root);
const seconds = (performance.now() - started) / 1000;
if (indexed.errors.length) throw new Error(indexed.errors.join('\n'));

const sizeOf = (dir) =>
  readdirSync(dir, { recursive: true }).reduce((sum, f) => {
    const st = statSync(join(dir, String(f)));
    return st.isFile() ? sum + st.size : sum;
  }, 0);
const bundle = join(root, 'pagefind');
const ui = readdirSync(bundle).filter((f) => /-ui\.(js|css)$|highlight/.test(f));
const uiBytes = ui.reduce((sum, f) => sum + statSync(join(bundle, f)).size, 0);
const total = sizeOf(bundle);

// The first query from a cold browser: open /zoeken/, type, wait for results.
const server = await startNginx(root);
const browser = await launch();
const context = await browser.newContext();
const tab = await context.newPage();
// Playwright reports the search worker's requests on the page too. sizes() gives the bytes on the
// wire, except for the worker's own script, whose body Chromium does not report to the page: that
// one is fetched again the way Chromium asked for it (gzip) and its compressed body counted.
const finished = [];
tab.on('requestfinished', (r) => finished.push(r));
const replayed = (url) =>
  new Promise((ok, fail) =>
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let n = 0;
      res.on('data', (chunk) => {
        n += chunk.length;
      });
      res.on('end', () => ok(n));
    }).on('error', fail),
  );
const transferred = async (list) =>
  Promise.all(
    list.map(async (r) => {
      const { responseBodySize, responseHeadersSize } = await r.sizes();
      const body = responseBodySize > 0 ? responseBodySize : await replayed(r.url());
      return { path: `${new URL(r.url()).pathname}${responseBodySize > 0 ? '' : ' (body re-fetched)'}`, n: body + responseHeadersSize };
    }),
  );
await tab.goto(`${server.url}/zoeken/`, { waitUntil: 'networkidle' });
const pageLoad = await transferred(finished.splice(0));
await tab.locator('#zoekterm').fill(query);
await tab.locator('#zoekterm').press('Enter');
await tab
  .locator('[role="status"]')
  .filter({ hasText: /resulta/ })
  .waitFor();
await tab.waitForLoadState('networkidle');
await tab.waitForTimeout(500);
const status = await tab.locator('[role="status"]').textContent();
const first = await transferred(finished);

// Every keystroke after the first query, the CPU slowed fourfold. Keys come slower than the
// search page's pauses for typing (the search starts after 120 ms without a key, its results show
// after 300 ms), so each one runs a search of its own. The page measures what the reader waits
// beyond the 300 ms pause, up to the rendered results ('zoeken'), and the search's own time: from
// its start to its answer, plus the rendering ('zoeken-werk'). Chunks and fragments that a new
// prefix needs are fetched within both.
const cdp = await context.newCDPSession(tab);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await tab.evaluate(() => {
  performance.clearMeasures('zoeken');
  performance.clearMeasures('zoeken-werk');
});
await tab.locator('#zoekterm').fill('');
for (const key of typed) {
  const before = await tab.evaluate(() => performance.getEntriesByName('zoeken').length);
  await tab.locator('#zoekterm').press(key);
  await tab.waitForFunction((n) => performance.getEntriesByName('zoeken').length > n, before, { timeout: 30000 });
}
const keystrokes = await tab.evaluate(() => performance.getEntriesByName('zoeken').map((e) => e.duration));
const work = await tab.evaluate(() => performance.getEntriesByName('zoeken-werk').map((e) => e.duration));
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
const quantile = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const at = quantile(keystrokes);
const atWork = quantile(work);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sum = (list) => list.reduce((total, r) => total + r.n, 0);
const rows = first.map((r) => `    ${kb(r.n).padStart(9)}  ${r.path}`);
const firstQuery = sum(first);
const vocabularyBytes = statSync(join(bundle, 'vocabulary.txt')).size;
const pageBytes = sum(pageLoad);
await browser.close();
server.stop();
// 10,000 pages are ~300 MB on disk: keep them only when asked to look inside.
if (!process.argv.includes('--keep')) rmSync(root, { recursive: true, force: true });

console.log(`
Pagefind over ${indexed.pages.toLocaleString('nl-NL')} pages (${count.toLocaleString('nl-NL')} articles; /zoeken/ and / carry no data-pagefind-body)
  machine load               ${(await import('node:os'))
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')} (1, 5, 15 min) on ${(await import('node:os')).cpus().length} cores
  indexing time              ${seconds.toFixed(1)} s (prepared copy crawled by Pagefind, vocabulary built)
  index size on disk         ${kb(total)} (${kb(total - uiBytes)} without the UI bundles the site does not load)
  vocabulary.txt             ${indexed.vocabulary.words.toLocaleString('nl-NL')} words, ${kb(indexed.vocabulary.bytes)} gzip (budget 30 KB; ${kb(vocabularyBytes)} on disk; fetched only when a query finds little)
  /zoeken/ page load         ${kb(pageBytes)} (HTML, CSS, search script)
  first query “${query}”  ${kb(firstQuery)} over ${rows.length} requests (budget ≤ ${kb(budget)}: ${firstQuery <= budget ? 'within' : 'OVER'}) → ${status}
${rows.sort().join('\n')}
  each keystroke of “${typed}” after the first query, CPU slowed 4×, the wait beyond the 300 ms pause for typing:
    median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, max ${at(1).toFixed(0)} ms (goal < 100 ms)
    ${[...typed].map((_, i) => `${typed.slice(0, i + 1)} ${(keystrokes[i] ?? 0).toFixed(0)}`).join(' · ')}
  the same searches' own time (index, fragments, rendering; started 120 ms after the key, inside the pause):
    median ${atWork(0.5).toFixed(0)} ms, p90 ${atWork(0.9).toFixed(0)} ms, max ${atWork(1).toFixed(0)} ms
    ${[...typed].map((_, i) => `${typed.slice(0, i + 1)} ${(work[i] ?? 0).toFixed(0)}`).join(' · ')}`);
if (firstQuery > budget) process.exitCode = 1;
