import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, writeCards } from '../../src/integrations/ogImages';
import { cardPng, palette } from '../../src/og/card';
import { cacheDirVariable, derivedFile, pruneDerivedFiles } from '../../src/raster/cache';

const root = mkdtempSync(join(tmpdir(), 'og-cards-test-'));
const dist = join(root, 'dist');
const options = { siteName: 'Buurkracht Magazine', origin: 'https://example.org' };
const slugs = ['buren-bundelen-krachten', 'zon-op-het-dorpshuis', 'regentonnen-in-de-wijk'];

/** A built page's <head> as src/lib/head.ts writes it: the card is drawn from these tags. */
function writePage(slug: string, title: string) {
  mkdirSync(join(dist, slug), { recursive: true });
  const head = `<meta property="og:title" content="${title}"><meta property="og:image" content="${options.origin}/og/${slug}.png"><meta property="article:section" content="Succesverhaal">`;
  writeFileSync(join(dist, slug, 'index.html'), `<!doctype html><html><head>${head}</head><body></body></html>`);
}

async function build() {
  const jobs = await cardsOf(
    dist,
    slugs.map((s) => `${s}/`),
    options,
  );
  return writeCards(dist, jobs);
}
const card = (slug: string) => readFileSync(join(dist, 'og', `${slug}.png`));

beforeAll(() => {
  process.env[cacheDirVariable] = join(root, 'cache');
});
afterAll(() => {
  delete process.env[cacheDirVariable];
  rmSync(root, { recursive: true, force: true });
});

describe('Open Graph cards between builds', () => {
  it('a first build draws every card as a 1200×630 PNG', async () => {
    for (const slug of slugs) writePage(slug, `Verhaal over ${slug.replaceAll('-', ' ')}`);
    expect(await build()).toEqual({ drawn: 3, cached: 0 });
    for (const slug of slugs) {
      const png = card(slug);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it('changing one article redraws only its own card', async () => {
    const before = Object.fromEntries(slugs.map((s) => [s, card(s)]));
    writePage('zon-op-het-dorpshuis', 'Zon op het dorpshuis, een jaar later');
    expect(await build()).toEqual({ drawn: 1, cached: 2 });
    expect(card('zon-op-het-dorpshuis').equals(before['zon-op-het-dorpshuis'] as Buffer)).toBe(false);
    expect(card('buren-bundelen-krachten').equals(before['buren-bundelen-krachten'] as Buffer)).toBe(true);
    expect(card('regentonnen-in-de-wijk').equals(before['regentonnen-in-de-wijk'] as Buffer)).toBe(true);
  });

  it('a rebuild with nothing changed draws nothing', async () => {
    expect(await build()).toEqual({ drawn: 0, cached: 3 });
  });
});

describe('the Open Graph card', () => {
  const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

  it('keeps its accent bar, site name and margins inside 1200×630, even with the longest title', async () => {
    const title = 'Een titel van negentig tekens die tot aan de rechterrand zou lopen als de marge ontbreekt';
    const { png } = await cardPng({ title, eyebrow: 'Achtergrond', siteName: 'Buurkracht Magazine' });
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) =>
      hex(data[(y * info.width + x) * 3] ?? 0, data[(y * info.width + x) * 3 + 1] ?? 0, data[(y * info.width + x) * 3 + 2] ?? 0);
    expect([info.width, info.height]).toEqual([1200, 630]);
    // The accent bar fills the bottom 24 pixels.
    for (const x of [0, 600, 1199]) expect(at(x, 620)).toBe(palette.accent);
    // The site name's dot sits in the bottom left, above the bar.
    expect(at(72 + 14, 630 - 24 - 64 - 20)).toBe(palette.accent);
    // Nothing is drawn in the right-hand margin.
    for (let y = 0; y < 600; y += 3) for (let x = 1200 - 60; x < 1200; x += 3) expect(at(x, y)).toBe(palette.bg);
  });
});

describe('the derived-file cache', () => {
  const dir = join(root, 'generic');
  const draw = (text: string) => async () => Buffer.from(text);

  it('keys a file by every input: another renderer version is another file', async () => {
    expect((await derivedFile(['png', 'renderer@1', 'card'], draw('one'), dir)).cached).toBe(false);
    expect((await derivedFile(['png', 'renderer@1', 'card'], draw('two'), dir)).bytes.toString()).toBe('one');
    const other = await derivedFile(['png', 'renderer@2', 'card'], draw('three'), dir);
    expect(other).toEqual({ bytes: Buffer.from('three'), cached: false });
  });

  it('prunes what no build used since a given moment, and keeps what it used', async () => {
    const since = new Date(Date.now() + 1000);
    await new Promise((r) => setTimeout(r, 1100));
    const { cached } = await derivedFile(['png', 'renderer@2', 'card'], draw('unused'), dir);
    expect(cached).toBe(true);
    expect(await pruneDerivedFiles(dir, since)).toBe(1);
    expect((await derivedFile(['png', 'renderer@2', 'card'], draw('unused'), dir)).cached).toBe(true);
    expect((await derivedFile(['png', 'renderer@1', 'card'], draw('new'), dir)).cached).toBe(false);
  });
});
