import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/searchIndex';
import { buildVocabulary, type VocabularyPage } from '../lib/searchVocabulary';
import { builtHtmlFiles } from './builtPages';

/** The vocabulary for "Bedoelde je …?" stays under this many bytes on the wire (gzip). */
export const vocabularyBudget = 30 * 1024;

// The file loops below are synchronous for the reason given in ./builtPages.ts: nothing else runs
// meanwhile, and the promise API costs several times the CPU per file.

/** Hard-links every file under `from` into `to` (copies where links are not allowed). */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const [source, target] = [join(entry.parentPath, entry.name), join(to, entry.parentPath.slice(from.length), entry.name)];
    mkdirSync(dirname(target), { recursive: true });
    linkOrCopy(source, target);
  }
}

const linkOrCopy = (from: string, to: string) => {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
};

/**
 * A copy of the site's HTML as Pagefind should read it, in a folder beside it (so URLs come out
 * the same): pages that prepareForIndex changes are written anew, all others hard-linked, which
 * costs nothing. Pagefind then crawls it in parallel, far faster than pages added one by one.
 * Returns a hash of everything Pagefind will read: same hash, same index.
 */
function preparedCopy(dir: string, copy: string): { pages: number; hash: string } {
  const hash = createHash('sha256');
  let pages = 0;
  for (const file of builtHtmlFiles(dir).sort()) {
    const [from, to] = [join(dir, file), join(copy, file)];
    const html = readFileSync(from, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    mkdirSync(dirname(to), { recursive: true });
    const prepared = prepareForIndex(html);
    hash.update(file).update('\0').update(prepared).update('\0');
    pages++;
    if (prepared !== html) writeFileSync(to, prepared);
    // A hard link where the file system allows one (the copy sits beside the site), else a copy.
    else linkOrCopy(from, to);
  }
  return { pages, hash: hash.digest('hex') };
}

/** Pagefind's fragments in a written bundle (gzip, a signature, then JSON): the text exactly as it was indexed. */
function indexedPages(bundle: string): VocabularyPage[] {
  const folder = join(bundle, 'fragment');
  const names = readdirSync(folder)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort();
  const pages: VocabularyPage[] = [];
  for (const name of names) {
    const json = JSON.parse(
      gunzipSync(readFileSync(join(folder, name)))
        .subarray('pagefind_dcd'.length)
        .toString('utf8'),
    ) as { content: string; meta: { title?: string } };
    pages.push({ title: json.meta.title ?? '', content: json.content });
  }
  return pages;
}

/** Runs Pagefind over the prepared copy and writes its bundle to `bundle`. */
async function runPagefind(copy: string, bundle: string): Promise<string[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return errors;
  try {
    const added = await index.addDirectory({ path: copy });
    const written = await index.writeFiles({ outputPath: bundle });
    return [...errors, ...added.errors, ...written.errors];
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's version from its package.json in `root`'s node_modules; undefined when not found. */
async function pagefindVersion(root: string): Promise<string | undefined> {
  const manifest = await readFile(join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8').catch(() => undefined);
  return manifest ? (JSON.parse(manifest) as { version: string }).version : undefined;
}

/**
 * Indexes a built site folder and writes the Pagefind bundle into its /pagefind/,
 * with the vocabulary for typo suggestions beside it. Pagefind reads each page as
 * prepareForIndex leaves it (charts as their description, tables as their caption,
 * decimal numbers as metadata); the files served stay as built.
 *
 * Pagefind has no incremental mode: it indexes every page on every build (37 s at 10,000 pages).
 * With `cache` (a folder and Pagefind's version), a bundle is kept there under the hash of what
 * Pagefind read, and a build whose pages read the same takes it instead of indexing again.
 */
export async function indexSite(
  dir: string,
  cache?: { folder: string; version: string },
): Promise<{ pages: number; errors: string[]; cached: boolean; vocabulary: { words: number; dropped: number; bytes: number } }> {
  const copy = `${resolve(dir)}.search-${process.pid}`;
  const bundle = join(dir, 'pagefind');
  try {
    const { pages, hash } = preparedCopy(dir, copy);
    const kept = cache && join(cache.folder, createHash('sha256').update(`pagefind@${cache.version}\n${hash}`).digest('hex'));
    const cached = kept !== undefined && existsSync(kept);
    if (cached) linkTree(kept, bundle);
    else {
      const errors = await runPagefind(copy, bundle);
      if (errors.length > 0) return { pages, errors, cached, vocabulary: { words: 0, dropped: 0, bytes: 0 } };
      if (kept && cache) {
        // Only the newest bundle is kept: a new one replaces the old, in full or not at all.
        await rm(cache.folder, { recursive: true, force: true });
        linkTree(bundle, `${kept}.tmp`);
        await rename(`${kept}.tmp`, kept);
      }
    }
    // The vocabulary is not kept: it follows this code, which may have changed since the bundle was.
    const built = buildVocabulary(indexedPages(bundle), (text) => gzipSync(text, { level: 9 }).length <= vocabularyBudget);
    await writeFile(join(bundle, 'vocabulary.txt'), built.text);
    return { pages, errors: [], cached, vocabulary: { words: built.words, dropped: built.dropped, bytes: gzipSync(built.text, { level: 9 }).length } };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/**
 * Builds the search index after every build. Pages opt in with
 * data-pagefind-body (see src/lib/search.ts), so lists, theme pages and the
 * search page itself stay out of the results.
 */
export function pagefindIndex(): AstroIntegration {
  let cache: { folder: string; version: string } | undefined;
  return {
    name: 'buurkracht:pagefind',
    hooks: {
      // `astro dev` has no index of its own: it serves the last build's, so search works while writing.
      'astro:server:setup': ({ server, logger }) => {
        const bundle = resolve('dist/pagefind');
        if (!existsSync(bundle)) {
          logger.info('no dist/pagefind/ yet: /zoeken/ finds nothing in dev until the first `npm run build`');
          return;
        }
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const file = join(bundle, decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
          if (!file.startsWith(bundle + sep) || !existsSync(file)) return next();
          res.setHeader('Content-Type', extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:config:done': async ({ config }) => {
        const version = await pagefindVersion(fileURLToPath(config.root));
        if (version) cache = { folder: fileURLToPath(new URL('pagefind/', config.cacheDir)), version };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, errors, cached, vocabulary } = await indexSite(fileURLToPath(dir), cache);
        if (errors.length > 0) throw new Error(`Pagefind could not index the site:\n${errors.join('\n')}`);
        logger.info(
          `search index ${cached ? 'unchanged, taken from the cache' : 'written'} to /pagefind/ (${pages} pages with data-pagefind-body); vocabulary.txt: ${vocabulary.words} words, ${(vocabulary.bytes / 1024).toFixed(1)} KB gzip${vocabulary.dropped ? `, ${vocabulary.dropped} rare words left out` : ''}`,
        );
      },
    },
  };
}
