#!/usr/bin/env node
// Search at magazine scale: 10,000 synthetic articles, indexed by Pagefind and
// searched from the real /zoeken/ page in Chromium behind the shipped nginx.
// The articles are generated as HTML directly (not through Astro), with the
// markup of our built article pages: the real page around it, the same
// data-pagefind-* attributes, title, lead, meta lines and body text.
// Prints indexing time, index size on disk and the bytes a first query moves.
// Usage: npm run bench:search [-- --pages 10000 --query zonnepanelen --keep]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { launch } from '../tests/e2e/browser.ts';
import { startNginx } from '../tests/e2e/server.ts';

const arg = (name, fallback) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback);
const count = Number(arg('pages', '10000'));
const query = arg('query', 'zonnepanelen');
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

const started = performance.now();
const { index } = await pagefind.createIndex({});
const added = await index.addDirectory({ path: root });
const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
await pagefind.close();
const seconds = (performance.now() - started) / 1000;
if (added.errors.length || written.errors.length) throw new Error([...added.errors, ...written.errors].join('\n'));

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
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sum = (list) => list.reduce((total, r) => total + r.n, 0);
const rows = first.map((r) => `    ${kb(r.n).padStart(9)}  ${r.path}`);
const firstQuery = sum(first);
const pageBytes = sum(pageLoad);
await browser.close();
server.stop();
// 10,000 pages are ~300 MB on disk: keep them only when asked to look inside.
if (!process.argv.includes('--keep')) rmSync(root, { recursive: true, force: true });

console.log(`
Pagefind over ${added.page_count.toLocaleString('nl-NL')} HTML files (${count.toLocaleString('nl-NL')} articles, plus /zoeken/ and / which carry no data-pagefind-body)
  indexing time              ${seconds.toFixed(1)} s
  index size on disk         ${kb(total)} (${kb(total - uiBytes)} without the UI bundles the site does not load)
  /zoeken/ page load         ${kb(pageBytes)} (HTML, CSS, search script)
  first query “${query}”  ${kb(firstQuery)} over ${rows.length} requests (goal ≤ 150 KB) → ${status}
${rows.sort().join('\n')}`);
