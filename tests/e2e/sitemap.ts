import { readdirSync, readFileSync } from 'node:fs';

/** Every page path listed in the built sitemap(s). */
export function sitemapPaths(dist = 'dist'): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return files.flatMap((f) => [...readFileSync(`${dist}/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
}

/** Paths of article and action pages: the pages whose JSON-LD says Article. */
export function storyPaths(dist = 'dist'): string[] {
  return sitemapPaths(dist).filter((p) => readFileSync(`${dist}${p}index.html`, 'utf8').includes('"@type":"Article"'));
}
