import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elements, textOf } from '../../scripts/gates/site.mjs';
import { paths, placeAnchor } from '../../src/lib/urls';
import { buildSite, cleanUp } from './run';
import { fileFor, publishedPieces, readData } from './site';

afterAll(cleanUp);

let dist: string;
beforeAll(() => {
  dist = buildSite();
}, 180_000);

const page = (path: string) => readFileSync(join(dist, fileFor(path)), 'utf8');
type El = ReturnType<typeof elements>[number];
const svgOf = (html: string) => html.match(/<svg class="map"[\s\S]*?<\/svg>\s*<\/div>/)?.[0] ?? '';
/** The marks of a page's map: each link with its place, where it goes and the name it shows. */
const marksOf = (html: string) =>
  elements(svgOf(html))
    .filter((e: El) => e.name === 'a' && /\bmark\b/.test(e.attributes.class ?? ''))
    .map((e: El) => ({
      place: e.attributes['data-place'] ?? '',
      nearby: /\bnearby\b/.test(e.attributes.class ?? ''),
      href: e.attributes.href ?? '',
      label: e.attributes['aria-label'] ?? '',
      text: textOf(e.node).trim(),
    }));

/** The markup of a place's entry on a municipality page: its heading and its list of stories. */
function entryOf(html: string, anchor: string): string {
  const start = html.indexOf(`id="${anchor}"`);
  expect(start, `no element with id ${anchor}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</ul>', start));
}

const municipalityOf = (place: string) => readData<{ municipality: string }>(`places/${place}.yaml`).municipality;
const nameOf = (place: string) => readData<{ name: string }>(`places/${place}.yaml`).name;
/** Every place a published piece is about, with the pieces. */
function storiesByPlace(): Map<string, string[]> {
  const byPlace = new Map<string, string[]>();
  for (const { id, data } of publishedPieces()) {
    for (const place of [...(data.places ?? []), ...(data.place ? [data.place] : [])]) byPlace.set(place, [...(byPlace.get(place) ?? []), id]);
  }
  return byPlace;
}

describe('the map of every place, on /gemeente/', () => {
  it('has a mark for every place a published story is about', () => {
    const marked = marksOf(page(paths.municipalities())).map((m) => m.place);
    expect(marked.sort()).toEqual([...storiesByPlace().keys()].sort());
  });

  it('shows each place’s name as text beside its mark, inside the same link (no hover needed)', () => {
    for (const m of marksOf(page(paths.municipalities()))) {
      expect(m.text, m.place).toBe(nameOf(m.place));
      expect(m.label, m.place).toMatch(new RegExp(`^${m.text}, gemeente .+$`));
    }
  });

  it('links every mark to its place on the municipality page, which links every story about it', () => {
    const stories = storiesByPlace();
    for (const m of marksOf(page(paths.municipalities()))) {
      expect(m.href).toBe(paths.place(municipalityOf(m.place), m.place));
      const [target = '', anchor = ''] = m.href.split('#');
      expect(existsSync(join(dist, fileFor(target))), target).toBe(true);
      const entry = entryOf(page(target), anchor);
      for (const story of stories.get(m.place) ?? []) expect(entry, `${m.place} → ${story}`).toContain(`href="${paths.entry(story)}"`);
    }
  });

  it('stays small and draws the country outline', () => {
    const svg = svgOf(page(paths.municipalities()));
    expect(svg.length).toBeLessThan(30_000);
    expect(svg).toMatch(/<path class="land" d="M[\d. MLZlz-]{1000,}"/);
    expect(svg).not.toMatch(/\sstyle="/);
  });

  it('credits the map data and its licence', () => {
    expect(page(paths.municipalities())).toMatch(/Natural Earth \(publiek domein\)/);
  });

  it('lists every municipality beside the map, each linked to its page', () => {
    const html = page(paths.municipalities());
    for (const file of readdirSync(join(dist, 'gemeente'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      expect(html).toContain(`href="${paths.municipality(file.name)}"`);
    }
  });
});

describe('a municipality page', () => {
  const municipalities = () => [...new Set([...storiesByPlace().keys()].map(municipalityOf))];

  it('maps all of its own places, and other places only as nearby ones, each with its name beside the mark', () => {
    expect(municipalities().length).toBeGreaterThan(3);
    for (const municipality of municipalities()) {
      const own = [...storiesByPlace().keys()].filter((p) => municipalityOf(p) === municipality).sort();
      const marks = marksOf(page(paths.municipality(municipality)));
      expect(
        marks
          .filter((m) => !m.nearby)
          .map((m) => m.place)
          .sort(),
        municipality,
      ).toEqual(own);
      for (const m of marks.filter((m) => m.nearby)) expect(municipalityOf(m.place), m.place).not.toBe(municipality);
      for (const m of marks) expect(m.text).toBe(nameOf(m.place));
    }
  });

  it('links each of its places to every story about that place', () => {
    const stories = storiesByPlace();
    for (const [place, ids] of stories) {
      const entry = entryOf(page(paths.municipality(municipalityOf(place))), placeAnchor(place));
      expect(entry).toContain(nameOf(place));
      for (const id of ids) expect(entry, `${place} → ${id}`).toContain(`href="${paths.entry(id)}"`);
    }
  });

  it('shows no map where a municipality has no place of its own', () => {
    const withPlaces = new Set(municipalities());
    const without = readdirSync(join(dist, 'gemeente'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !withPlaces.has(d.name))
      .map((d) => d.name);
    expect(without.length).toBeGreaterThan(0);
    for (const municipality of without) expect(svgOf(page(paths.municipality(municipality))), municipality).toBe('');
  });
});

describe('the old map page', () => {
  it('forwards /plaatsen/ to /gemeente/, where the map now is, and leaves it out of the sitemap', () => {
    const html = page(paths.places());
    expect(html).toMatch(/<meta http-equiv="refresh" content="0;url=\/gemeente\/">/);
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/gemeente\/">/);
    const sitemap = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    expect(sitemap).toContain('/gemeente/</loc>');
    expect(sitemap).not.toContain('/plaatsen/');
  });
});
