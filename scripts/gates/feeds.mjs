import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { canonicalOf, isNoindex } from './head.mjs';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['sitemap', 'url', 'item'].includes(name) });

/** Parses an XML file of the build for real; a syntax error is a problem, not a crash. */
function readXml(dist, file, problems) {
  const full = join(dist, file);
  if (!existsSync(full)) {
    problems.push(`${file}: missing`);
    return undefined;
  }
  const text = readFileSync(full, 'utf8');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    problems.push(`${file}: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
    return undefined;
  }
  return parser.parse(text);
}

/**
 * The sitemap and the feed are well-formed and list only canonical, indexable pages of this build.
 * @param {string} dist
 * @param {{ sitemap: string, feeds: string[] }} files URL paths, e.g. { sitemap: '/sitemap-index.xml', feeds: ['/rss.xml'] }
 */
export function checkSitemapAndFeeds(dist, files) {
  const problems = [];
  /** @type {{ source: string, url: string }[]} */
  const listed = [];
  const index = readXml(dist, files.sitemap, problems);
  if (index) {
    const sitemaps = index.sitemapindex?.sitemap?.map((s) => String(s.loc)) ?? [];
    if (!index.sitemapindex) problems.push(`${files.sitemap}: not a <sitemapindex>`);
    for (const loc of sitemaps) {
      const file = new URL(loc).pathname;
      const sitemap = readXml(dist, file, problems);
      if (!sitemap) continue;
      if (!sitemap.urlset) problems.push(`${file}: not a <urlset>`);
      for (const u of sitemap.urlset?.url ?? []) listed.push({ source: file, url: String(u.loc) });
    }
  }
  for (const feed of files.feeds) {
    const rss = readXml(dist, feed, problems);
    if (!rss) continue;
    if (!rss.rss?.channel) problems.push(`${feed}: not an RSS <channel>`);
    for (const item of rss.rss?.channel?.item ?? []) {
      if (!item.title || !item.link) problems.push(`${feed}: an item lacks <title> or <link>`);
      if (item.link) listed.push({ source: feed, url: String(item.link) });
    }
  }
  for (const { source, url } of listed) {
    const path = new URL(url).pathname;
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file) || !file.endsWith('.html')) {
      problems.push(`${source}: lists ${url}, which is not a page of the build`);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    if (isNoindex(html)) problems.push(`${source}: lists ${url}, which is marked noindex`);
    const canonical = canonicalOf(html);
    if (canonical !== url) problems.push(`${source}: lists ${url}, but that page's canonical URL is ${canonical ?? '(none)'}`);
  }
  return problems;
}

/** Page paths listed in the built sitemap(s). */
export function sitemapPaths(dist, sitemap = '/sitemap-index.xml') {
  const problems = [];
  const index = readXml(dist, sitemap, problems);
  const out = [];
  for (const s of index?.sitemapindex?.sitemap ?? []) {
    const doc = readXml(dist, new URL(String(s.loc)).pathname, problems);
    for (const u of doc?.urlset?.url ?? []) out.push(new URL(String(u.loc)).pathname);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return out;
}
