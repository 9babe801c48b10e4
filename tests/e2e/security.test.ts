import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersFor, parseHeadersFile, samplePath } from '../../scripts/gates/headers.mjs';
import { headerProblems, requiredHeaders } from '../../scripts/gates/policy.mjs';
import { isRedirectStub, readPages } from '../../scripts/gates/site.mjs';
import { publicUrls } from '../../scripts/gates/urls.mjs';
import { embedPathPatterns } from '../../src/lib/urls';
import { useBrowser } from './browser';
import { everyPage, unlistedPublicPages } from './pages';
import { type Server, startNginx } from './server';

const base = inject('baseUrl');
/** Pages for every embed pattern (with and without a rest path), so the rules are tested before the site has an embed. */
const embedSamples = embedPathPatterns.flatMap((p) => [samplePath(p), samplePath(p).replace(/voorbeeld\/$/, '')]);
const browser = useBrowser();
let embedSite: Server;
let embedRoot: string;
beforeAll(async () => {
  embedRoot = mkdtempSync(join(tmpdir(), 'buurkracht-embeds-'));
  for (const path of embedSamples) {
    mkdirSync(join(embedRoot, path), { recursive: true });
    writeFileSync(join(embedRoot, path, 'index.html'), '<!doctype html><html lang="nl"><title>Grafiek</title><p>Een grafiek uit de monitor</p></html>');
  }
  embedSite = await startNginx(embedRoot);
});
afterAll(async () => {
  embedSite?.stop();
  rmSync(embedRoot, { recursive: true, force: true });
});

const policyHeaders = [...Object.keys(requiredHeaders), 'content-security-policy', 'x-frame-options'];

async function headersOf(path: string): Promise<Record<string, string | null>> {
  const res = await fetch(`${embedSamples.includes(path) ? embedSite.url : base}${path}`, { redirect: 'manual' });
  await res.arrayBuffer();
  return Object.fromEntries(policyHeaders.map((h) => [h, res.headers.get(h)]));
}

describe('nginx sends the security headers of public/_headers', () => {
  // Real pages, the embed patterns (even before any embed is built) and a missing page.
  const probes = () => [...publicUrls('dist'), ...embedSamples, '/bestaat-niet/'];

  it('every response carries HSTS, nosniff, the referrer and permissions policies and the right framing rule', async () => {
    const problems: string[] = [];
    for (const path of probes()) problems.push(...headerProblems(path, await headersOf(path), embedPathPatterns));
    expect(problems).toEqual([]);
  });

  it('nginx and _headers give every path the same values', async () => {
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    for (const path of probes()) {
      const fromFile = headersFor(rules, path);
      const fromNginx = await headersOf(path);
      for (const h of policyHeaders) expect(fromNginx[h] ?? undefined, `${h} of ${path}`).toBe(fromFile[h]);
    }
  });

  it('hashed assets are cached for a year and still carry the security headers', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const asset = html.match(/(?:href|src)="(\/_astro\/[^"]+)"/)?.[1];
    expect(asset).toBeDefined();
    const res = await fetch(`${base}${asset}`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
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
  it('no page triggers a CSP violation in Chromium, and scripts are never allowed inline wholesale', async () => {
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
});

describe('framing', () => {
  /**
   * Puts `url` in an iframe on a page of another origin and returns what the frame shows. The other
   * origin is a second local nginx: Chromium refuses public origins framing loopback ones anyway.
   */
  async function frameFromElsewhere(url: string) {
    const root = mkdtempSync(join(tmpdir(), 'buurkracht-framer-'));
    writeFileSync(join(root, 'index.html'), `<!doctype html><title>Gemeente</title><iframe src="${url}" title="Buurkracht"></iframe>`);
    const elsewhere = await startNginx(root);
    const page = await browser().newPage();
    await page.goto(`${elsewhere.url}/`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame?.waitForLoadState('load').catch(() => undefined);
    const shown = { url: frame?.url() ?? '', text: (await frame?.evaluate(() => document.body?.textContent ?? '').catch(() => '')) ?? '' };
    await page.close();
    elsewhere.stop();
    return shown;
  }

  it('another site can show an embed page in an iframe', async () => {
    const built = unlistedPublicPages().find((p) => !p.startsWith('/qr/') && !p.startsWith('/m/'));
    const url = built ? `${base}${built}` : `${embedSite.url}${embedSamples[0]}`;
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
