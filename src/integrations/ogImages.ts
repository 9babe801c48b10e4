import { mkdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardCache } from '../og/cache';

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
 * Cards are kept in Astro's cache folder between builds and drawn on every core.
 */
export function ogImages(options: { siteName: string; origin: string }): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'buurkracht:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('og-cache/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const cpu = process.cpuUsage();
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
        const cache = await cardCache(cacheDir);
        const queue = [...jobs];
        // satori runs on this thread while sharp encodes on libuv's pool: one worker a core keeps both busy.
        const worker = async () => {
          for (let job = queue.pop(); job; job = queue.pop()) {
            const target = join(out, job[0]);
            await mkdir(dirname(target), { recursive: true });
            await cache.write({ ...job[1], siteName: options.siteName }, target);
          }
        };
        await Promise.all(Array.from({ length: availableParallelism() }, worker));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const used = process.cpuUsage(cpu);
        const cpuSeconds = ((used.user + used.system) / 1e6).toFixed(1);
        logger.info(`${jobs.size} Open Graph images in ${seconds} s, ${cpuSeconds} s CPU (${jobs.size - cache.hits} drawn, ${cache.hits} from cache)`);
      },
    },
  };
}
