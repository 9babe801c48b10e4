import { sitemapPaths } from '../../scripts/gates/feeds.mjs';
import { isEmbedPath } from '../../scripts/gates/policy.mjs';
import { isRedirectStub, readPages } from '../../scripts/gates/site.mjs';
import { embedPathPatterns, paths } from '../../src/lib/urls';

/**
 * Pages readers reach that the sitemap leaves out on purpose: embeds (framed elsewhere) and the QR pages.
 * The /m/ forwarding stubs are left out: they navigate away at once (tests/e2e/short-links.test.ts covers them).
 */
export function unlistedPublicPages(dist = 'dist'): string[] {
  return readPages(dist)
    .filter((p) => !isRedirectStub(p.html))
    .map((p) => p.path)
    .filter((p) => isEmbedPath(p, embedPathPatterns) || p.startsWith('/qr/') || p.startsWith('/m/'));
}

/** Every page a reader can open: the sitemap, the embeds, the QR pages and the 404 page. */
export function everyPage(dist = 'dist'): string[] {
  return [...new Set([...sitemapPaths(dist, paths.sitemap()), ...unlistedPublicPages(dist)])];
}
