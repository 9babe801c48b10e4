import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardPng } from '../og/card';

const meta = (html: string, key: string) => html.match(new RegExp(`<meta[^>]+(?:property|name)="${key}"[^>]+content="([^"]*)"`))?.[1];

const decodeEntities = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Draws the Open Graph image each built page points at under /og/. The page's
 * own <head> is the only source of truth: whatever og:image and og:title it
 * declares is what gets drawn, so a page can never link to a missing image.
 */
export function ogImages(options: { siteName: string; origin: string }): AstroIntegration {
  return {
    name: 'buurkracht:og-images',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const jobs = new Map<string, { title: string; eyebrow: string }>();
        for (const { pathname } of pages) {
          // Directory pages are <path>/index.html; the 404 page is 404.html.
          const html =
            (await readFile(join(out, pathname, 'index.html'), 'utf8').catch(() => null)) ??
            (await readFile(join(out, `${pathname.replace(/\/$/, '')}.html`), 'utf8').catch(() => null));
          if (!html) continue;
          const image = meta(html, 'og:image');
          if (!image?.startsWith(`${options.origin}/og/`)) continue;
          const title = decodeEntities(meta(html, 'og:title') ?? '');
          const eyebrow = decodeEntities(meta(html, 'article:section') ?? options.siteName);
          jobs.set(new URL(image).pathname, { title, eyebrow });
        }
        for (const [path, card] of jobs) {
          const target = join(out, path);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, await cardPng({ ...card, siteName: options.siteName }));
        }
        logger.info(`${jobs.size} Open Graph images drawn`);
      },
    },
  };
}
