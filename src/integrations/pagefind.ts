import { createReadStream, existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Indexes a built site folder and writes the Pagefind bundle into its /pagefind/. */
export async function indexSite(dir: string): Promise<{ pages: number; errors: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { pages: 0, errors };
  try {
    const added = await index.addDirectory({ path: dir });
    const written = await index.writeFiles({
      outputPath: join(dir, 'pagefind'),
    });
    return {
      pages: added.page_count,
      errors: [...errors, ...added.errors, ...written.errors],
    };
  } finally {
    await pagefind.close();
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
        const { pages, errors } = await indexSite(fileURLToPath(dir));
        if (errors.length > 0) throw new Error(`Pagefind could not index the site:\n${errors.join('\n')}`);
        logger.info(`search index written to /pagefind/ (${pages} pages read, those with data-pagefind-body indexed)`);
      },
    },
  };
}
