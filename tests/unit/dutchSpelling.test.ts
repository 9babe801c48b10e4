import { describe, expect, it } from 'vitest';
import { spellingVariant } from '../../src/lib/dutchSpelling';

describe('Dutch spelling variants for search', () => {
  it('links a singular with a double vowel to its plural and back', () => {
    expect(spellingVariant('zonnepaneel')).toBe('zonnepanel');
    expect(spellingVariant('zonnepanelen')).toBe('zonnepaneel');
    expect(spellingVariant('straten')).toBe('straat');
    expect(spellingVariant('Groene buren')).toBe('Groene buur');
  });

  it('leaves words alone that the stemmer already handles', () => {
    for (const q of ['regentonnen', 'dorpen', 'warmtepomp', 'Kloetinge', '110-Morgen', 'zon']) {
      expect(spellingVariant(q)).toBeNull();
    }
  });
});
