import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { paths } from '../../src/lib/urls';
import { useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

/** What has keyboard focus, and whether a reader can see that it has. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      id: el.id,
      href: el.getAttribute('href'),
      inNav: !!el.closest('nav[aria-label="Hoofdmenu"]'),
      visible: outline || shadow,
    };
  });
}

async function tabUntil(page: Page, found: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (found(f)) return f;
  }
  throw new Error('never reached by Tab');
}

describe('a keyboard reader', () => {
  it('first meets the skip link, and Enter moves focus to the content', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.text).toBe('Direct naar de inhoud');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    expect(await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id).toBe('inhoud');
    await page.close();
  });

  it('always sees where focus is', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f && !f.visible) seen.push(`${f.tag} "${f.text}"`);
    }
    expect(seen).toEqual([]);
    await page.close();
  });

  it('the focus check notices a page that hides focus (the gate can fail)', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    await page.addStyleTag({ content: ':focus-visible { outline: none !important; }' }).catch(() => undefined);
    // The page's CSP may refuse a style tag; setting the style directly is what a bad stylesheet would do.
    await page.evaluate(() => document.querySelector<HTMLElement>('.skip-link')?.style.setProperty('outline', 'none', 'important'));
    await page.keyboard.press('Tab');
    expect((await focused(page))?.visible).toBe(false);
    await page.close();
  });

  it('reaches every link of the main menu with Tab', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    const menu = await page.locator('nav[aria-label="Hoofdmenu"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(menu.length).toBeGreaterThanOrEqual(5);
    const reached: (string | null)[] = [];
    for (let i = 0; i < 30 && reached.length < menu.length; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f?.inNav) reached.push(f.href);
    }
    expect(reached).toEqual(menu);
    await page.close();
  });

  it('switches the colour scheme with Enter and with Space', async () => {
    const context = await browser().newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    // The colour scheme choice lives in the footer, after every link of the page.
    await tabUntil(page, (f) => f?.text === 'Donker', 300);
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect((await focused(page))?.text).toBe('Licht');
    await page.keyboard.press('Space');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await context.close();
  });

  it('searches from the header field with Enter', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    await tabUntil(page, (f) => f?.tag === 'input');
    await page.keyboard.type('Vijfhuizen');
    await Promise.all([page.waitForURL((u) => u.pathname === paths.search()), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe(paths.search());
    expect(url.searchParams.get('q')).toBe('Vijfhuizen');
    await page.close();
  });
});
