/** No page scrolls sideways on a small phone: every sitemap page and every embed at 320 and 390 px. */
import { describe, expect, inject, it } from 'vitest';
import { sitemapPaths } from '../../scripts/gates/feeds.mjs';
import { paths } from '../../src/lib/urls';
import { useBrowser } from './browser';
import { unlistedPublicPages } from './pages';

const base = inject('baseUrl');
const browser = useBrowser();

describe('no page is wider than a phone', () => {
  const pages = () => [...sitemapPaths('dist', paths.sitemap()), ...unlistedPublicPages('dist').filter((p) => !p.startsWith('/m/'))];

  for (const width of [320, 390]) {
    it(`at ${width} px no page scrolls sideways`, async () => {
      const context = await browser().newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const wide: string[] = [];
      const all = pages();
      expect(all.length).toBeGreaterThan(20);
      for (const path of all) {
        await page.goto(`${base}${path}`);
        const found = await page.evaluate(() => {
          const d = document.documentElement;
          if (d.scrollWidth <= d.clientWidth) return null;
          // Name the widest element that is not inside a scroll container of its own, to say what to fix.
          const culprit = [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > d.clientWidth + 1)
            .find((e) => !e.parentElement?.closest('.table-wrap, [style*="overflow"]'));
          return `${d.scrollWidth} px wide${culprit ? ` (${culprit.tagName.toLowerCase()}${culprit.className ? `.${String(culprit.className).split(' ')[0]}` : ''})` : ''}`;
        });
        if (found) wide.push(`${path}: ${found}`);
      }
      expect(wide).toEqual([]);
      await context.close();
    });
  }

  it('notices a page that does scroll sideways (the check can fail)', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '600px';
      wide.textContent = 'breed';
      document.body.append(wide);
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(true);
    await context.close();
  });
});
