import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSitemapAndFeeds } from '../../scripts/gates/feeds.mjs';
import { checkHeadMeta } from '../../scripts/gates/head.mjs';
import { headersFor, parseHeadersFile } from '../../scripts/gates/headers.mjs';
import { validatePages } from '../../scripts/gates/htmlValidate.mjs';
import { checkLinks } from '../../scripts/gates/links.mjs';
import { checkLinkTexts } from '../../scripts/gates/linkText.mjs';
import { headerProblems } from '../../scripts/gates/policy.mjs';
import { listFiles, type Page, pagePathOf, readPages } from '../../scripts/gates/site.mjs';
import { lostUrls, publicUrls, readUrlList, redirectSources } from '../../scripts/gates/urls.mjs';
import { site } from '../../src/lib/site';
import { embedPathPatterns, paths } from '../../src/lib/urls';

const dist = 'dist';
/**
 * Sections other branches are building that pages already link to. A path here is ignored only while
 * it is missing from the build; once it is built this test asks for its removal from the list.
 */
let pages: Page[];
beforeAll(() => {
  if (!existsSync(`${dist}/index.html`)) throw new Error('dist/ is missing: run `npm run build` first');
  pages = readPages(dist);
});

describe('the built site', () => {
  it('every page has a title, a description and a canonical URL', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(checkHeadMeta(pages)).toEqual([]);
  });

  it('every internal link and #anchor resolves', () => {
    expect(checkLinks(dist, pages, site.origin)).toEqual([]);
  });

  it('every link text says where it goes', () => {
    expect(checkLinkTexts(pages)).toEqual([]);
  });

  it('every page passes html-validate without errors', async () => {
    expect(await validatePages(pages)).toEqual([]);
  });

  it('the sitemap and the feed are well-formed and list only canonical, indexable pages', () => {
    expect(checkSitemapAndFeeds(dist, { sitemap: paths.sitemap(), feeds: [paths.rss()] })).toEqual([]);
  });

  it('every built path gets the security and caching headers of its kind from the generated _headers', () => {
    expect(existsSync(`${dist}/_headers`), 'the build writes _headers').toBe(true);
    const rules = parseHeadersFile(readFileSync(`${dist}/_headers`, 'utf8'));
    const paths = listFiles(dist).map(pagePathOf);
    expect(paths.flatMap((path) => headerProblems(path, headersFor(rules, path), embedPathPatterns))).toEqual([]);
  });
});

describe('URLs that never die', () => {
  const listFile = 'deploy/public-urls.txt';
  const redirects = existsSync('public/_redirects') ? redirectSources(readFileSync('public/_redirects', 'utf8')) : [];

  it('every URL in the committed list is still served or redirected', () => {
    expect(lostUrls(readUrlList(listFile), dist, redirects)).toEqual([]);
  });

  it('every public URL of the build is in the committed list (run `npm run urls:update` to add new ones)', () => {
    const listed = new Set(readUrlList(listFile));
    expect(publicUrls(dist).filter((u) => !listed.has(u))).toEqual([]);
  });
});
