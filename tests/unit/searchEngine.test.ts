import { describe, expect, it, vi } from 'vitest';
import { answers, findPages, type PagefindApi, type PagefindResult, queryVariants } from '../../src/components/search/searchEngine';
import { correctedQuery } from '../../src/lib/searchTypos';
import { parseVocabulary } from '../../src/lib/searchVocabulary';

/**
 * A tiny stand-in for Pagefind with its matching rule: a query word matches every page word it
 * begins; when it begins none, the longest page word that begins it (that is how "Omgevingswet"
 * came to match "om"). No stemming: the pages below are written in the forms searched for.
 */
function fakePagefind(pages: Record<string, string>): PagefindApi & { asked: string[]; fetched: string[] } {
  const asked: string[] = [];
  const fetched: string[] = [];
  const words = Object.values(pages).flatMap((t) => t.toLowerCase().split(/\s+/));
  return {
    asked,
    fetched,
    search: async (term) => {
      asked.push(term ?? '');
      const terms = (term ?? '').split(' ');
      const results: PagefindResult[] = [];
      for (const [url, text] of Object.entries(pages)) {
        const own = text.toLowerCase().split(/\s+/);
        const locations: number[] = [];
        const ok = terms.every((t) => {
          const extended = words.some((w) => w.startsWith(t));
          const stand = extended ? t : words.filter((w) => t.startsWith(w)).sort((a, b) => b.length - a.length)[0];
          const at = own.flatMap((w, i) => (stand && w.startsWith(stand) ? [i] : []));
          locations.push(...at);
          return at.length > 0;
        });
        if (ok)
          results.push({
            id: url,
            score: locations.length,
            data: async () => {
              fetched.push(url);
              return { url, content: text, locations, meta: { title: text.split(' ')[0] } };
            },
          });
      }
      return { results: results.sort((a, b) => b.score - a.score) };
    },
  };
}

const options = { filters: {}, newest: false };
const noCorrection = async () => {
  throw new Error('the vocabulary should not be loaded');
};

describe('one search as the reader means it', () => {
  it('runs the query with its word forms and compounds joined, and merges the pages', async () => {
    const pagefind = fakePagefind({ '/kloetinge/': 'Kloetinge zonnepanelen op het dak', '/westerbroek/': 'Westerbroek warmtecamera buurt' });
    const correct = async () => ({ vocabulary: parseVocabulary('kloetinge\nzonnepanelen\nwesterbroek\nwarmtecamera\nbuurt'), correctedQuery });
    const paneel = await findPages(pagefind, 'zonnepaneel', options, correct);
    expect(paneel.results.map((r) => r.id)).toEqual(['/kloetinge/']);
    expect(paneel.corrected).toBeUndefined();
    expect((await findPages(pagefind, 'warmte camera', options, correct)).results.map((r) => r.id)).toEqual(['/westerbroek/']);
    expect(pagefind.asked).toContain('warmtecamera');
  });

  it('drops what only matched a short stand-in for a word the site never uses', async () => {
    const pagefind = fakePagefind({ '/a/': 'Wij gaan om vijf uur', '/b/': 'Het is om de hoek' });
    const vocabulary = parseVocabulary('gaan\nhoek\nvijf');
    const outcome = await findPages(pagefind, 'Omgevingswet', options, async () => ({ vocabulary, correctedQuery }));
    expect(outcome.results).toEqual([]);
  });

  it('accepts a stand-in that holds most of the word, and other endings of its stem', () => {
    expect(answers('warmtewandeling', 'warmtewandelingen')).toBe(true);
    expect(answers('om', 'omgevingswet')).toBe(false);
    expect(answers('zonnepanelen', 'zonnepaneel')).toBe(true);
  });

  it('turns a decimal comma into the number token the index holds', () => {
    expect(queryVariants('6,1')).toEqual(['6komma1k']);
    expect(queryVariants('rapportcijfer 6,1')[0]).toBe('rapportcijfer 6komma1k');
  });

  it('asks for the vocabulary only when little is found, then runs the corrected query and says so', async () => {
    const pagefind = fakePagefind({ '/regentonactie/': 'Regentonnen bestellen met korting', '/molenlanden/': 'Gemeente Molenlanden' });
    const correct = vi.fn(async () => ({ vocabulary: parseVocabulary('regentonnen\nmolenlanden\nbestellen\nkorting'), correctedQuery }));
    const found = await findPages(pagefind, 'regentonnen', options, correct);
    expect(found.corrected).toBeUndefined();
    const typo = await findPages(pagefind, 'molelanden', options, correct);
    expect(typo.corrected).toBe('molenlanden');
    expect(typo.results.map((r) => r.id)).toEqual(['/molenlanden/']);
    expect(correct).toHaveBeenCalled();
  });

  it('does not load the vocabulary when enough is found', async () => {
    const pages = Object.fromEntries(['a', 'b', 'c'].map((k) => [`/${k}/`, `buurtteam ${k}`]));
    const outcome = await findPages(fakePagefind(pages), 'buurtteam', options, noCorrection);
    expect(outcome.results).toHaveLength(3);
  });

  it('fetches no page text to check a form that only shortens a word that was found', async () => {
    const pages = Object.fromEntries(['a', 'b', 'c'].map((k) => [`/${k}/`, `buurtteams ${k}`]));
    const pagefind = fakePagefind({ ...pages, '/d/': 'buurtteam d' });
    const outcome = await findPages(pagefind, 'buurtteams', options, noCorrection);
    expect(pagefind.asked).toEqual(['buurtteams', 'buurtteam']);
    expect(outcome.results.map((r) => r.id)).toHaveLength(4);
    // Only the first screen of the words as typed is read (it is shown anyway); buurtteam cannot be
    // a stand-in, so the page only it finds is not fetched to check it.
    expect(new Set(pagefind.fetched)).toEqual(new Set(['/a/', '/b/', '/c/']));
  });

  it('checks another form on a page the first screen of results shows anyway', async () => {
    const pagefind = fakePagefind({
      '/veel/': 'zonnepanelen zonnepanelen zonnepaneel zonnepaneel zonnepaneel',
      '/een/': 'zonnepanelen',
      '/twee/': 'zonnepanelen',
    });
    const outcome = await findPages(pagefind, 'zonnepanelen', options, noCorrection);
    expect(outcome.results.map((r) => r.id)).toContain('/veel/');
    // zonnepaneel does not shorten the typed word, so its answer is checked, on a page already shown:
    // nothing beyond the first screen of the words as typed is fetched.
    expect(new Set(pagefind.fetched)).toEqual(new Set(['/veel/', '/een/', '/twee/']));
  });
});
