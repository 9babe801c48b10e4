import { createReadStream, existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

/**
 * A copy of the site's HTML as Pagefind should read it, in a folder beside it (so URLs come out
 * the same): pages that prepareForIndex changes are written anew, all others hard-linked, which
 * costs nothing. Pagefind then crawls it in parallel, far faster than pages added one by one.
 */
async function preparedCopy(dir: string, copy: string): Promise<void> {
  const files = await htmlFiles(dir);
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        const [from, to] = [join(dir, file), join(copy, file)];
        const html = await readFile(from, 'utf8');
        if (!html.includes('data-pagefind-body')) return;
        await mkdir(dirname(to), { recursive: true });
        const prepared = prepareForIndex(html);
        if (prepared !== html) return writeFile(to, prepared);
        // A hard link where the file system allows one (the copy sits beside the site), else a copy.
        return link(from, to).catch(() => copyFile(from, to));
      }),
    );
  }
}

/** Reads Pagefind's fragments (gzip, a signature, then JSON): the text exactly as it was indexed. */
function indexedPages(files: { path: string; content: Uint8Array }[]): VocabularyPage[] {
  return files
    .filter((f) => f.path.includes('fragment/'))
    .map((f) => {
      const json = JSON.parse(gunzipSync(f.content).subarray('pagefind_dcd'.length).toString('utf8')) as { content: string; meta: { title?: string } };
      return { title: json.meta.title ?? '', content: json.content };
    });
}

/**
 * Indexes a built site folder and writes the Pagefind bundle into its /pagefind/,
 * with the vocabulary for typo suggestions beside it. Pagefind reads each page as
 * prepareForIndex leaves it (charts as their description, tables as their caption,
 * decimal numbers as metadata); the files served stay as built.
 */
export async function indexSite(dir: string): Promise<{ pages: number; errors: string[]; vocabulary: { words: number; dropped: number; bytes: number } }> {
  const { index, errors } = await pagefind.createIndex({});
  const vocabulary = { words: 0, dropped: 0, bytes: 0 };
  if (!index) return { pages: 0, errors, vocabulary };
  const copy = `${resolve(dir)}.search-${process.pid}`;
  try {
    const problems = [...errors];
    await preparedCopy(dir, copy);
    const added = await index.addDirectory({ path: copy });
    problems.push(...added.errors);
    const pages = added.page_count;
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    problems.push(...written.errors);
    const { files: bundle, errors: read } = await index.getFiles();
    problems.push(...read);
    const built = buildVocabulary(indexedPages(bundle), (text) => gzipSync(text, { level: 9 }).length <= vocabularyBudget);
    await writeFile(join(dir, 'pagefind', 'vocabulary.txt'), built.text);
    Object.assign(vocabulary, { words: built.words, dropped: built.dropped, bytes: gzipSync(built.text, { level: 9 }).length });
    return { pages, errors: problems, vocabulary };
  } finally {
    await pagefind.close();
    await rm(copy, { recursive: true, force: true });
  }
}

/**
 * Builds the search index after every build. Pages opt in with
 * data-pagefind-body (see src/lib/search.ts), so lists, theme pages and the
 * search page itself stay out of the results.
 */
export function pagefindIndex(): AstroIntegration {
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
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, errors, vocabulary } = await indexSite(fileURLToPath(dir));
        if (errors.length > 0) throw new Error(`Pagefind could not index the site:\n${errors.join('\n')}`);
        logger.info(
          `search index written to /pagefind/ (${pages} pages with data-pagefind-body); vocabulary.txt: ${vocabulary.words} words, ${(vocabulary.bytes / 1024).toFixed(1)} KB gzip${vocabulary.dropped ? `, ${vocabulary.dropped} rare words left out` : ''}`,
        );
      },
    },
  };
}
