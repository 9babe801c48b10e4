/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page returned
 * by getStaticPaths() with a `cacheKey` is copied from the previous build when its key, its code
 * (Astro hashes the page's module graph) and the lockfile are unchanged, and rendered otherwise.
 *
 * The keys are coarse on purpose, so that no page can go stale:
 * - every key covers the frontmatter of every entry of every collection: a new piece, a new
 *   title, a renamed theme or a new edition renders every keyed page again (headers, lists,
 *   related reading, tags and maps all show frontmatter);
 * - an entry's body counts for the pages that show that entry: its own page, and the lists and
 *   related-reading blocks it appears in as a card (pass those entries to pageKey());
 * - every image file under content/ counts too: a photo replaced under the same name changes the
 *   hashed asset URL of every page that shows it, so no copied page may point at the old one.
 * A page that starts to show something else of another entry's body (say a reading time) must
 * pass that entry to pageKey() too. docs/performance.md explains the measurements.
 */

import { type CollectionKey, getCollection } from 'astro:content';
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { collections } from '../content.config';
import { imageExtensions } from '../model/media.ts';
import { contentRoot } from '../schemas/root';

interface Keyed {
  id: string;
  collection: string;
  digest?: string | number;
}

let frontmatter: Promise<string> | undefined;

/** Every image file under content/, by path and bytes, in a stable order. */
function hashImages(hash: Hash, dir = contentRoot) {
  for (const item of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, item.name);
    if (item.isDirectory()) hashImages(hash, path);
    else if ((imageExtensions as readonly string[]).includes(extname(item.name).toLowerCase())) hash.update(`${path}\0`).update(readFileSync(path));
  }
}

/** One hash of every entry's id and frontmatter and of every image, computed once a build. */
function frontmatterKey(): Promise<string> {
  frontmatter ??= (async () => {
    const hash = createHash('sha256');
    for (const name of Object.keys(collections).sort() as CollectionKey[]) {
      const entries = (await getCollection(name)).sort((a, b) => a.id.localeCompare(b.id));
      for (const { id, data } of entries) hash.update(`${name}/${id}\0${JSON.stringify(data)}\0`);
    }
    hashImages(hash);
    return hash.digest('hex');
  })();
  return frontmatter;
}

/** The cache key of a page that shows `entries` (frontmatter and body); see above for what else it covers. */
export async function pageKey(...entries: Keyed[]): Promise<string> {
  const hash = createHash('sha256').update(await frontmatterKey());
  for (const e of entries) hash.update(`\0${e.collection}/${e.id}:${e.digest ?? ''}`);
  return hash.digest('hex');
}
