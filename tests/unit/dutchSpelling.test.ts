import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diminutiveBase, joinedForms, pluralForms, singularForms, splitForms, vowelVariant, wordForms } from '../../src/lib/dutchSpelling';

/** Every word of the site's own text, lower case: the pairs below must come from it. */
const siteText = readdirSync('content', { recursive: true })
  .map(String)
  .filter((f) => /\.(mdx|ya?ml)$/.test(f))
  .map((f) => readFileSync(join('content', f), 'utf8'))
  .join('\n')
  .toLowerCase();
const siteWords = new Set(siteText.match(/\p{L}+/gu) ?? []);

/**
 * Does a reader who types `typed` reach a page that says `written`? Search asks Pagefind for the
 * typed word and each of its forms; Pagefind matches a form against every indexed word it is a
 * prefix of (zon finds zonnepanelen). Both sides are stemmed alike, so comparing the surface
 * forms is what matters here; tests/e2e/search.test.ts checks the real index.
 */
function reaches(typed: string, written: string): boolean {
  return [typed, ...wordForms(typed)].some((form) => written.startsWith(form));
}

// [a form a reader types, the form the site's text uses]; each must reach the other.
const pairs: [string, string][] = [
  ['zonnepaneel', 'zonnepanelen'],
  ['regenton', 'regentonnen'],
  ['buurtteam', 'buurtteams'],
  ['warmtepomp', 'warmtepompen'],
  ['bewoner', 'bewoners'],
  ['gemeente', 'gemeenten'],
  ['huis', 'huizen'],
  ['straat', 'straten'],
  ['buur', 'buren'],
  ['wandeling', 'wandelingen'],
  ['bewonersinitiatief', 'bewonersinitiatieven'],
  ['plan', 'plannen'],
  ['afspraak', 'afspraken'],
  ['rapportcijfer', 'rapportcijfers'],
  ['activiteit', 'activiteiten'],
  ['vrijwilliger', 'vrijwilligers'],
  ['woning', 'woningen'],
  ['thema', 'themas'],
  ['partner', 'partners'],
  ['subsidie', 'subsidies'],
  ['stap', 'stappen'],
  ['doel', 'doelen'],
  ['dak', 'daken'],
  ['training', 'trainingen'],
  ['ambitie', 'ambities'],
  ['kennispartner', 'kennispartners'],
  ['gemeentehuis', 'gemeentehuizen'],
];

// [a diminutive a reader types, the word the site's text uses].
const diminutives: [string, string][] = [
  ['huisje', 'huis'],
  ['figuurtje', 'figuur'],
  ['regentonnetje', 'regenton'],
  ['bordspelletje', 'bordspel'],
  ['praatje', 'praat'],
  ['straatje', 'straat'],
  ['dorpje', 'dorp'],
  ['buurtje', 'buurt'],
  ['zonnetje', 'zon'],
  ['avondje', 'avond'],
  ['handje', 'hand'],
  ['huisjes', 'huis'],
];

// [the compound written apart, written together]; one of the two is in the site's text.
const compounds: [string, string][] = [
  ['warmte camera', 'warmtecamera'],
  ['regenton actie', 'regentonactie'],
  ['glasisolatie actie', 'glasisolatieactie'],
  ['zonne panelen', 'zonnepanelen'],
  ['energie coach', 'energiecoach'],
  ['buurt team', 'buurtteam'],
  ['warmte wandeling', 'warmtewandeling'],
  ['groen schouw', 'groenschouw'],
  ['dorps quiz', 'dorpsquiz'],
];

describe('Dutch word forms for search', () => {
  it('the table holds at least 30 pairs, each taken from the site’s own text', () => {
    expect(pairs.length + diminutives.length + compounds.length).toBeGreaterThanOrEqual(30);
    for (const [a, b] of [...pairs, ...diminutives]) expect(siteWords.has(a) || siteWords.has(b), `${a} / ${b}`).toBe(true);
    for (const [, joined] of compounds) expect(siteText.includes(joined), joined).toBe(true);
  });

  for (const [singular, plural] of pairs) {
    it(`“${singular}” finds “${plural}” and back`, () => {
      expect(reaches(singular, plural)).toBe(true);
      expect(reaches(plural, singular)).toBe(true);
    });
  }

  for (const [small, word] of diminutives) {
    it(`the diminutive “${small}” finds “${word}”`, () => {
      expect(reaches(small, word)).toBe(true);
    });
  }

  for (const [apart, together] of compounds) {
    it(`“${apart}” and “${together}” find each other`, () => {
      expect(joinedForms(apart.split(' ')).map((w) => w.join(' '))).toContain(together);
      expect(splitForms(together, (w) => siteWords.has(w) || apart.split(' ').includes(w))).toContain(apart);
    });
  }

  it('keeps the vowel rule: a double vowel in a closed syllable, a single one in an open syllable', () => {
    expect(vowelVariant('zonnepaneel')).toBe('zonnepanel');
    expect(vowelVariant('zonnepanelen')).toBe('zonnepaneel');
    expect(vowelVariant('straten')).toBe('straat');
    expect(vowelVariant('regentonnen')).toBeNull();
  });

  it('spells plurals and singulars the Dutch way', () => {
    expect(pluralForms('regenton')).toContain('regentonnen');
    expect(pluralForms('paneel')).toContain('panelen');
    expect(pluralForms('huis')).toContain('huizen');
    expect(pluralForms('bewoner')).toEqual(['bewoners']);
    expect(singularForms('huizen')).toContain('huis');
    expect(singularForms('bewonersinitiatieven')).toContain('bewonersinitiatief');
    expect(singularForms('dorpsquizzen')).toContain('dorpsquiz');
    expect(diminutiveBase('autootje')).toContain('auto');
  });

  it('leaves numbers, short words and hyphenated names alone', () => {
    for (const w of ['61', '6,1', 'zon', 'gas', '110-morgen', 'midden-drenthe']) expect(wordForms(w)).toEqual([]);
  });

  it('splits a compound only into words the site knows', () => {
    const known = (w: string) => ['warmte', 'camera', 'dorp', 'quiz'].includes(w);
    expect(splitForms('warmtecamera', known)).toEqual(['warmte camera']);
    expect(splitForms('dorpsquiz', known)).toEqual(['dorp quiz']);
    expect(splitForms('kloetinge', known)).toEqual([]);
  });
});
