// A rebuild does only the work an edit asks for: drawings and pages whose inputs did not change
// are copied from the last build (docs/performance.md), and nothing that changed is left stale.
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, copyContent, repoRoot, runScript } from './run';

const content = copyContent();
const out = join(mkdtempSync(join(tmpdir(), 'buurkracht-rebuild-')), 'dist');
// The cache folder astro.config.mjs gives a BUURKRACHT_CONTENT build.
const cacheDir = join(repoRoot, 'node_modules/.astro', `content-${createHash('sha1').update(resolve(content)).digest('hex').slice(0, 12)}`);
afterAll(() => {
  cleanUp();
  rmSync(join(out, '..'), { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

const frontmatter = (file: string) => yaml.load(readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '') as Record<string, unknown>;
const articles = readdirSync(join(content, 'articles'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), file: join(content, 'articles', f), data: frontmatter(join(content, 'articles', f)) }))
  .filter((a) => a.data.draft !== true);
// Z lists Y as related reading; X is any other article.
const z = articles.find((a) => Array.isArray(a.data.relatedArticles) && a.data.relatedArticles.length > 0);
const y = articles.find((a) => a.id === (z?.data.relatedArticles as string[] | undefined)?.[0]);
const x = articles.find((a) => a !== z && a !== y);

function build() {
  const { status, output } = runScript('scripts/build.mjs', ['--outDir', out], { BUURKRACHT_CONTENT: content, NO_COLOR: '1', FORCE_COLOR: '0' });
  expect(status, output.slice(-3000)).toBe(0);
  return output;
}
const card = (id: string) => readFileSync(join(out, 'og', `${id}.png`));
const page = (id: string) => readFileSync(join(out, id, 'index.html'), 'utf8');
const cards = (log: string) =>
  log
    .match(/(\d+) Open Graph images in [\d.]+ s, [\d.]+ s CPU \((\d+) drawn, (\d+) from cache\)/)
    ?.slice(1)
    .map(Number);
const searchIndex = (log: string) => log.match(/search index (written|unchanged, taken from the cache) to \/pagefind\//)?.[1];
/** The text Pagefind indexed: its fragments are gzip, a signature, then JSON. */
const indexedText = () =>
  readdirSync(join(out, 'pagefind', 'fragment'))
    .map((f) => gunzipSync(readFileSync(join(out, 'pagefind', 'fragment', f))).toString('utf8'))
    .join('\n');
const restored = (log: string, id: string) => new RegExp(`/${id}/index\\.html \\(restored\\)`).test(log);

describe('a rebuild after an edit', () => {
  if (!x || !y || !z) throw new Error('the content needs an article with related reading and a third article');
  let before: Record<string, Buffer> = {};

  it('a first build draws every card and indexes every page', () => {
    const log = build();
    const [total, drawn] = cards(log) ?? [];
    expect(drawn).toBe(total);
    expect(searchIndex(log)).toBe('written');
    before = Object.fromEntries([x, y, z].map((a) => [a.id, card(a.id)]));
  }, 300_000);

  it('changing one article’s text renders only its own page again and redraws no card', () => {
    appendFileSync(x.file, '\nEen zin die er pas in de tweede build bij kwam.\n');
    const log = build();
    expect(cards(log)?.[1]).toBe(0);
    expect(page(x.id)).toContain('Een zin die er pas in de tweede build bij kwam.');
    // The search index is made anew, so the new sentence can be found.
    expect(searchIndex(log)).toBe('written');
    expect(indexedText()).toContain('Een zin die er pas in de tweede build bij kwam.');
    expect(restored(log, x.id)).toBe(false);
    expect(restored(log, y.id)).toBe(true);
    expect(restored(log, z.id)).toBe(true);
  }, 300_000);

  it('changing one article’s title redraws only its own card, and every page that shows the title follows', () => {
    const title = 'Een titel die er pas in de derde build is';
    const text = readFileSync(y.file, 'utf8').replace(/^title: .*$/m, `title: ${title}`);
    writeFileSync(y.file, text);
    const log = build();
    expect(cards(log)?.[1]).toBe(1);
    expect(card(y.id).equals(before[y.id] as Buffer)).toBe(false);
    expect(card(x.id).equals(before[x.id] as Buffer)).toBe(true);
    expect(card(z.id).equals(before[z.id] as Buffer)).toBe(true);
    expect(page(y.id)).toContain(title);
    // Z shows Y as related reading: a page copied from the last build would still show the old title.
    expect(page(z.id)).toContain(title);
  }, 300_000);

  it('a rebuild with nothing changed draws nothing and takes the search index as it was', () => {
    const vocabulary = readFileSync(join(out, 'pagefind', 'vocabulary.txt'), 'utf8');
    const log = build();
    expect(cards(log)?.[1]).toBe(0);
    expect(searchIndex(log)).toBe('unchanged, taken from the cache');
    expect(indexedText()).toContain('Een zin die er pas in de tweede build bij kwam.');
    expect(readFileSync(join(out, 'pagefind', 'vocabulary.txt'), 'utf8')).toBe(vocabulary);
    // Cards and index files are links to the cached copies: the rebuild moved no bytes for them.
    expect(statSync(join(out, 'og', `${x.id}.png`)).nlink).toBeGreaterThan(1);
    expect(statSync(join(out, 'pagefind', 'pagefind.js')).nlink).toBeGreaterThan(1);
  }, 300_000);
});
