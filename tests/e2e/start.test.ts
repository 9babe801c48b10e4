import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRedirectsFile } from '../../scripts/lib/hostFiles.mjs';
import { useBrowser } from './browser';
import { printedLinks } from './printed';

interface Link {
  vanityPath?: string;
  taggedTarget: string;
}

const browser = useBrowser();
let server: ChildProcess;
let base = '';

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  // `npm start` builds, then runs this very command; the browser tests already have a build.
  expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.start).toMatch(/&& node scripts\/serve\.mjs$/);
  const port = await freePort();
  server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'dist', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ok, fail) => {
    server.stdout?.on('data', (d: Buffer) => (String(d).includes('Serving') ? ok() : undefined));
    server.on('exit', (code) => fail(new Error(`scripts/serve.mjs exited with ${code}`)));
  });
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  server?.kill();
});

describe('the server of npm start serves like the deployed site', () => {
  it('every printed URL, exactly as printed, opens its story with the query intact and the magazine note', async () => {
    const page = await browser().newPage();
    for (const link of printedLinks) {
      const printed = new URL(link.url);
      const response = await page.goto(`${base}${printed.pathname}${printed.search}`);
      expect(response?.status(), link.url).toBe(200);
      expect(response?.request().redirectedFrom(), link.url).toBeNull();
      expect(await page.evaluate(() => location.search), link.url).toBe(printed.search);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href'), link.url).toBe(`https://www.buurkracht.nl${link.story}`);
      await expect(page.locator('[data-magazine-note]:visible').count(), link.url).resolves.toBe(1);
    }
    await page.close();
  });

  it('every short path without its slash lands on its story with the campaign tags', async () => {
    const links = ((await (await fetch(`${base}/qr/links.json`)).json()) as Link[]).filter((l) => l.vanityPath);
    expect(links.length).toBeGreaterThanOrEqual(8);
    const page = await browser().newPage();
    for (const l of links) {
      const response = await page.goto(`${base}${l.vanityPath}`);
      expect(response?.status(), l.vanityPath).toBe(200);
      const landed = new URL(page.url());
      expect(landed.pathname + landed.search, l.vanityPath).toBe(l.taggedTarget);
      await expect(page.locator('[data-magazine-note]:visible').count(), l.vanityPath).resolves.toBe(1);
    }
    await page.close();
  });

  it('printed links in capitals or with a trailing character redirect once, as in production, keeping the query', async () => {
    const variants = parseRedirectsFile(readFileSync('dist/_redirects', 'utf8')).filter((r) => r.status === 301);
    expect(variants.length).toBeGreaterThan(100);
    for (const printed of printedLinks.map((l) => new URL(l.url))) {
      const res = await fetch(`${base}${printed.pathname.toUpperCase()}${printed.search}`, { redirect: 'manual' });
      expect(res.status, printed.pathname).toBe(301);
      expect(res.headers.get('location'), printed.pathname).toBe(`${printed.pathname.replace(/\/?$/, '/')}${printed.search}`);
    }
    for (const r of variants) {
      const res = await fetch(`${base}${r.from}`, { redirect: 'manual' });
      if (res.status !== 301 || res.headers.get('location') !== r.to) throw new Error(`${r.from}: ${res.status} ${res.headers.get('location')}`);
    }
  });

  it('sends the production headers: the page policy with script hashes, the restrictive one on data files, revalidation', async () => {
    const page = await fetch(`${base}/over/`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'[^;]*'sha256-.*frame-ancestors 'none'/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('etag')).toBeTruthy();
    expect(page.headers.get('strict-transport-security')).toMatch(/^max-age=/);
    expect((await fetch(`${base}/monitor/2025/data.csv`)).headers.get('content-security-policy')).toMatch(/^default-src 'none'.*sandbox$/);
    for (const path of ['/_headers', '/_redirects', '/nginx-host.conf', '/bestaat-niet/']) expect((await fetch(`${base}${path}`)).status, path).toBe(404);
  });
});
