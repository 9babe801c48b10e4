/**
 * Monitor figures embedded in another site's page, the way a municipality pastes the code: a plain
 * host page on another origin (a second nginx) with a strict Content-Security-Policy of its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../../src/lib/site';
import { useBrowser } from './browser';
import { type Server, startNginx } from './server';

const base = inject('baseUrl');
const year = 2025;
const figureIds = ['rapportcijfers', 'samenwerkingsladder', 'relatietype', 'ondersteuning', 'organisatie'];
const browser = useBrowser();
let host: Server;
let root: string;

/** The embed code exactly as a figure page offers it, pointed at the test server instead of the live site. */
async function embedCode(id: string, theme = ''): Promise<string> {
  const html = await (await fetch(`${base}/monitor/${year}/${id}/`)).text();
  const code = html.match(/<pre id="insluiten"[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/)?.[1];
  if (!code) throw new Error(`no embed code on the ${id} page`);
  const unescaped = code
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#34;/g, '"')
    .replace(/&amp;/g, '&');
  return unescaped.replaceAll(site.origin, base).replace(/(\/embed\/monitor\/[^"]+\/)"/, `$1${theme}"`);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'buurkracht-host-'));
  const codes = await Promise.all(figureIds.map((id) => embedCode(id)));
  const page = (body: string) =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Raadsinformatie</title></head><body><h1>Samenwerken met bewoners</h1>${body}</body></html>`;
  writeFileSync(join(root, 'index.html'), page(codes.map((c) => `<p>Uit de monitor:</p>${c}`).join('\n')));
  writeFileSync(join(root, 'donker.html'), page(await embedCode('relatietype', '?thema=donker')));
  // A strict policy, as a careful municipality sends: only our script and our frames, no inline anything.
  const conf = join(root, 'host.conf');
  writeFileSync(
    conf,
    `index index.html;
add_header Content-Security-Policy "default-src 'none'; script-src ${base}; frame-src ${base}; style-src 'none'; img-src 'none'" always;
location / { try_files $uri $uri/index.html $uri.html =404; }
`,
  );
  host = await startNginx(root, conf);
}, 60_000);
afterAll(() => {
  host?.stop();
  rmSync(root, { recursive: true, force: true });
});

interface Shown {
  id: string;
  iframeHeight: number;
  inner: { scrollHeight: number; innerHeight: number; scrollWidth: number; innerWidth: number; sourceBottom: number; linkBottom: number; mainHeight: number };
}

/** Opens the host page at `width` and reports, per embedded figure, what the frame shows. */
async function embedsAt(width: number, blockLoader: boolean): Promise<{ shown: Shown[]; violations: string[] }> {
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  if (blockLoader) await context.route('**/embed/loader.js', (route) => route.abort());
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  const page: Page = await context.newPage();
  await page.goto(`${host.url}/`, { waitUntil: 'load' });
  const shown: Shown[] = [];
  const frames = page.locator('iframe');
  expect(await frames.count()).toBe(figureIds.length);
  for (let i = 0; i < figureIds.length; i++) {
    const iframe = frames.nth(i);
    await iframe.scrollIntoViewIfNeeded();
    const frame = (await (await iframe.elementHandle())?.contentFrame()) as Frame;
    await frame.waitForLoadState('load');
    await frame.locator('.source').waitFor();
    const settle = async () => {
      // The loader sets the height from the frame's report; wait until it no longer changes.
      let last = -1;
      for (let n = 0; n < 40; n++) {
        const h = Number(await iframe.getAttribute('height'));
        if (h === last) break;
        last = h;
        await page.waitForTimeout(100);
      }
      return last;
    };
    const iframeHeight = await settle();
    const inner = await frame.evaluate(() => {
      const d = document.documentElement;
      const bottom = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY;
      return {
        scrollHeight: d.scrollHeight,
        innerHeight: window.innerHeight,
        scrollWidth: d.scrollWidth,
        innerWidth: window.innerWidth,
        sourceBottom: bottom('.source'),
        linkBottom: bottom('.more'),
        mainHeight: document.querySelector('main')?.getBoundingClientRect().height ?? 0,
      };
    });
    shown.push({ id: figureIds[i] as string, iframeHeight, inner });
  }
  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  await context.close();
  return { shown, violations };
}

describe('a figure embedded on another site', () => {
  for (const blockLoader of [false, true]) {
    for (const width of [320, 600, 1000]) {
      it(`at ${width} px${blockLoader ? ', with the loader blocked,' : ''} shows the whole figure, source line and link back without an inner scrollbar`, async () => {
        const { shown, violations } = await embedsAt(width, blockLoader);
        const problems: string[] = [];
        for (const s of shown) {
          const { inner } = s;
          if (inner.scrollHeight > inner.innerHeight) problems.push(`${s.id}: scrolls inside (${inner.scrollHeight} > ${inner.innerHeight})`);
          if (inner.scrollWidth > inner.innerWidth) problems.push(`${s.id}: scrolls sideways (${inner.scrollWidth} > ${inner.innerWidth})`);
          if (inner.sourceBottom > inner.innerHeight) problems.push(`${s.id}: source line below the frame`);
          if (inner.linkBottom > inner.innerHeight) problems.push(`${s.id}: link back below the frame`);
          // With the loader the frame is exactly as tall as the figure. Without it, the fixed height is made
          // for the narrowest screens, so wide frames have room to spare; at 320 px it must stay tight.
          if (!blockLoader && Math.abs(s.iframeHeight - Math.ceil(inner.mainHeight)) > 2)
            problems.push(`${s.id}: frame ${s.iframeHeight} px for ${inner.mainHeight} px of figure`);
          if (blockLoader && width === 320 && inner.mainHeight < s.iframeHeight * 0.75)
            problems.push(`${s.id}: ${s.iframeHeight} px frame for ${inner.mainHeight} px of figure`);
        }
        expect(problems).toEqual([]);
        expect(violations).toEqual([]);
      });
    }
  }

  it('is light on white by default, even for a reader in dark mode, and dark when the code asks for ?thema=donker', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const background = async (path: string) => {
      await page.goto(`${host.url}${path}`, { waitUntil: 'load' });
      const frame = (await (await page.locator('iframe').first().elementHandle())?.contentFrame()) as Frame;
      await frame.locator('.source').waitFor();
      return frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    expect(await background('/')).toBe('rgb(255, 255, 255)');
    expect(await background('/donker')).not.toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('the loader is at most 1 KB and sizes only our own frames, from our own origin', async () => {
    const res = await fetch(`${base}/embed/loader.js`);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const body = await res.text();
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(1024);
    expect(body).toContain('event.origin !== origin');
    expect(body).toContain('buurkracht-embed:height');
  });
});
