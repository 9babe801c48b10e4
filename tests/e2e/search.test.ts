import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { searchCases } from './searchCases';

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

describe('searching the magazine in Dutch', () => {
  // Each case fails when its page drops out of the first three (tests/e2e/searchCases.ts).
  for (const { topic, query, expected } of searchCases) {
    it(`${topic}: “${query}” lists ${expected} among the first three`, async () => {
      const page = await browser().newPage();
      const found = await search(page, `?q=${encodeURIComponent(query)}`);
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
    // Vijfhuizen's pieces, and the page of the municipality itself.
    expect(filtered.every((p) => p.includes('vijfhuizen') || p === '/gemeente/haarlemmermeer/')).toBe(true);
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

describe('what search does not find, and what it says', () => {
  it('a word the site never uses finds nothing, rather than pages that contain “om”', async () => {
    const page = await browser().newPage();
    const found = await search(page, `?q=${encodeURIComponent('Omgevingsvisie')}`);
    expect(found).toEqual([]);
    await expect(page.locator('[role="status"]').textContent()).resolves.toMatch(/^Geen resultaten/);
    await page.close();
  });

  it('“6,1” lists the figures with that grade, and not “Bordspel 61”', async () => {
    const page = await browser().newPage();
    const found = await search(page, `?q=${encodeURIComponent('6,1')}`);
    expect(found.every((p) => p.startsWith('/monitor/'))).toBe(true);
    expect(found).toContain('/monitor/2025/rapportcijfers/');
    await expect(page.locator('.results mark').first().textContent()).resolves.toContain('6,1');
    await page.close();
  });

  it('a typo shows “Bedoelde je …?”, runs the corrected query and says so; the link searches for it', async () => {
    const page = await browser().newPage();
    const problems = await watch(page);
    const found = await search(page, '?q=regentn');
    expect(found[0]).toBe('/succesvolle-regentonactie-inspireert-tot-meer/');
    await expect(page.locator('.suggestion').textContent()).resolves.toBe('Bedoelde je regenton?');
    await expect(page.locator('[role="status"]').textContent()).resolves.toMatch(/resulta\w* voor ‘regenton’: voor ‘regentn’/);
    await page.locator('.suggestion a').click();
    await page.waitForURL(/q=regenton$/);
    await expect.poll(() => page.locator('.suggestion').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the vocabulary is fetched only when a query finds little', async () => {
    const page = await browser().newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await search(page, '?q=buurtteam');
    expect(fetched).not.toContain('/pagefind/vocabulary.txt');
    await search(page, '?q=molelanden');
    expect(fetched).toContain('/pagefind/vocabulary.txt');
    await page.close();
  });

  it('excerpts hold no table header run together and start at a word', async () => {
    const page = await browser().newPage();
    await search(page, '?q=gemeenten+bewoners');
    const excerpts = await page.locator('.results .excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(3);
    for (const text of excerpts) {
      expect(text).not.toMatch(/\p{Ll}(Gemeenten|Bewoners)/u); // table header cells run together: "AspectGemeentenBewoners"
      expect(text).toMatch(/^(… \S|[\p{Lu}\p{N}“"‘(])/u);
    }
    await page.close();
  });

  it('excerpts of stories hold their text, not the line with edition and reading time or the picture credit', async () => {
    const page = await browser().newPage();
    await search(page, '?q=zonnepanelen');
    const excerpts = await page.locator('.results .excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(2);
    for (const text of excerpts) expect(text).not.toMatch(/minu(ut|ten) lezen|Illustratie: Buurkracht|Buurkracht 2025, pagina/);
    await page.close();
  });

  it('every kind of page can be chosen in the filter', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/zoeken/?q=gemeente`);
    await page.locator('summary', { hasText: 'Verfijnen' }).click();
    await expect
      .poll(() => page.locator('select[name="soort"] option').allTextContents())
      .toEqual(expect.arrayContaining(['Gemeente', 'Magazine', 'Monitorcijfer', 'Monitorhoofdstuk', 'Over het magazine', 'Thema']));
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

  it('a search started while the reader paused never shows once they have searched for something else', async () => {
    const page = await browser().newPage();
    const problems = await watch(page);
    // The page's clock moves only when told to, so the test stands between the two pauses.
    await page.clock.install();
    await page.goto(`${base}/zoeken/`);
    await page.clock.pauseAt(Date.now() + 1000);
    const field = page.locator('#zoekterm');
    await field.fill('westerbroek');
    // Past the short pause (its search has started), before the full one (nothing shown yet).
    await page.clock.runFor(150);
    await field.fill('kloetinge');
    await field.press('Enter');
    await page
      .locator('[role="status"]')
      .filter({ hasText: /resulta\w* voor ‘kloetinge’/ })
      .waitFor();
    const shown = await results(page);
    expect(shown).toContain('/het-buurtteam-in-kloetinge-is-een-voorbeeld/');
    expect(shown).not.toContain('/warmtewandeling-in-westerbroek/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('kloetinge');
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
