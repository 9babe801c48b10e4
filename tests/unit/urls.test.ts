import { describe, expect, it } from 'vitest';
import { absolute, assertSlug, pagePath, paths, reservedSlugs, withCampaign } from '../../src/lib/urls';

describe('public URLs', () => {
  it('puts articles and actions at the top level with a trailing slash, as the printed QR codes expect', () => {
    expect(paths.entry('het-buurtteam-in-kloetinge-is-een-voorbeeld')).toBe('/het-buurtteam-in-kloetinge-is-een-voorbeeld/');
  });

  it('refuses a slug that would shadow a section of the site', () => {
    for (const slug of ['thema', 'monitor', 'zoeken', 'qr']) {
      expect(() => paths.entry(slug)).toThrow(/geen onderdeel van de site/);
    }
    expect(reservedSlugs).toContain('gemeente');
  });

  it('refuses slugs that are not clean path segments', () => {
    for (const bad of ['Hoofdletters', 'met spatie', '../etc', 'dubbel--streepje', '-begin', 'eind-', '']) {
      expect(() => assertSlug(bad)).toThrow(/kleine letters, cijfers en losse streepjes/);
    }
  });

  it('gives index pages their Dutch paths', () => {
    expect(paths.theme('vergroening')).toBe('/thema/vergroening/');
    expect(paths.municipality('midden-drenthe')).toBe('/gemeente/midden-drenthe/');
    expect(paths.edition(2025)).toBe('/editie/2025/');
    expect(paths.monitor(2025)).toBe('/monitor/2025/');
    expect(paths.accessibility()).toBe('/toegankelijkheid/');
  });

  it('mirrors every page path to one Open Graph image path', () => {
    expect(paths.ogImage('/')).toBe('/og/index.png');
    expect(paths.ogImage('/thema/vergroening/')).toBe('/og/thema/vergroening.png');
  });

  it('knows the standalone pages and refuses unknown ones', () => {
    expect(pagePath('colofon')).toBe('/colofon/');
    expect(() => pagePath('onbekend')).toThrow(/No URL/);
  });

  it('makes absolute URLs on the canonical origin', () => {
    expect(absolute('/thema/vergroening/', 'https://www.buurkracht.nl')).toBe('https://www.buurkracht.nl/thema/vergroening/');
  });

  it('tags a story path exactly as the magazine printed it, with or without utm_term', () => {
    expect(withCampaign('/samen-afval-prikken-in-willis/', { campaign: 'inspiratie', term: 'willis' })).toBe(
      '/samen-afval-prikken-in-willis/?utm_source=magazine&utm_medium=qr-code&utm_campaign=inspiratie&utm_term=willis',
    );
    expect(withCampaign('/x/', { campaign: 'succesverhaal' })).toBe('/x/?utm_source=magazine&utm_medium=qr-code&utm_campaign=succesverhaal');
  });

  it('gives short magazine paths no trailing slash, so their codes stay small', () => {
    expect(paths.vanity('kloetinge')).toBe('/m/kloetinge');
    expect(() => paths.vanity('Kloetinge!')).toThrow();
  });
});

describe('paged lists', () => {
  it('keeps page 1 at the list’s own URL and numbers the rest', () => {
    expect(paths.articles()).toBe('/artikelen/');
    expect(paths.articles(1)).toBe('/artikelen/');
    expect(paths.articles(3)).toBe('/artikelen/3/');
    expect(paths.theme('vergroening', 2)).toBe('/thema/vergroening/2/');
    expect(paths.municipality('zaanstad', 2)).toBe('/gemeente/zaanstad/2/');
  });

  it('refuses page numbers that are not positive whole numbers', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => paths.actions(bad)).toThrow(/not a page number/);
  });
});
