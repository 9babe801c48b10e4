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
 *   related-reading blocks it appears in as a card (pass those entries to pageKey()).
 * A page that starts to show something else of another entry's body (say a reading time) must
 * pass that entry to pageKey() too. docs/performance.md explains the measurements.
 */

import { type CollectionKey, getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { collections } from '../content.config';

interface Keyed {
  id: string;
  collection: string;
  digest?: string | number;
}

let frontmatter: Promise<string> | undefined;

/** One hash of every entry's id and frontmatter, computed once a build. */
function frontmatterKey(): Promise<string> {
  frontmatter ??= (async () => {
    const hash = createHash('sha256');
    for (const name of Object.keys(collections).sort() as CollectionKey[]) {
      const entries = (await getCollection(name)).sort((a, b) => a.id.localeCompare(b.id));
      for (const { id, data } of entries) hash.update(`${name}/${id}\0${JSON.stringify(data)}\0`);
    }
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
