import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagePath, paths } from '../../src/lib/urls';
import { allowedPhrases } from './allowedPhrases';
import { buildSite, cleanUp, repoRoot } from './run';
import { fileFor, htmlFiles, publishedPieces, readData } from './site';

afterAll(cleanUp);

interface TocItem {
  title: string;
  article?: string;
  action?: string;
  about?: string;
}

let dist: string;
beforeAll(() => {
  dist = buildSite();
}, 180_000);

const built = (path: string) => existsSync(join(dist, fileFor(path)));

describe('the 2025 edition online', () => {
  const toc = readData<{ toc: TocItem[] }>('editions/2025.yaml').toc;

  it('lists the 9 articles, 6 actions and the about and colophon pages of the printed edition', () => {
    expect(toc.filter((i) => i.article)).toHaveLength(9);
    expect(toc.filter((i) => i.action)).toHaveLength(6);
    expect(toc.filter((i) => i.about).map((i) => i.about)).toEqual(['colofon', 'over']);
  });

  it('has a page for every piece in the printed table of contents', () => {
    const missing = toc
      .map((i) => ((i.article ?? i.action) ? paths.entry((i.article ?? i.action) as string) : i.about ? pagePath(i.about) : undefined))
      .filter((path): path is string => path !== undefined && !built(path));
    expect(missing).toEqual([]);
  });

  it('has a municipality page for every place and municipality a story is about', () => {
    const places = new Set(publishedPieces().flatMap(({ data }) => [...(data.places ?? []), ...(data.place ? [data.place] : [])]));
    const municipalities = new Set(publishedPieces().flatMap(({ data }) => data.municipalities ?? []));
    for (const place of places) municipalities.add(readData<{ municipality: string }>(`places/${place}.yaml`).municipality);
    expect(places.size).toBeGreaterThan(0);
    expect([...municipalities].filter((m) => !built(paths.municipality(m)))).toEqual([]);
  });

  it('has a theme page for every theme a story has', () => {
    const themes = new Set(publishedPieces().flatMap(({ data }) => data.themes));
    expect(themes.size).toBeGreaterThan(0);
    expect([...themes].filter((t) => !built(paths.theme(t)))).toEqual([]);
  });
});

/** The same normalisation for the source and the site: lower case, no accents, words only. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/\u00AD/g, '')
    .replace(/-\s*\n\s*/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/**
 * What a reader reads on a page: <main> and the alt texts in it, the title and description; not the site's header and
 * footer, and not `<code>`, which holds URLs and tags (facts, such as the printed QR links on /qr/), not prose.
 */
function readable(html: string): string {
  const main = html.match(/<main\b[\s\S]*<\/main>/)?.[0] ?? '';
  const attrs = [...html.matchAll(/<(?:title)>([^<]*)<|name="description" content="([^"]*)"|\balt="([^"]*)"/g)].map((m) => m.slice(1).join(' '));
  const text = main.replace(/<(script|style|nav|code)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
  return `${text} ${attrs.join(' ')}`
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&[a-z]+;/g, ' ');
}

describe('the site is written anew, not copied from the printed magazine', () => {
  const RUN = 8;
  // CI runs in a clone with shared/ beside the repository, as it is beside /work/main here.
  const sourceDir = path.resolve(repoRoot, '../shared/source');

  it('shares no run of 8 words with the magazine, apart from names and titles', () => {
    if (!existsSync(sourceDir)) throw new Error(`The magazine source is missing: expected it in ${sourceDir}`);
    const sources = readdirSync(sourceDir).filter((f) => f.endsWith('.txt'));
    if (sources.length === 0) throw new Error(`No .txt files in ${sourceDir}`);
    const grams = new Set<string>();
    for (const f of sources) {
      const w = words(readFileSync(join(sourceDir, f), 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) grams.add(w.slice(i, i + RUN).join(' '));
    }
    const toc = readData<{ toc: TocItem[] }>('editions/2025.yaml').toc;
    // Printed titles may appear as printed: the table of contents is where a reader expects them.
    const allowed = [...allowedPhrases, ...toc.map((i) => i.title)].map((p) => words(p).join(' '));
    const shared: string[] = [];
    for (const file of htmlFiles(dist)) {
      const w = words(readable(readFileSync(join(dist, file), 'utf8')));
      for (let i = 0; i + RUN <= w.length; i++) {
        const gram = w.slice(i, i + RUN).join(' ');
        if (grams.has(gram) && !allowed.some((a) => a.includes(gram))) shared.push(`${file}: "${gram}"`);
      }
    }
    expect(shared).toEqual([]);
  });
});
