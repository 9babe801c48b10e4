import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

/** Opens /zoeken/ with a query string and waits until the result count is announced. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${base}/zoeken/${query}`);
  await page
    .locator('[role="status"]')
    .filter({ hasText: /resulta/ })
    .waitFor();
  return results(page);
}

async function results(page: Page): Promise<string[]> {
  return page.locator('.results h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Records CSP violations and script errors, the way a reader's console would show them. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

const queries: [string, string, string][] = [
  ['a village finds its success story', 'Kloetinge', '/het-buurtteam-in-kloetinge-is-een-voorbeeld/'],
  ['a village finds its action', 'Vreeswijk', '/dorpsquiz-over-energie-in-vreeswijk/'],
  ['a neighbourhood with a hyphenated name', '110-Morgen', '/de-groene-ambities-van-bewoners-uit-110-morgen/'],
  ['a municipality finds the piece about its village', 'Molenlanden', '/inwoners-aan-zet-in-bleskensgraaf/'],
  ['two villages in one query', 'Beilen Westerbork', '/samenwerking-tussen-buurtteams-beilen-en-westerbork-loont/'],
  ['the singular "zonnepaneel" finds "zonnepanelen"', 'zonnepaneel', '/het-buurtteam-in-kloetinge-is-een-voorbeeld/'],
  ['the singular "regenton" finds "regentonnen"', 'regenton', '/succesvolle-regentonactie-inspireert-tot-meer/'],
  ['the singular "warmtepomp" finds "warmtepompen"', 'warmtepomp', '/buren-in-vijfhuizen-bundelen-krachten/'],
  ['a theme name', 'Klimaatadaptatie', '/succesvolle-regentonactie-inspireert-tot-meer/'],
  ['a person interviewed', 'Helga van Leur', '/elke-duurzame-keuze-telt/'],
  ['a verb in another form ("prikken" → "prikt")', 'afval prikt', '/samen-afval-prikken-in-willis/'],
  ['a word from the lead', 'gemeenteambtenaren', '/training-samenwerken-met-bewonersinitiatieven/'],
  ['a word from a title', 'warmtewandeling', '/warmtewandeling-in-westerbroek/'],
];

describe('searching the magazine in Dutch', () => {
  for (const [name, q, expected] of queries) {
    it(`${name}: “${q}” lists ${expected} among the first three`, async () => {
      const page = await browser().newPage();
      const found = await search(page, `?q=${encodeURIComponent(q)}`);
      expect(found.slice(0, 3)).toContain(expected);
      await page.close();
    });
  }

  it('a municipality filter keeps only that municipality’s pieces', async () => {
    const page = await browser().newPage();
    const all = await search(page, '?q=buurtteam');
    const filtered = await search(page, '?q=buurtteam&gemeente=Haarlemmermeer');
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.every((p) => p.includes('vijfhuizen'))).toBe(true);
    await expect.poll(() => page.locator('select[name="gemeente"]').inputValue()).toBe('Haarlemmermeer');
    await page.close();
  });

  it('a theme filter alone, without a query, lists that theme’s pieces', async () => {
    const page = await browser().newPage();
    const found = await search(page, '?thema=Klimaatadaptatie');
    expect(found).toContain('/succesvolle-regentonactie-inspireert-tot-meer/');
    expect(found).not.toContain('/het-buurtteam-in-kloetinge-is-een-voorbeeld/');
    await page.close();
  });

  it('a monitor figure is found by what it shows: “vertrouwen” finds the trust figure', async (ctx) => {
    if (!existsSync('dist/monitor')) {
      ctx.skip('no /monitor/ pages in dist yet: this runs once the monitor figures are merged');
    }
    const page = await browser().newPage();
    const found = await search(page, '?q=vertrouwen');
    expect(found.slice(0, 5).some((p) => p.startsWith('/monitor/'))).toBe(true);
    await page.close();
  });
});

describe('the search page', () => {
  it('a hostile query is shown as text and executes nothing', async () => {
    const page = await browser().newPage();
    const problems = await watch(page);
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const hostile = `"><img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>`;
    await page.goto(`${base}/zoeken/?q=${encodeURIComponent(hostile)}`);
    await page
      .locator('[role="status"]')
      .filter({ hasText: /resulta/ })
      .waitFor();
    await expect(page.locator('[role="status"]').textContent()).resolves.toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('site-search img, site-search script').count()).toBe(0);
    expect(dialog).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('typing a query and choosing a filter puts both in the URL, and Back returns to the unfiltered results', async () => {
    const page = await browser().newPage();
    const problems = await watch(page);
    await page.goto(`${base}/zoeken/`);
    await page.locator('#zoekterm').fill('energie');
    await page.locator('#zoekterm').press('Enter');
    await page
      .locator('[role="status"]')
      .filter({ hasText: /resultaten voor ‘energie’/ })
      .waitFor();
    const unfiltered = await results(page);
    await page.locator('summary', { hasText: 'Verfijnen' }).click();
    await page.locator('select[name="soort"]').selectOption('Inspirerende actie');
    await page.waitForURL(/soort=Inspirerende\+actie/);
    await expect.poll(() => results(page)).not.toEqual(unfiltered);
    expect(new URL(page.url()).searchParams.get('q')).toBe('energie');
    await page.goBack();
    await expect.poll(() => results(page)).toEqual(unfiltered);
    await expect(page.locator('select[name="soort"]').inputValue()).resolves.toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the header search field leads to results, under the site’s CSP with no violation', async () => {
    const page = await browser().newPage();
    const problems = await watch(page);
    await page.goto(`${base}/`);
    await page.locator('#site-search').fill('Westerbroek');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=Westerbroek/);
    await page
      .locator('[role="status"]')
      .filter({ hasText: /resulta/ })
      .waitFor();
    expect(await results(page)).toContain('/warmtewandeling-in-westerbroek/');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('search also works where Pagefind must run on the page itself (no web worker), still under the CSP', async () => {
    // A worker started from a URL is not bound by the page's <meta> CSP; the main-thread fallback is,
    // and it is what needs 'wasm-unsafe-eval'.
    const page = await browser().newPage();
    const problems = await watch(page);
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'Worker');
    });
    const found = await search(page, '?q=Kloetinge');
    expect(found).toContain('/het-buurtteam-in-kloetinge-is-een-voorbeeld/');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without JavaScript the page links to every theme, every municipality and the table of contents', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/zoeken/?q=zon`);
    const links = await page.locator('.way-in a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const themes = await page.request.get(`${base}/thema/`).then((r) => r.text());
    const municipalities = await page.request.get(`${base}/gemeente/`).then((r) => r.text());
    const linked = (html: string, prefix: string) => [...new Set([...html.matchAll(new RegExp(`href="(${prefix}[^"]+/)"`, 'g'))].map((m) => m[1]))];
    for (const href of [...linked(themes, '/thema/'), ...linked(municipalities, '/gemeente/'), '/editie/2025/']) {
      expect(links).toContain(href);
    }
    await context.close();
  });

  it('article pages still load no JavaScript file', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/het-buurtteam-in-kloetinge-is-een-voorbeeld/`);
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.close();
  });
});
