import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/urls';
import { buildSite, cleanUp } from './run';
import { fileFor, publishedPieces } from './site';

afterAll(cleanUp);

let dist: string;
beforeAll(() => {
  dist = buildSite();
}, 180_000);

const page = (path: string) => readFileSync(join(dist, fileFor(path)), 'utf8');
const svgOf = (html: string) => html.match(/<svg class="map"[\s\S]*?<\/svg>/)?.[0] ?? '';
const marksOf = (svg: string) =>
  [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"[^>]*data-place="([^"]+)"/g)].map(([, href = '', label = '', place = '']) => ({
    href,
    label,
    place,
  }));

describe.each([paths.places(), paths.municipalities()])('the map on %s', (path) => {
  it('has a mark for every place a published story is about', () => {
    const inUse = new Set(publishedPieces().flatMap(({ data }) => [...(data.places ?? []), ...(data.place ? [data.place] : [])]));
    const marked = marksOf(svgOf(page(path))).map((m) => m.place);
    expect(marked.sort()).toEqual([...inUse].sort());
  });

  it('links every mark, with a name, to a page that exists', () => {
    const marks = marksOf(svgOf(page(path)));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      expect(m.label, m.place).toMatch(/^.+, gemeente .+$/);
      expect(existsSync(join(dist, fileFor(m.href))), m.href).toBe(true);
    }
  });

  it('lists the same places as links beside the map, for readers who cannot see it', () => {
    const html = page(path);
    const list = html.slice(html.indexOf('Plaatsen met een verhaal'));
    for (const m of marksOf(svgOf(html))) expect(list).toContain(`href="${m.href}"`);
  });

  it('stays small and draws the country outline', () => {
    const svg = svgOf(page(path));
    expect(svg.length).toBeLessThan(30_000);
    expect(svg).toMatch(/<path class="land" d="M[\d. LMZ]{1000,}"/);
    expect(svg).not.toMatch(/\sstyle="/);
  });

  it('credits the map data and its licence', () => {
    expect(page(path)).toMatch(/Natural Earth \(publiek domein\)/);
  });
});
