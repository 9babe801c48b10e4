import { describe, expect, inject, it } from 'vitest';
import { paths } from '../../src/lib/urls';
import { useBrowser } from './browser';
import { storyPaths } from './sitemap';

const base = inject('baseUrl');
const browser = useBrowser();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('the phone header', () => {
  it('is at most 120 px tall at 390 px wide on every page type', async () => {
    const context = await browser().newContext(phone);
    const page = await context.newPage();
    const samples = ['/', storyPaths()[0] ?? '/', paths.articles(), paths.themes(), paths.places(), paths.search(), '/bestaat-niet/'];
    for (const path of samples) {
      await page.goto(`${base}${path}`);
      const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
      expect(height, path).toBeGreaterThan(30);
      expect(height, path).toBeLessThanOrEqual(120);
    }
    await context.close();
  });

  it('opens the main menu with one tap, also without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser().newContext({ ...phone, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const firstLink = page.locator('nav[aria-label="Hoofdmenu"] a').first();
      expect(await firstLink.isVisible(), 'the menu starts closed').toBe(false);
      await page.getByRole('button', { name: 'Menu' }).tap();
      expect(await firstLink.isVisible(), `menu open, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBe(true);
      await Promise.all([page.waitForURL((u) => u.pathname === paths.articles()), page.getByRole('link', { name: 'Artikelen', exact: true }).tap()]);
      await context.close();
    }
  });

  it('shows the search field after one tap on Zoeken and searches from it', async () => {
    const context = await browser().newContext(phone);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const field = page.locator('#zoekpaneel input[type="search"]');
    expect(await field.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Zoeken' }).tap();
    expect(await field.isVisible()).toBe(true);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('Kloetinge');
    await Promise.all([page.waitForURL((u) => u.pathname === paths.search()), field.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kloetinge');
    await context.close();
  });

  it('keeps the colour scheme choice out of the header, in the footer', async () => {
    const context = await browser().newContext(phone);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    expect(await page.locator('.site-header [data-theme-choice]').count()).toBe(0);
    expect(await page.locator('.site-footer [data-theme-choice]').count()).toBe(3);
    await context.close();
  });
});

describe('the laptop header', () => {
  it('is one line with the menu and the search field in it', async () => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}${storyPaths()[0] ?? '/'}`);
    const links = page.locator('nav[aria-label="Hoofdmenu"] a');
    const tops = await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThanOrEqual(5);
    expect(new Set(tops).size, 'every menu link on one line').toBe(1);
    expect(await page.locator('#zoekpaneel input').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(80);
    await context.close();
  });
});
