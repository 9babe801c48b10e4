import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/searchIndex';
import { buildVocabulary, type VocabularyPage } from '../lib/searchVocabulary';

/** The vocabulary for "Bedoelde je …?" stays under this many bytes on the wire (gzip). */
export const vocabularyBudget = 30 * 1024;

/** Every HTML file under dir (relative paths), Pagefind's own folder left out. */
async function htmlFiles(dir: string): Promise<string[]> {
  const all = await readdir(dir, { recursive: true });
  return all.filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`));
}

/** Hard-links every file under `from` into `to` (copies where links are not allowed). */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(from.length + 1));
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        await mkdir(dirname(join(to, file)), { recursive: true });
        await link(join(from, file), join(to, file)).catch(() => copyFile(join(from, file), join(to, file)));
      }),
    );
  }
}

/**
 * A copy of the site's HTML as Pagefind should read it, in a folder beside it (so URLs come out
 * the same): pages that prepareForIndex changes are written anew, all others hard-linked, which
 * costs nothing. Pagefind then crawls it in parallel, far faster than pages added one by one.
 * Returns a hash of everything Pagefind will read: same hash, same index.
 */
async function preparedCopy(dir: string, copy: string): Promise<{ pages: number; hash: string }> {
  const files = (await htmlFiles(dir)).sort();
  const digests: string[] = [];
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (file, j) => {
        const [from, to] = [join(dir, file), join(copy, file)];
        const html = await readFile(from, 'utf8');
        if (!html.includes('data-pagefind-body')) return;
        await mkdir(dirname(to), { recursive: true });
        const prepared = prepareForIndex(html);
        digests[i + j] = createHash('sha256').update(file).update('\0').update(prepared).digest('hex');
        if (prepared !== html) return writeFile(to, prepared);
        // A hard link where the file system allows one (the copy sits beside the site), else a copy.
        return link(from, to).catch(() => copyFile(from, to));
      }),
    );
  }
  const indexed = digests.filter(Boolean);
  return { pages: indexed.length, hash: createHash('sha256').update(indexed.join('\n')).digest('hex') };
}

/** Pagefind's fragments in a written bundle (gzip, a signature, then JSON): the text exactly as it was indexed. */
async function indexedPages(bundle: string): Promise<VocabularyPage[]> {
  const folder = join(bundle, 'fragment');
  const names = (await readdir(folder)).filter((f) => f.endsWith('.pf_fragment')).sort();
  const pages: VocabularyPage[] = [];
  for (const name of names) {
    const json = JSON.parse(
      gunzipSync(await readFile(join(folder, name)))
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
export async function pagefindVersion(root: string): Promise<string | undefined> {
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
    const { pages, hash } = await preparedCopy(dir, copy);
    const kept = cache && join(cache.folder, createHash('sha256').update(`pagefind@${cache.version}\n${hash}`).digest('hex'));
    const cached = kept !== undefined && existsSync(kept);
    if (cached) await linkTree(kept, bundle);
    else {
      const errors = await runPagefind(copy, bundle);
      if (errors.length > 0) return { pages, errors, cached, vocabulary: { words: 0, dropped: 0, bytes: 0 } };
      if (kept && cache) {
        // Only the newest bundle is kept: a new one replaces the old, in full or not at all.
        await rm(cache.folder, { recursive: true, force: true });
        await linkTree(bundle, `${kept}.tmp`);
        await rename(`${kept}.tmp`, kept);
      }
    }
    // The vocabulary is not kept: it follows this code, which may have changed since the bundle was.
    const built = buildVocabulary(await indexedPages(bundle), (text) => gzipSync(text, { level: 9 }).length <= vocabularyBudget);
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
