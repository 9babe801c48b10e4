import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber, formatPages, formatPercent, isoDate } from '../../src/lib/format';

describe('Dutch formatting', () => {
  it('writes grades with a decimal comma', () => {
    expect(formatNumber(6.1, 1)).toBe('6,1');
    expect(formatNumber(5, 1)).toBe('5,0');
  });

  it('groups thousands with a dot', () => {
    expect(formatNumber(10000)).toBe('10.000');
  });

  it('writes percentages with a non-breaking space', () => {
    expect(formatPercent(34)).toBe('34\u00a0%');
  });

  it('writes dates the Dutch way, in Dutch time', () => {
    expect(formatDate(new Date('2025-03-12T00:00:00Z'))).toBe('12 maart 2025');
    expect(formatDate(new Date('2025-04-16T23:30:00Z'))).toBe('17 april 2025');
    expect(isoDate(new Date('2025-03-12T00:00:00Z'))).toBe('2025-03-12');
  });

  it('names print pages as the magazine does', () => {
    expect(formatPages({ from: 31 })).toBe('pagina 31');
    expect(formatPages({ from: 8, to: 10 })).toBe('pagina’s 8–10');
  });

  it('joins lists with "en"', () => {
    expect(formatList(['Beilen', 'Westerbork'])).toBe('Beilen en Westerbork');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b en c');
  });
});
