import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { onServer, printed, printedLinks } from './printed';

const base = inject('baseUrl');
const browser = useBrowser();

/** Anything that would show a script ran or the page broke. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');
const visibleNotes = (page: Page) => page.locator('[data-magazine-note]:visible');

describe('a scanned magazine QR code', () => {
  for (const link of printedLinks) {
    for (const slash of ['as printed', 'with', 'without'] as const) {
      it(`${new URL(link.url).pathname} (${slash} trailing slash, ${new URL(link.url).searchParams.get('utm_campaign')}) lands on the story with its campaign tags and the magazine note`, async () => {
        const page = await browser().newPage();
        const problems = watch(page);
        const url = onServer(link.url, base, slash);
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        expect(response?.request().redirectedFrom()).toBeNull();
        expect(await page.evaluate(() => location.search)).toBe(new URL(link.url).search);
        expect(await canonical(page)).toBe(`https://www.buurkracht.nl${link.story}`);
        await expect(page.locator('h1').count()).resolves.toBe(1);
        await expect(visibleNotes(page).count()).resolves.toBe(1);
        expect((await visibleNotes(page).locator('p').textContent())?.replace(/\s+/g, ' ').trim()).toBe(link.note);
        expect(await visibleNotes(page).locator('a').getAttribute('href')).toBe('/editie/2025/');
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  }

  it('the note can be dismissed and stays away for the rest of the visit', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const url = onServer(printed(0).url, base, 'as printed');
    await page.goto(url);
    await page.getByRole('button', { name: 'Melding sluiten' }).click();
    await expect(visibleNotes(page).count()).resolves.toBe(0);
    await page.reload();
    await expect(visibleNotes(page).count()).resolves.toBe(0);
    // Another printed link is another note: it still shows.
    await page.goto(onServer(printed(3).url, base, 'as printed'));
    await expect(visibleNotes(page).count()).resolves.toBe(1);
    await context.close();
  });

  it('without JavaScript the page is simply the story, with no note', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(onServer(printed(0).url, base, 'as printed'));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(visibleNotes(page).count()).resolves.toBe(0);
    await context.close();
  });

  it('a visitor who did not come from the magazine sees no note', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/het-buurtteam-in-kloetinge-is-een-voorbeeld/?utm_source=nieuwsbrief&utm_campaign=succesverhaal&utm_term=kloetinge`);
    await expect(visibleNotes(page).count()).resolves.toBe(0);
    await page.close();
  });
});

/** Ways a printed path gets typed or copied: capitals, a mixed hand, and what sticks to it from the text around it. */
const typings: [string, (path: string) => string][] = [
  ['in capitals', (p) => p.toUpperCase()],
  ['capitalised', (p) => `/${p.charAt(1).toUpperCase()}${p.slice(2)}`],
  ['in a mixed hand', (p) => [...p].map((c, i) => (i % 3 === 1 ? c.toUpperCase() : c)).join('')],
  ['with a full stop', (p) => `${p}.`],
  ['with a space', (p) => `${p}%20`],
  ['with a closing bracket and a comma', (p) => `${p}),`],
  ['in capitals with a curly quote', (p) => `${p.toUpperCase()}%E2%80%9D`],
];

/** Where a scan must end: the story, with the printed query, after exactly one permanent redirect. */
async function landsWithOneRedirect(page: Page, url: string, story: string, search: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  const first = response?.request().redirectedFrom();
  expect(first, `${url} is redirected`).toBeTruthy();
  expect((await first?.response())?.status(), url).toBe(301);
  expect(first?.redirectedFrom(), `${url} needs a single redirect`).toBeNull();
  const landed = new URL(page.url());
  expect(landed.pathname + landed.search, url).toBe(story + search);
  await expect(visibleNotes(page).count(), url).resolves.toBe(1);
}

describe('a printed link typed in capitals or copied with punctuation', () => {
  for (const link of printedLinks) {
    const asPrinted = new URL(link.url);
    it(`${asPrinted.pathname} lands on the story with its query after one 301, however it is typed`, async () => {
      const page = await browser().newPage();
      for (const [, typed] of typings) {
        const path = typed(asPrinted.pathname.replace(/\/$/, ''));
        await landsWithOneRedirect(page, `${base}${path}${asPrinted.search}`, link.story, asPrinted.search);
      }
      await page.close();
    });
  }
});

