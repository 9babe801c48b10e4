import { describe, expect, it } from 'vitest';
import { allowedEdits, closestWord, correctedQuery } from '../../src/lib/searchTypos';
import { buildVocabulary, parseVocabulary, startsSomeWord } from '../../src/lib/searchVocabulary';

const pages = [
  { title: 'Succesvolle regentonactie inspireert tot meer', content: 'In Den Hout bestelden bewoners meer dan 150 regentonnen. De regenton vangt water op.' },
  { title: 'Warmtewandeling in Westerbroek', content: 'Bewoners van Westerbroek liepen met een warmtecamera door de buurt. De warmte ontsnapt.' },
  { title: 'Inwoners aan zet in Bleskensgraaf', content: 'Het dorpsteam en de gemeente Molenlanden werken samen. Energiecoöperatie Bles2032.' },
  { title: 'Samenwerking tussen buurtteams Beilen en Westerbork loont', content: 'De buurtteams van Beilen en Westerbork isoleren samen.' },
  { title: 'Dorpsquiz over energie in Vreeswijk', content: 'Een dorpsquiz over energie in Vreeswijk, met zonnepanelen als vraag.' },
];
const vocabulary = parseVocabulary(buildVocabulary(pages, () => true).text);

describe('“Bedoelde je …?”', () => {
  it('allows more edits in longer words, none in short ones', () => {
    expect([3, 4, 7, 8, 14].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('corrects a missing, a doubled and a swapped letter', () => {
    expect(correctedQuery('regentn', vocabulary)).toBe('regenton');
    expect(correctedQuery('molelanden', vocabulary)).toBe('molenlanden');
    expect(correctedQuery('Kloetinnge', parseVocabulary('kloetinge 3'))).toBe('kloetinge');
    expect(correctedQuery('Vreeswjik', vocabulary)).toBe('vreeswijk');
  });

  it('prefers one slip over a swap: “westerbrok” is Westerbroek, not Westerbork', () => {
    expect(closestWord('westerbrok', vocabulary)).toBe('westerbroek');
  });

  it('joins a compound written apart, typo and all', () => {
    expect(correctedQuery('warmte camera', vocabulary)).toBe('warmtecamera');
    expect(correctedQuery('warmte wandleing', vocabulary)).toBe('warmtewandeling');
  });

  it('keeps the diacritics of the site’s word', () => {
    expect(correctedQuery('energiecooperatei', vocabulary)).toBe('energiecoöperatie');
  });

  it('leaves known words, word starts and other forms of known words alone', () => {
    expect(correctedQuery('regenton', vocabulary)).toBeNull();
    expect(correctedQuery('zonnep', vocabulary)).toBeNull();
    expect(correctedQuery('regentonnetje', vocabulary)).toBeNull();
    expect(correctedQuery('warmtewandelingen', vocabulary)).toBeNull();
    expect(correctedQuery('6,1', vocabulary)).toBeNull();
  });

  it('suggests nothing when no word is close', () => {
    expect(correctedQuery('windmolenpark', vocabulary)).toBeNull();
  });
});

describe('the vocabulary file', () => {
  it('counts the pages a word is on, title words extra, and writes them in order', () => {
    const text = buildVocabulary(pages, () => true).text;
    const lines = text.split('\n');
    expect(lines).toEqual([...lines].sort());
    expect(lines).toContain('regentonnen');
    expect(lines.find((l) => l.startsWith('westerbroek '))).toBe('westerbroek 3');
    expect(startsSomeWord(parseVocabulary(text), 'zonnep')).toBe(true);
    expect(startsSomeWord(parseVocabulary(text), 'zonnex')).toBe(false);
  });

  it('leaves out the rarest words until the file fits its budget', () => {
    const built = buildVocabulary(pages, (text) => text.length <= 120);
    expect(built.text.length).toBeLessThanOrEqual(120);
    expect(built.dropped).toBeGreaterThan(0);
    // Words on several pages (and title words) survive; one-page body words go first.
    expect(built.text).toContain('bewoners');
    expect(built.text).not.toContain('ontsnapt');
  });
});
