import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/schemas/article';
import { date } from '../../src/schemas/date';
import { coordinates } from '../../src/schemas/place';
import { found } from '../../src/schemas/plain';
import { printPages } from '../../src/schemas/printPages';
import { lead, title } from '../../src/schemas/text';
import { theme } from '../../src/schemas/theme';

// Outside Astro, image() is replaced by a plain string so the rest of the schema can be tested.
const image = (() => z.string()) as never;

const validArticle = {
  title: 'Inwoners aan zet in Bleskensgraaf',
  lead: 'Sinds 2022 werken het dorpsteam en de gemeente Molenlanden samen aan een aardgasvrij dorp.',
  edition: '2025',
  kind: 'succesverhaal',
  themes: ['aardgasvrij'],
  places: ['bleskensgraaf'],
  hero: { src: '../illustrations/x.png', alt: 'Een rij huizen op een heuvel.' },
};

describe('content schemas', () => {
  it('accepts a complete success story and fills in defaults', () => {
    const parsed = article(image).parse(validArticle);
    expect(parsed.kind).toBe('succesverhaal');
    expect(parsed.draft).toBe(false);
    expect(parsed.people).toEqual([]);
  });

  it('refuses a success story without a place', () => {
    const r = article(image).safeParse({ ...validArticle, places: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/minstens één plaats/);
  });

  it('requires an interviewee on an interview', () => {
    const r = article(image).safeParse({ ...validArticle, kind: 'interview' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('interviewee');
  });

  it('names the unknown kind that was written', () => {
    const r = article(image).safeParse({ ...validArticle, kind: 'column' });
    expect(r.error?.issues[0]?.message).toMatch(/gevonden: "column"/);
  });

  it('refuses hero images without alt text', () => {
    const r = article(image).safeParse({ ...validArticle, hero: { src: 'x.png' } });
    expect(r.error?.issues[0]?.path).toEqual(['hero', 'alt']);
  });

  it('keeps titles and leads within what search results show', () => {
    expect(title.safeParse('x'.repeat(91)).success).toBe(false);
    expect(lead.safeParse('Te kort.').success).toBe(false);
    expect(lead.safeParse('x'.repeat(221)).success).toBe(false);
  });

  it('refuses a print range that runs backwards', () => {
    expect(printPages.safeParse({ from: 8, to: 10 }).success).toBe(true);
    expect(printPages.safeParse({ from: 10, to: 8 }).success).toBe(false);
    expect(printPages.safeParse({ from: 0 }).success).toBe(false);
  });

  it('catches coordinates outside the Netherlands, such as swapped latitude and longitude', () => {
    expect(coordinates.safeParse({ lat: 51.87, lon: 4.78 }).success).toBe(true);
    expect(coordinates.safeParse({ lat: 4.78, lon: 51.87 }).success).toBe(false);
  });

  it('reads dates as calendar days and reports what was written otherwise', () => {
    expect(date.parse('2025-04-17').toISOString()).toBe('2025-04-17T00:00:00.000Z');
    const r = date.safeParse('gisteren');
    expect(r.error?.issues[0]?.message).toBe('verwacht een datum als JJJJ-MM-DD, gevonden: "gisteren"');
  });

  it('wants theme colours as #rrggbb', () => {
    const base = { name: 'Groen', description: 'Meer groen en biodiversiteit in de buurt.', motif: 'leaf' };
    expect(theme.safeParse({ ...base, color: '#15803d' }).success).toBe(true);
    expect(theme.safeParse({ ...base, color: 'groen' }).success).toBe(false);
  });

  it('describes found values in plain words', () => {
    expect(found(undefined)).toMatch(/ontbreekt/);
    expect(found('')).toBe('een leeg veld');
    expect(found('x'.repeat(200)).length).toBeLessThanOrEqual(80);
  });
});
