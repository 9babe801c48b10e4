import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { samplePath } from '../../scripts/gates/headers.mjs';
import { headerProblems } from '../../scripts/gates/policy.mjs';
import { isRedirectStub, listFiles, pagePathOf, readPages } from '../../scripts/gates/site.mjs';
import { dataCsp } from '../../src/lib/hostPolicy/headers';
import { embedPathPatterns } from '../../src/lib/urls';
import { useBrowser } from './browser';
import { everyPage, unlistedPublicPages } from './pages';
import { generatedInclude, type Server, startNginx } from './server';

const base = inject('baseUrl');
const rules = resolve('dist', generatedInclude);
const browser = useBrowser();

/** Folders served by their own nginx for one test; removed afterwards. */
const sites: { dir: string; server?: Server }[] = [];
afterAll(() => {
  for (const s of sites) {
    s.server?.stop();
    rmSync(s.dir, { recursive: true, force: true });
  }
});
/** A folder of files served by nginx with site.conf and, unless `bare`, the rules this build generated. */
async function serve(files: Record<string, string>, bare = false): Promise<{ url: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'buurkracht-site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const server = await startNginx(dir, 'deploy/nginx/site.conf', bare ? [] : [rules]);
  sites.push({ dir, server });
  return { url: server.url, dir };
}

/** Pages for every embed pattern (with and without a rest path), so the rules are tested before the site has such an embed. */
const embedSamples = embedPathPatterns.flatMap((p) => [samplePath(p), samplePath(p).replace(/voorbeeld\/$/, '')]);
let embedSite: string;
beforeAll(async () => {
  const html = '<!doctype html><html lang="nl"><title>Grafiek</title><p>Een grafiek uit de monitor</p></html>';
  embedSite = (await serve(Object.fromEntries(embedSamples.map((p) => [`${p}index.html`, html])))).url;
});

async function headersOf(url: string): Promise<Record<string, string | null>> {
  const res = await fetch(url, { redirect: 'manual' });
  await res.arrayBuffer();
  return Object.fromEntries([...res.headers.entries()]);
}

describe('nginx sends the headers of the host policy', () => {
  it('every built file, every embed pattern and a missing page carry the security, content and caching headers of their kind', async () => {
    const problems: string[] = [];
    for (const path of [...new Set(listFiles('dist').map(pagePathOf))])
      problems.push(...headerProblems(path, await headersOf(`${base}${path}`), embedPathPatterns));
    for (const path of embedSamples) problems.push(...headerProblems(path, await headersOf(`${embedSite}${path}`), embedPathPatterns));
    problems.push(...headerProblems('/bestaat-niet/', await headersOf(`${base}/bestaat-niet/`), embedPathPatterns));
    expect(problems).toEqual([]);
  });

  it('the page policy header carries the script hashes Astro wrote into the pages', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1] ?? '';
    const scriptSrc = (csp: string) => csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    const hashes = scriptSrc(meta).match(/'sha256-[^']+'/g) ?? [];
    expect(hashes.length).toBeGreaterThan(0);
    const header = scriptSrc((await headersOf(`${base}/`))['content-security-policy'] ?? '');
    for (const h of hashes) expect(header).toContain(h);
  });

  it('SVG, JSON, CSV and XML downloads carry the restrictive policy', async () => {
    const svg = listFiles('dist').find((f) => f.startsWith('/monitor/') && f.endsWith('.svg')) ?? '/favicon.svg';
    const csv = listFiles('dist').find((f) => f.endsWith('.csv')) ?? '';
    for (const [path, want] of [
      [svg, dataCsp.svg],
      ['/qr/links.json', dataCsp.json],
      [csv, dataCsp.csv],
      ['/rss.xml', dataCsp.xml],
      ['/sitemap-index.xml', dataCsp.xml],
    ] as const) {
      expect((await headersOf(`${base}${path}`))['content-security-policy'], path).toBe(want);
    }
  });

  it('pages revalidate with validators: a repeat request with its ETag costs a 304', async () => {
    const first = await fetch(`${base}/over/`);
    await first.arrayBuffer();
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('last-modified')).toBeTruthy();
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toBeTruthy();
    expect((await fetch(`${base}/over/`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('hashed assets are cached for a year and still carry the security headers', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const asset = html.match(/(?:href|src)="(\/_astro\/[^"]+)"/)?.[1];
    expect(asset).toBeDefined();
    const headers = await headersOf(`${base}${asset}`);
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('the host rule files are not served', async () => {
    for (const path of ['/_headers', '/_redirects', `/${generatedInclude}`]) expect((await fetch(`${base}${path}`)).status, path).toBe(404);
  });
});

/**
 * A page that records every CSP violation: the `securitypolicyviolation` events (collected by a
 * script that runs before the page's own) and Chromium's "Refused to …" console messages.
 */
async function cspWatchedPage() {
  const context = await browser().newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) refused.push(`${page.url()}: ${m.text()}`);
  });
  const violations = async () => {
    // Let late work (theme script, custom elements) run before reading the report.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    return [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...refused.splice(0)];
  };
  return { page, violations, close: () => context.close() };
}

