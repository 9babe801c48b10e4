import { sitemapPaths } from '../../scripts/gates/feeds.mjs';
import { isEmbedPath } from '../../scripts/gates/policy.mjs';
import { readPages } from '../../scripts/gates/site.mjs';
import { embedPathPatterns, paths } from '../../src/lib/urls';

/** Pages readers reach that the sitemap leaves out on purpose: embeds (framed elsewhere) and printed QR landing pages. */
export function unlistedPublicPages(dist = 'dist'): string[] {
  return readPages(dist)
    .map((p) => p.path)
    .filter((p) => isEmbedPath(p, embedPathPatterns) || p.startsWith('/qr/') || p.startsWith('/m/'));
}

/** Every page a reader can open: the sitemap, the embeds, the QR pages and the 404 page. */
export function everyPage(dist = 'dist'): string[] {
  return [...new Set([...sitemapPaths(dist, paths.sitemap()), ...unlistedPublicPages(dist)])];
}
