import { describe, expect, it } from 'vitest';
import { searchFields } from '../../src/lib/search';
import { readSearchQuery, writeSearchQuery } from '../../src/lib/searchQuery';

describe('search URLs', () => {
  it('a shared search link restores the query, the filters and the order', () => {
    const url = writeSearchQuery({
      q: 'zonnepanelen',
      filters: { theme: 'Duurzame energie', year: '2025' },
      newest: true,
    });
    expect(url).toBe('?q=zonnepanelen&thema=Duurzame+energie&jaar=2025&sorteer=datum');
    expect(readSearchQuery(new URLSearchParams(url))).toEqual({
      q: 'zonnepanelen',
      filters: { theme: 'Duurzame energie', year: '2025' },
      newest: true,
    });
  });

  it('an empty search gives a bare /zoeken/ and ignores unknown parameters', () => {
    expect(writeSearchQuery({ q: '', filters: {}, newest: false })).toBe('');
    expect(readSearchQuery(new URLSearchParams('utm_source=qr&q=%20'))).toEqual({ q: '', filters: {}, newest: false });
  });
});

describe('search fields', () => {
  it('files a page under its kind, each theme and municipality, and its year', () => {
    const fields = searchFields({
      kind: 'story',
      label: 'Succesverhaal',
      date: new Date('2025-03-12'),
      themes: ['Vergroening', 'Zon, wind en water'],
      municipalities: ['Goes'],
    });
    expect(fields.filters).toEqual([
      ['kind', 'Succesverhaal'],
      ['theme', 'Vergroening'],
      ['theme', 'Zon, wind en water'],
      ['municipality', 'Goes'],
      ['year', '2025'],
    ]);
    expect(fields.meta).toEqual([
      ['kind', 'Succesverhaal'],
      ['date', '2025-03-12'],
    ]);
    expect(fields.sort).toEqual([['date', '2025-03-12']]);
  });
});
