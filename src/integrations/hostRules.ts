import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { nginxIncludeFile, nginxRules, type RuleLink, redirectsFile } from '../lib/hostRules';

/**
 * Writes `_redirects` (Netlify, Cloudflare Pages) and an nginx include from the built
 * /qr/links.json, so host rules and the /qr/ page come from the same campaign data.
 */
export function hostRules(): AstroIntegration {
  return {
    name: 'buurkracht:host-rules',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const links = JSON.parse(await readFile(join(out, 'qr', 'links.json'), 'utf8')) as RuleLink[];
        // Hand-written rules from public/_redirects come first: on Netlify and Cloudflare the first match wins.
        const handWritten = await readFile(join(out, '_redirects'), 'utf8').catch(() => '');
        await writeFile(join(out, '_redirects'), `${handWritten}${handWritten && !handWritten.endsWith('\n') ? '\n' : ''}${redirectsFile(links)}`);
        await writeFile(join(out, nginxIncludeFile), nginxRules(links));
        logger.info(`wrote _redirects and ${nginxIncludeFile} for ${links.length} campaign links`);
      },
    },
  };
}
