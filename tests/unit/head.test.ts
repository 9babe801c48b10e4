import { describe, expect, it } from 'vitest';
import { buildHead, dedupe } from '../../src/lib/head';
import { articleJsonLd, serialiseJsonLd } from '../../src/lib/jsonld';

const attr = (head: ReturnType<typeof buildHead>, key: string) =>
  head.tags.filter((t) => t.attrs.property === key || t.attrs.name === key || t.attrs.rel === key);

describe('head data', () => {
  const head = buildHead({
    title: 'Inwoners aan zet',
    description: 'Een dorp en zijn gemeente.',
    path: '/inwoners-aan-zet/',
    type: 'article',
    section: 'Succesverhaal',
    published: new Date('2026-11-26'),
  });

  it('has exactly one og:type and one canonical', () => {
    expect(attr(head, 'og:type')).toHaveLength(1);
    expect(attr(head, 'og:type')[0]?.attrs.content).toBe('article');
    expect(attr(head, 'canonical')).toHaveLength(1);
    expect(attr(head, 'canonical')[0]?.attrs.href).toBe('https://www.buurkracht.nl/inwoners-aan-zet/');
  });

  it('suffixes the site name, except on the home page', () => {
    expect(head.title).toBe('Inwoners aan zet | Buurkracht Magazine');
    expect(buildHead({ title: 'Buurkracht Magazine', description: 'x', path: '/' }).title).toBe('Buurkracht Magazine');
    const long = 'Samenwerking tussen buurtteams Beilen en Westerbork loont echt';
    expect(buildHead({ title: long, description: 'x', path: '/lang/' }).title).toBe(long);
  });

  it('points og:image and twitter:image at the generated card for the page', () => {
    expect(attr(head, 'og:image')[0]?.attrs.content).toBe('https://www.buurkracht.nl/og/inwoners-aan-zet.png');
    expect(attr(head, 'twitter:image')[0]?.attrs.content).toBe('https://www.buurkracht.nl/og/inwoners-aan-zet.png');
  });

  it('marks noindex pages for robots and leaves others alone', () => {
    expect(attr(head, 'robots')).toHaveLength(0);
    expect(attr(buildHead({ title: 'x', description: 'y', path: '/qr/', noindex: true }), 'robots')[0]?.attrs.content).toMatch(/noindex/);
  });

  it('keeps the last of duplicate tags', () => {
    const tags = dedupe([
      { tag: 'meta', attrs: { property: 'og:type', content: 'website' } },
      { tag: 'meta', attrs: { property: 'og:type', content: 'article' } },
    ]);
    expect(tags).toEqual([{ tag: 'meta', attrs: { property: 'og:type', content: 'article' } }]);
  });
});

describe('Article JSON-LD', () => {
  const ld = articleJsonLd({
    headline: 'Kop',
    description: 'Intro',
    path: '/kop/',
    image: '/og/kop.png',
    published: new Date('2026-11-26T00:00:00Z'),
    section: 'Succesverhaal',
    keywords: ['Vergroening'],
    places: [{ name: 'Willis', municipality: 'Zaanstad', lat: 52.4, lon: 4.8 }],
    people: [{ name: 'Flip van der Hulst', role: 'buurtteamlid' }],
  });

  it('names headline, dates, publisher and places', () => {
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'Kop',
      datePublished: '2026-11-26T00:00:00.000Z',
      dateModified: '2026-11-26T00:00:00.000Z',
      publisher: { name: 'Stichting Buurkracht' },
      url: 'https://www.buurkracht.nl/kop/',
    });
    expect(ld.contentLocation).toEqual([expect.objectContaining({ name: 'Willis', geo: expect.objectContaining({ latitude: 52.4 }) })]);
  });

  it('cannot be broken out of its script element', () => {
    expect(serialiseJsonLd({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
