import { describe, expect, it } from 'vitest';
import { analytics, analyticsCsp, analyticsTags } from '../../src/lib/analytics';

describe('the analytics adapter', () => {
  it('is off by default: no script and nothing added to the CSP', () => {
    expect(analytics.provider).toBeNull();
    expect(analyticsTags()).toBeNull();
    expect(analyticsCsp()).toEqual({ scriptResources: [], connectResources: [], scriptHashes: [] });
  });

  it('Plausible and Umami load one script from the configured host, which the CSP then allows', () => {
    expect(analyticsTags({ provider: 'plausible', siteId: 'www.buurkracht.nl', host: 'https://plausible.io' })).toEqual({
      src: 'https://plausible.io/js/script.js',
      attrs: { 'data-domain': 'www.buurkracht.nl' },
    });
    const umami = { provider: 'umami', siteId: '4f1c2a9e-0000-4000-8000-000000000000', host: 'https://stats.example.nl' } as const;
    expect(analyticsTags(umami)?.src).toBe('https://stats.example.nl/script.js');
    expect(analyticsCsp(umami)).toEqual({ scriptResources: ['https://stats.example.nl'], connectResources: ['https://stats.example.nl'], scriptHashes: [] });
  });

  it('Matomo runs without cookies, and its settings line is allowed by hash, not by unsafe-inline', () => {
    const matomo = { provider: 'matomo', siteId: '3', host: 'https://matomo.example.nl' } as const;
    const tags = analyticsTags(matomo);
    expect(tags?.inline).toMatch(/^window\._paq=\[\["disableCookies"\]/);
    expect(tags?.inline).toContain('["trackPageView"]');
    expect(analyticsCsp(matomo).scriptHashes).toHaveLength(1);
  });

  it('refuses a host that is not a bare https origin or a site id with odd characters', () => {
    expect(() => analyticsTags({ provider: 'plausible', siteId: 'x', host: 'http://plausible.io' })).toThrow(/https origin/);
    expect(() => analyticsTags({ provider: 'umami', siteId: '"><script>', host: 'https://a.nl' })).toThrow(/siteId/);
  });
});