describe('the content security policy', () => {
  it('no page triggers a CSP violation in Chromium; each has its <meta> policy first in <head> and scripts are never allowed inline wholesale', async () => {
    const { page, violations, close } = await cspWatchedPage();
    const found: string[] = [];
    // Astro's redirect stubs carry no policy of their own: they hand over to a page that does.
    const stubs = new Set(
      readPages('dist')
        .filter((p) => isRedirectStub(p.html))
        .map((p) => p.path),
    );
    for (const path of [...everyPage(), '/bestaat-niet/']) {
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      if (stubs.has(path)) continue;
      const first = await page.evaluate(() => document.head.children[1]?.outerHTML ?? '');
      expect(first, path).toMatch(/^<meta http-equiv="content-security-policy"/);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      found.push(...(await violations()).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
    await close();
  });

  it('the watch notices an inline script the policy blocks (the gate can fail)', async () => {
    const { page, violations, close } = await cspWatchedPage();
    await page.goto(`${base}/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.stranger = true';
      document.body.append(s);
    });
    expect(await page.evaluate(() => 'stranger' in window)).toBe(false);
    expect((await violations()).join('\n')).toMatch(/script-src-elem blocked inline/);
    await close();
  });

  it('a script injected at the very start of <head>, before the <meta> policy, does not run under nginx (it would without the header)', async () => {
    const story = readFileSync('dist/samen-afval-prikken-in-willis/index.html', 'utf8');
    const injected = story.replace(/<head>/, '<head><script>document.documentElement.dataset.early = "ran"</script>');
    expect(injected).not.toBe(story);
    const files = { 'verhaal/index.html': injected };
    const ran = async (url: string) => {
      const { page, violations, close } = await cspWatchedPage();
      await page.goto(`${url}/verhaal/`);
      const result = { ran: await page.evaluate(() => document.documentElement.dataset.early ?? null), violations: await violations() };
      await close();
      return result;
    };
    const withPolicy = await ran((await serve(files)).url);
    expect(withPolicy.ran).toBeNull();
    expect(withPolicy.violations.join('\n')).toMatch(/script-src-elem blocked inline/);
    expect((await ran((await serve(files, true)).url)).ran).toBe('ran');
  });

  it('an SVG with a script, opened directly, runs nothing under nginx (it would without the policy)', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>document.documentElement.setAttribute("data-ran", "yes")</script><rect width="10" height="10"/></svg>';
    const ran = async (url: string) => {
      const page = await browser().newPage();
      await page.goto(`${url}/grafiek.svg`);
      const result = await page.evaluate(() => document.documentElement.getAttribute('data-ran'));
      await page.close();
      return result;
    };
    expect(await ran((await serve({ 'grafiek.svg': svg })).url)).toBeNull();
    expect(await ran((await serve({ 'grafiek.svg': svg }, true)).url)).toBe('yes');
  });
});

describe('a redeploy reaches readers', () => {
  /**
   * A reader opens a story, goes to the home page, the site is redeployed with a corrected story, and
   * the reader clicks through to it again. The old file is a week old, so without Cache-Control
   * Chromium may reuse it for hours (heuristic freshness) without asking the server.
   */
  async function storyAfterRedeploy(bare: boolean): Promise<string> {
    const page = (title: string) => `<!doctype html><html lang="nl"><title>${title}</title><h1>${title}</h1></html>`;
    const site = await serve(
      {
        'index.html': '<!doctype html><html lang="nl"><title>Voorpagina</title><a href="/verhaal/">Verhaal</a></html>',
        'verhaal/index.html': page('Oude versie'),
      },
      bare,
    );
    const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    utimesSync(join(site.dir, 'verhaal/index.html'), weekAgo, weekAgo);
    const context = await browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.url}/verhaal/`);
    await tab.goto(`${site.url}/`);
    writeFileSync(join(site.dir, 'verhaal/index.html'), page('Nieuwe versie'));
    await Promise.all([tab.waitForURL(`${site.url}/verhaal/`), tab.getByRole('link', { name: 'Verhaal' }).click()]);
    const shown = (await tab.locator('h1').textContent()) ?? '';
    await context.close();
    return shown;
  }

  it('after a redeploy the reader sees the new article (and without the policy Chromium shows the old one)', async () => {
    expect(await storyAfterRedeploy(false)).toBe('Nieuwe versie');
    expect(await storyAfterRedeploy(true)).toBe('Oude versie');
  });
});

describe('framing', () => {
  /**
   * Puts `url` in an iframe on a page of another origin and returns what the frame shows. The other
   * origin is a second local nginx: Chromium refuses public origins framing loopback ones anyway.
   */
  async function frameFromElsewhere(url: string) {
    const elsewhere = await serve({ 'index.html': `<!doctype html><title>Gemeente</title><iframe src="${url}" title="Buurkracht"></iframe>` }, true);
    const page: Page = await browser().newPage();
    await page.goto(`${elsewhere.url}/`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame?.waitForLoadState('load').catch(() => undefined);
    const shown = { url: frame?.url() ?? '', text: (await frame?.evaluate(() => document.body?.textContent ?? '').catch(() => '')) ?? '' };
    await page.close();
    return shown;
  }

  it('another site can show an embed page in an iframe', async () => {
    const built = unlistedPublicPages().find((p) => !p.startsWith('/qr/') && !p.startsWith('/m/'));
    const url = built ? `${base}${built}` : `${embedSite}${embedSamples[0]}`;
    const shown = await frameFromElsewhere(url);
    expect(shown.url).toBe(url);
    expect(shown.text.length).toBeGreaterThan(0);
  });

  it('another site cannot frame an ordinary page', async () => {
    const shown = await frameFromElsewhere(`${base}/`);
    expect(shown.url).not.toBe(`${base}/`);
    expect(shown.text).not.toMatch(/Buurkracht/);
  });
});