describe('a printed link mistyped beyond what the host rules forgive', () => {
  it('the 404 page offers the closest story, by its title, with the query kept', async () => {
    const page = await browser().newPage();
    const query = '?utm_source=magazine&utm_medium=qr-code&utm_campaign=inspiratie&utm_term=willis';
    const response = await page.goto(`${base}/samen-afval-prikken-in-wilis/${query}`);
    expect(response?.status()).toBe(404);
    // The offer is filled in by a script after load: wait for it rather than look once.
    const offer = page.locator('closest-page a');
    await offer.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await offer.getAttribute('href')).toBe(`/samen-afval-prikken-in-willis/${query}`);
    expect((await offer.textContent())?.trim()).toBe(
      (await page.request.get(`${base}/samen-afval-prikken-in-willis/`).then((r) => r.text())).match(/<h1[^>]*>([^<]*)</)?.[1]?.trim(),
    );
    await Promise.all([page.waitForURL(`${base}/samen-afval-prikken-in-willis/${query}`), offer.click()]);
    await expect(visibleNotes(page).count()).resolves.toBe(1);
    await page.close();
  });

  it('an address close to no page offers nothing', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/recepten/appeltaart/`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('closest-page p').isVisible()).resolves.toBe(false);
    await page.close();
  });
});

const long = 'A'.repeat(20_000);
const hostile: Record<string, string> = {
  'script tags': `utm_source=magazine&utm_campaign=${encodeURIComponent('<script>window.__pwned=1</script>')}&utm_term=${encodeURIComponent('</aside><script>window.__pwned=1</script>')}`,
  'javascript: URLs': `utm_source=magazine&utm_campaign=succesverhaal&utm_term=${encodeURIComponent('javascript:window.__pwned=1')}&utm_content=javascript:alert(1)`,
  'attribute breakers': `utm_source=magazine&utm_campaign=${encodeURIComponent(`succesverhaal" onmouseover="window.__pwned=1`)}&utm_term=${encodeURIComponent(`'><img src=x onerror="window.__pwned=1">`)}`,
  '20 KB values': `utm_source=magazine&utm_campaign=${long}&utm_term=${long.slice(0, 8000)}`,
  'odd Unicode': `utm_source=magazine&utm_campaign=${encodeURIComponent('succesverhaal\u202e\u0000\ud83d\ude00')}&utm_term=%C0%AF%FF&x=${encodeURIComponent('\u2028\u2029')}`,
  'repeated parameters': 'utm_source=magazine&utm_source=evil&utm_campaign=succesverhaal&utm_campaign=%3Cb%3E&utm_term=kloetinge&utm_term=x',
  'a hostile source': `utm_source=${encodeURIComponent('magazine<script>window.__pwned=1</script>')}&utm_campaign=succesverhaal&utm_term=kloetinge`,
};

describe('hostile query strings on a printed story', () => {
  for (const [name, query] of Object.entries(hostile)) {
    it(`${name}: nothing executes and the story is intact`, async () => {
      const page = await browser().newPage();
      const problems = watch(page);
      const path = '/het-buurtteam-in-kloetinge-is-een-voorbeeld/';
      const response = await page.goto(`${base}${path}?${query}`);
      expect(response?.status()).toBe(200);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(problems).toEqual([]);
      expect((await page.locator('h1').textContent())?.trim()).toBe('Het buurtteam in Kloetinge is een voorbeeld');
      expect(await page.locator('article.story .prose p').count()).toBeGreaterThan(1);
      // Nothing from the query reaches the document.
      const html = await page.content();
      for (const marker of ['__pwned', 'onerror', 'onmouseover', 'AAAAAAAAAA', 'evil']) expect(html).not.toContain(marker);
      // A note only ever shows text from the campaign data.
      for (const text of await visibleNotes(page).locator('p').allTextContents()) {
        expect(text.replace(/\s+/g, ' ').trim()).toBe('Uit het magazine Buurkracht 2025, pagina 31');
      }
      await page.close();
    });
  }

  it('repeated parameters: the first value counts, so the printed link still shows its note', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/het-buurtteam-in-kloetinge-is-een-voorbeeld/?${hostile['repeated parameters']}`);
    await expect(visibleNotes(page).count()).resolves.toBe(1);
    await page.close();
  });
});
