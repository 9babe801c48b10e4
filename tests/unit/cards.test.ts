import { describe, expect, it } from 'vitest';
import { fitClass, focusClasses, motifPlacement } from '../../src/lib/cards';
import { articleJsonLd } from '../../src/lib/jsonld';
import { readingMinutes } from '../../src/lib/reading';
import { searchFields } from '../../src/lib/search';

describe('composed cards', () => {
  it('set a short place name larger than a long list of municipalities', () => {
    const size = (c: string) => Number(c.replace('fit-', ''));
    expect(size(fitClass('Willis'))).toBeLessThan(size(fitClass('Boxtel, Leeuwarden, Rotterdam, Sint-Michielsgestel, Zaanstad')));
    expect(size(fitClass('Warmtewandeling'))).toBeGreaterThan(size(fitClass('Kloetinge')));
  });

  it('place the motif the same way in every build, and differently for different pieces', () => {
    expect(motifPlacement('warmtewandeling-in-westerbroek')).toEqual(motifPlacement('warmtewandeling-in-westerbroek'));
    const slugs = ['a-b', 'c-d', 'e-f', 'g-h', 'i-j', 'k-l', 'm-n', 'o-p'];
    expect(new Set(slugs.map((s) => JSON.stringify(motifPlacement(s)))).size).toBeGreaterThan(2);
  });

  it('round a focal point to the crops the stylesheet knows', () => {
    expect(focusClasses({ x: 48, y: 30 })).toBe('fx-50 fy-25');
    expect(focusClasses(undefined)).toBe('');
  });
});

describe('story facts', () => {
  it('count reading time from the words of the text, not the markup', () => {
    expect(readingMinutes('Kort.')).toBe(1);
    const words = Array.from({ length: 450 }, () => 'woord').join(' ');
    expect(readingMinutes(`## Kop\n\n${words}\n\n<InHetKort titel="x">\n- feit\n</InHetKort>`)).toBe(3);
  });

  it('a piece of an edition without a known day shows no invented date in search or structured data', () => {
    const fields = searchFields({ kind: 'story', date: { year: 2025 } });
    expect(fields.meta.find(([k]) => k === 'date')).toBeUndefined();
    expect(fields.filters).toContainEqual(['year', '2025']);
    const ld = articleJsonLd({
      headline: 'Kop',
      description: 'Intro',
      path: '/kop/',
      image: '/og/kop.png',
      published: '2025',
      edition: 'Buurkracht 2025',
      section: 'Succesverhaal',
      keywords: [],
      places: [],
      people: [],
    });
    expect(ld.datePublished).toBe('2025');
    expect(ld.isPartOf).toEqual({ '@type': 'PublicationIssue', name: 'Buurkracht 2025', datePublished: '2025' });
  });
});
