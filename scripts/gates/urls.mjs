import { existsSync, readFileSync } from 'node:fs';
import { listFiles, pagePathOf, serves } from './site.mjs';

/** Build output that is not a public address: hashed assets, derived images, the search index, host config. */
const notPublic = [/^\/_astro\//, /^\/og\//, /^\/pagefind\//, /^\/_headers$/, /^\/_redirects$/, /^\/nginx-host\.conf$/, /^\/404\.html$/];

/** Every public URL path a build serves: each page (in the sitemap or not, e.g. /qr/), feeds, data files. */
export function publicUrls(dist) {
  return [...new Set(listFiles(dist).map(pagePathOf))].filter((p) => !notPublic.some((re) => re.test(p))).sort();
}

/** The committed list: one path a line, # comments allowed. */
export function readUrlList(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Source paths of a `_redirects` file ("/from /to 301"). */
export function redirectSources(text) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/\s+/)[0] ?? '');
}

/**
 * URLs that were public once and are neither served by this build nor redirected: broken promises.
 * @param {string[]} list the committed URL list
 * @param {string[]} redirects paths a redirect rule covers
 */
export function lostUrls(list, dist, redirects = []) {
  const redirected = new Set(redirects.flatMap((r) => [r, r.endsWith('/') ? r.slice(0, -1) : `${r}/`]));
  return list.filter((path) => !serves(dist, path) && !redirected.has(path)).map((path) => `${path} is no longer served and has no redirect`);
}
