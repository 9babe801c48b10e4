import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardPngAt } from '../og/card';
import { readHead } from './builtPages';

const meta = (html: string, key: string) => html.match(new RegExp(`<meta[^>]+(?:property|name)="${key}"[^>]+content="([^"]*)"`))?.[1];

const decodeEntities = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * A copy of `s` that shares no memory with the page it was cut from. V8 keeps a matched slice as a
 * view on the whole string, so a title kept for every page kept every page's HTML alive too (at
 * 10,000 pages, about half a gigabyte while the cards were drawn).
 */
const detached = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

/** Every card the built pages point at under /og/, read from each page's own <head>. */
export function cardsOf(out: string, pathnames: string[], options: { siteName: string; origin: string }) {
  const jobs = new Map<string, { title: string; eyebrow: string; siteName: string }>();
  for (const pathname of pathnames) {
    // Directory pages are <path>/index.html; the 404 page is 404.html.
    const html = readHead(join(out, pathname, 'index.html')) ?? readHead(join(out, `${pathname.replace(/\/$/, '')}.html`));
    if (!html) continue;
    const image = meta(html, 'og:image');
    if (!image?.startsWith(`${options.origin}/og/`)) continue;
    const title = detached(decodeEntities(meta(html, 'og:title') ?? ''));
    const eyebrow = detached(decodeEntities(meta(html, 'article:section') ?? options.siteName));
    jobs.set(new URL(image).pathname, { title, eyebrow, siteName: options.siteName });
  }
  return jobs;
}

/** Writes each card into the built site: drawn when new, linked from the derived-file cache when not. */
export async function writeCards(out: string, jobs: Map<string, { title: string; eyebrow: string; siteName: string }>) {
  const queue = [...jobs];
  let drawn = 0;
  // The renderer draws on libuv's thread pool; one worker a core keeps it busy while this thread writes files.
  const worker = async () => {
    for (let job = queue.pop(); job; job = queue.pop()) {
      const target = join(out, job[0]);
      mkdirSync(dirname(target), { recursive: true });
      const { cached } = await cardPngAt(job[1], target);
      if (!cached) drawn++;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return { drawn, cached: jobs.size - drawn };
}

/**
 * Draws the Open Graph image each built page points at under /og/. The page's
 * own <head> is the only source of truth: whatever og:image and og:title it
 * declares is what gets drawn, so a page can never link to a missing image.
 * Cards are kept in the derived-file cache (src/raster/cache.ts) between builds.
 */
export function ogImages(options: { siteName: string; origin: string }): AstroIntegration {
  return {
    name: 'buurkracht:og-images',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const out = fileURLToPath(dir);
        const jobs = cardsOf(
          out,
          pages.map((p) => p.pathname),
          options,
        );
        const { drawn, cached } = await writeCards(out, jobs);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const used = process.cpuUsage(cpu);
        const cpuSeconds = ((used.user + used.system) / 1e6).toFixed(1);
        logger.info(`${jobs.size} Open Graph images in ${seconds} s, ${cpuSeconds} s CPU (${drawn} drawn, ${cached} from cache)`);
      },
    },
  };
}
