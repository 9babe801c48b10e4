import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSitemapAndFeeds } from '../../scripts/gates/feeds.mjs';
import { checkHeadMeta } from '../../scripts/gates/head.mjs';
import { headersFor, parseHeadersFile } from '../../scripts/gates/headers.mjs';
import { validatePages } from '../../scripts/gates/htmlValidate.mjs';
import { checkLinks } from '../../scripts/gates/links.mjs';
import { checkLinkTexts } from '../../scripts/gates/linkText.mjs';
import { headerProblems } from '../../scripts/gates/policy.mjs';
import { readPages } from '../../scripts/gates/site.mjs';
import { lostUrls, readUrlList, redirectSources } from '../../scripts/gates/urls.mjs';
import { embedPathPatterns } from '../../src/lib/urls';

// Each gate must be able to fail: this tiny site breaks every rule once.
const dist = 'tests/fixtures/gates/broken-site';
const pages = readPages(dist);

describe('the build-output gates catch a broken site', () => {
  it('a page without title, description or canonical URL is reported; a redirect stub needs only its canonical', () => {
    expect(checkHeadMeta(pages)).toEqual(['/over/: no <title>', '/over/: no meta description', '/over/: no canonical URL']);
  });

  it('a link to a missing page, a missing #anchor or a missing share image is reported, a good anchor is not', () => {
    const problems = checkLinks(dist, pages, 'https://www.example.nl');
    expect(problems).toEqual([
      '/geheim/: meta content="https://www.example.nl/og/geheim.png" points at /og/geheim.png, which is not in the build',
      '/: a href="/bestaat-niet/" points at /bestaat-niet/, which is not in the build',
      '/: link "/over/#niemand" points at #niemand, which /over/ does not have',
    ]);
  });

  it('"Lees meer" and "klik hier" fail as link texts', () => {
    expect(checkLinkTexts(pages)).toEqual([
      '/: link text "Lees meer" (to /over/) does not say where it goes',
      '/: link text "klik hier" (to /over/) does not say where it goes',
    ]);
  });

  it('html-validate reports an error with the project configuration', async () => {
    const problems = await validatePages(pages);
    expect(problems.some((p) => p.startsWith('/:') && p.includes('no-dup-id'))).toBe(true);
    expect(problems.filter((p) => p.startsWith('/m/oud/'))).toEqual([]);
  });

  it('a malformed feed and a sitemap listing a noindex or non-canonical page are reported', () => {
    const problems = checkSitemapAndFeeds(dist, { sitemap: '/sitemap-index.xml', feeds: ['/rss.xml'] });
    expect(problems).toContainEqual(expect.stringMatching(/^\/rss\.xml: not well-formed XML/));
    expect(problems).toContain('/sitemap-0.xml: lists https://www.example.nl/geheim/, which is marked noindex');
    expect(problems).toContain("/sitemap-0.xml: lists https://www.example.nl/over/, but that page's canonical URL is (none)");
    expect(problems.filter((p) => p.includes('example.nl/ '))).toEqual([]);
  });
});

describe('the header policy', () => {
  const rules = parseHeadersFile(readFileSync('tests/fixtures/gates/_headers-missing', 'utf8'));
  const problems = (path: string) => headerProblems(path, headersFor(rules, path), embedPathPatterns);

  it('a _headers file without HSTS fails on every path', () => {
    expect(problems('/')).toEqual(['/: no strict-transport-security header']);
  });

  it('an embed rule that does not detach the site-wide policy fails (Cloudflare would send both)', () => {
    expect(problems('/embed/grafiek/')).toContainEqual(expect.stringMatching(/^\/embed\/grafiek\/: must send "frame-ancestors \*"/));
  });

  it('a CSV file with the page policy instead of the restrictive one fails', () => {
    expect(problems('/monitor/2025/data.csv')).toContainEqual(expect.stringMatching(/a data file needs "default-src 'none'" and "sandbox"/));
  });

  it('a hashed asset that is not cached for a year fails', () => {
    expect(problems('/_astro/x.js')).toContain('/_astro/x.js: cache-control must be "public, max-age=31536000, immutable", not "no-cache"');
  });
});

describe('URLs that never die', () => {
  it('a listed URL that is gone fails unless a redirect covers it', () => {
    const list = readUrlList('tests/fixtures/gates/urls-list.txt');
    const redirects = redirectSources(readFileSync('tests/fixtures/gates/_redirects', 'utf8'));
    expect(lostUrls(list, dist, redirects)).toEqual(['/verdwenen/ is no longer served and has no redirect']);
  });
});
