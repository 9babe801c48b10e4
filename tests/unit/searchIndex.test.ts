import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/searchExcerpt';
import { htmlText, prepareForIndex } from '../../src/lib/searchIndex';
import { numberTokens, tokenNumber, withNumberTokens } from '../../src/lib/searchNumbers';

const chart = (id: string) =>
  `<div class="${id}"><svg role="img"><title>Bewoners geven een onvoldoende</title><desc>Staafdiagram. Algemene waardering: gemeenten 6,1, bewoners 6,1.</desc><text>Gemeenten</text><text>6,1</text></svg></div>`;
const page = `<html lang="nl"><body><header>Menu 1,5</header><main><div data-pagefind-body><h1>Rapportcijfers</h1>
${chart('wide')}${chart('narrow')}
<section class="table-wrap"><table><caption>Rapportcijfers per aspect</caption><thead><tr><th>Aspect</th><th>Gemeenten</th><th>Bewoners</th></tr></thead><tbody><tr><th>Vertrouwen</th><td>5,2</td><td>4,7</td></tr></tbody></table></section>
<p>De voldoende ligt bij 5,5.</p></div></main></body></html>`;

describe('what Pagefind reads of a page', () => {
  const indexed = prepareForIndex(page);

  it('reads a chart as its written description, once, without its labels', () => {
    expect(indexed.match(/Staafdiagram/g)).toHaveLength(1);
    expect(indexed).not.toContain('<svg');
    expect(htmlText(indexed)).not.toMatch(/Gemeenten 6,1 Bewoners/);
  });

  it('reads a table as its caption, so header cells never run together', () => {
    expect(indexed).not.toContain('<table');
    expect(htmlText(indexed)).toContain('Rapportcijfers per aspect');
    expect(htmlText(indexed)).not.toContain('Aspect Gemeenten Bewoners');
  });

  it('keeps every decimal number of the indexed part findable, from tables and charts too', () => {
    const meta = /data-pagefind-meta="numbers:([^"]*)"/.exec(indexed)?.[1]?.split(' ');
    expect(meta).toEqual(expect.arrayContaining(['6komma1k', '5komma2k', '4komma7k', '5komma5k']));
    expect(meta).not.toContain('1komma5k'); // the header is not indexed
  });

  it('leaves pages without data-pagefind-body untouched', () => {
    const other = '<html><body><svg><desc>x</desc></svg><table><caption>y</caption></table></body></html>';
    expect(prepareForIndex(other)).toBe(other);
  });
});

describe('decimal numbers', () => {
  it('become tokens in page text and in queries alike, so 6,1 never matches 61 or 6,15', () => {
    expect(numberTokens('een 6,1 en een 6,15, geen 61 en geen 1.500')).toEqual(['6komma1k', '6komma15k']);
    expect(withNumberTokens('rapportcijfer 6,1')).toBe('rapportcijfer 6komma1k');
    expect(withNumberTokens('Bordspel 61')).toBe('Bordspel 61');
    expect(tokenNumber('6komma1k')).toBe('6,1');
  });
});

describe('the excerpt under a result', () => {
  const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
  const content =
    'Warmtewandeling in Westerbroek. Bewoners van Westerbroek liepen met een energiecoach door de buurt. Ze gebruikten een warmtecamera om te zien waar warmte uit de huizen ontsnapt. Daarna volgde een avond over isolatie.';
  const words = content.split(' ');

  it('starts at the sentence that holds the match', () => {
    const parts = excerptParts(content, [words.indexOf('warmtecamera')], [], 12);
    expect(text(parts)).toMatch(/^Ze gebruikten een warmtecamera/);
    expect(parts.find((p) => p.mark)?.text).toBe('warmtecamera');
  });

  it('starts at a word after “…” when the sentence begins far back', () => {
    const long = `Een ${'heel '.repeat(30)}lange zin met het woord regenton erin.`;
    const at = long.split(' ').indexOf('regenton');
    expect(text(excerptParts(long, [at], [], 10))).toMatch(/^… \p{L}+ /u);
  });

  it('shows the stretch with the most matches, also among hundreds of scattered ones', () => {
    // Every tenth word matches (as a one-letter prefix would), and words 600 to 615 all do.
    const page = Array.from({ length: 1000 }, (_, i) => `woord${i}`).join(' ');
    const hits = [...Array.from({ length: 100 }, (_, i) => i * 10), ...Array.from({ length: 16 }, (_, i) => 600 + i)];
    const parts = excerptParts(page, hits, [], 30);
    const marked = parts.filter((p) => p.mark).map((p) => p.text);
    expect(marked).toContain('woord600');
    expect(marked).toContain('woord614');
    expect(text(parts)).not.toContain('woord550 ');
  });

  it('marks a decimal number that matched in metadata only', () => {
    const parts = excerptParts('De voldoende ligt bij 5,5. Gemeenten geven 6,1.', [], ['6,1']);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['6,1']);
  });
});
