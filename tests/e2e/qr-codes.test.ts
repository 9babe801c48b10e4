import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { printedLinks } from './printed';

const base = inject('baseUrl');

interface Link {
  id: string;
  printedUrl?: string;
  vanityUrl?: string;
}

/** Decodes a served PNG with jsQR (not the generator) from sharp's raw RGBA pixels. */
async function decodePng(url: string) {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  const { data, info } = await sharp(Buffer.from(await res.arrayBuffer()))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
  return { code, data, info };
}

const links: Link[] = await (await fetch(`${base}/qr/links.json`)).json();

describe('print-ready QR codes', () => {
  it('offers a code for every URL printed in the 2025 magazine, and only those', () => {
    expect(new Set(links.map((l) => l.printedUrl).filter(Boolean))).toEqual(new Set(printedLinks.map((p) => p.url)));
  });

  it.each(links.filter((l) => l.printedUrl))('the printed code $id scans as exactly the printed URL', async (link) => {
    const { code, data, info } = await decodePng(`${base}/qr/${link.id}-printed.png`);
    expect(code?.data).toBe(link.printedUrl);
    expect(printedLinks.map((p) => p.url)).toContain(code?.data);
    // Pure black on white only, and a white quiet zone of 4 modules around the symbol.
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
    expect([...colours].sort()).toEqual(['0,0,0,255', '255,255,255,255']);
    const modules = (code?.version ?? 0) * 4 + 17;
    const scale = info.width / (modules + 8);
    expect(Number.isInteger(scale)).toBe(true);
    const quiet = 4 * scale;
    const darkInQuietZone: string[] = [];
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        const inside = x >= quiet && x < info.width - quiet && y >= quiet && y < info.height - quiet;
        if (!inside && data[(y * info.width + x) * 4] !== 255) darkInQuietZone.push(`${x},${y}`);
      }
    }
    expect(darkInQuietZone).toEqual([]);
    // The finder pattern's corner module starts right where the quiet zone ends.
    expect(data[(quiet * info.width + quiet) * 4]).toBe(0);
  });

  it.each(links.filter((l) => l.vanityUrl))('the short code $id scans as its /m/ URL', async (link) => {
    const { code } = await decodePng(`${base}/qr/${link.id}-vanity.png`);
    expect(code?.data).toBe(link.vanityUrl);
    expect(code?.data).toMatch(/^https:\/\/www\.buurkracht\.nl\/m\/[a-z0-9-]+$/);
  });

  it('a short code needs fewer modules than the printed one it replaces', async () => {
    for (const link of links.filter((l) => l.printedUrl && l.vanityUrl)) {
      const printed = await decodePng(`${base}/qr/${link.id}-printed.png`);
      const short = await decodePng(`${base}/qr/${link.id}-vanity.png`);
      expect(short.info.width, link.id).toBeLessThan(printed.info.width);
    }
  });

  it('serves the SVG codes as black-on-white vector images', async () => {
    for (const link of links) {
      const res = await fetch(`${base}/qr/${link.id}-printed.svg`);
      if (!link.printedUrl) continue;
      expect(res.status).toBe(200);
      const svg = await res.text();
      expect(svg).toMatch(/^<svg[^>]+viewBox=/);
      expect(svg).toContain('fill="#ffffff"');
      expect(svg).toContain('stroke="#000000"');
    }
  });

  it('the editors’ page lists every printed URL with its print page and target, and stays out of search engines', async () => {
    const res = await fetch(`${base}/qr/`);
    expect(res.status).toBe(200);
    const html = (await res.text()).replaceAll('&amp;', '&');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    for (const p of printedLinks) {
      expect(html).toContain(p.url);
      expect(html).toContain(`href="${p.story}"`);
    }
    expect(html).toContain('pagina 31');
    const sitemap = await (await fetch(`${base}/sitemap-0.xml`)).text();
    expect(sitemap).toContain('/het-buurtteam-in-kloetinge-is-een-voorbeeld/');
    expect(sitemap).not.toMatch(/\/(qr|m)\//);
    expect(await (await fetch(`${base}/robots.txt`)).text()).toContain('Disallow: /qr/');
  });
});
