import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { sitemapPaths, storyPaths } from './sitemap';

const base = inject('baseUrl');
/** The only scripts a story may run, exactly as the layout inlines them. */
const allowedInline = ['src/scripts/theme-init.js', 'src/scripts/magazine-note.js'].map((f) => readFileSync(f, 'utf8').trim());
const browser = useBrowser();

/** Collects console errors, failed requests and uncaught exceptions of a page. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  // ERR_ABORTED is the browser cancelling a request because we navigated on, not a fault.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  return problems;
}

describe('reader journeys', () => {
  it('the home page opens on the current edition and leads to an article', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Buurkracht 2025/);
    const firstCard = page.locator('.card h3 a').first();
    const title = (await firstCard.textContent())?.trim();
    await firstCard.click();
    await page.waitForLoadState('domcontentloaded');
    expect((await page.locator('h1').textContent())?.trim()).toBe(title);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    await page.close();
  });

  it('the edition page links every printed page number to a page that exists', async () => {
    const page = await browser().newPage();
    const problems = watch(page);
    await page.goto(`${base}/editie/2025/`);
    const links = await page.locator('.toc a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(15);
    for (const href of links) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the chosen colour scheme persists across pages and survives a reload', async () => {
    const context = await browser().newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBg = await bg();
    await page.getByRole('button', { name: 'Donker' }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getByRole('button', { name: 'Donker' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${base}/thema/`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await bg()).not.toBe(lightBg);
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.getByRole('button', { name: 'Automatisch' }).click();
    await page.goto(`${base}/artikelen/`);
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
    expect(await bg()).toBe(lightBg);
    await context.close();
  });

  it('follows the system dark mode when the reader has not chosen', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(21, 23, 22)');
    await context.close();
  });

  it('no page in the sitemap logs a console error or requests something missing', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(20);
    const page = await browser().newPage();
    const problems = watch(page);
    for (const path of paths) {
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      expect(await page.getAttribute('html', 'lang'), path).toBe('nl');
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('article and action pages load no JavaScript and read the same with scripting off', async () => {
    const stories = storyPaths();
    expect(stories.length).toBeGreaterThanOrEqual(15);
    const page = await browser().newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    for (const path of stories) {
      await page.goto(`${base}${path}`);
      // Only the inline theme bootstrap (and, on stories a printed QR code points at, the inline
      // magazine note) may run: no script files, no modules.
      const executable = await page
        .locator('script:not([type="application/ld+json"])')
        .evaluateAll((els) => els.map((e) => ({ src: e.getAttribute('src'), type: e.getAttribute('type'), text: e.textContent ?? '' })));
      expect(
        executable.every((s) => s.src === null && s.type === null),
        path,
      ).toBe(true);
      for (const s of executable) expect(allowedInline, path).toContain(s.text);
      expect(executable.length, path).toBeLessThanOrEqual(2);
    }
    expect(scripts).toEqual([]);
    const noJs = await browser().newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${base}${stories[0]}`);
    expect(await plain.locator('main h1').isVisible()).toBe(true);
    expect(await plain.locator('main .prose p').count()).toBeGreaterThan(2);
    await noJs.close();
    await page.close();
  });

  it('a missing page answers 404 with a way back into the magazine', async () => {
    const page = await browser().newPage();
    const res = await page.goto(`${base}/bestaat-niet/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toMatch(/niet vinden/);
    expect(await page.locator('main a[href="/editie/2025/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
