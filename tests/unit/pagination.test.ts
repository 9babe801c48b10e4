import { describe, expect, it } from 'vitest';
import { pagedTitle, pageParam, pagesOf } from '../../src/lib/pagination';

describe('pagination', () => {
  it('splits a list into full pages and a remainder', () => {
    const pages = pagesOf(
      Array.from({ length: 50 }, (_, i) => i),
      24,
    );
    expect(pages.map((p) => p.items.length)).toEqual([24, 24, 2]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.count === 3)).toBe(true);
  });

  it('gives an empty list one empty page, so its URL still exists', () => {
    expect(pagesOf([], 24)).toEqual([{ items: [], number: 1, count: 1 }]);
  });

  it('leaves the route parameter out for page 1', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });

  it('names later pages in the title', () => {
    expect(pagedTitle('Alle artikelen', { number: 1, count: 3 })).toBe('Alle artikelen');
    expect(pagedTitle('Alle artikelen', { number: 2, count: 3 })).toBe('Alle artikelen (pagina 2 van 3)');
  });
});
