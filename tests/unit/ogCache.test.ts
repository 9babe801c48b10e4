import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardCache } from '../../src/og/cache';

const dir = mkdtempSync(join(tmpdir(), 'og-cache-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card = { title: 'Buren bundelen krachten', eyebrow: 'Succesverhaal', siteName: 'Buurkracht' };
const png = (file: string) => readFileSync(file);

describe('Open Graph card cache', () => {
  it('a rebuild copies an unchanged card from the cache instead of drawing it again', async () => {
    const first = await cardCache(join(dir, 'cache'));
    await first.write(card, join(dir, 'a.png'));
    expect(first.hits).toBe(0);
    expect(png(join(dir, 'a.png')).subarray(1, 4).toString()).toBe('PNG');

    const rebuild = await cardCache(join(dir, 'cache'));
    await rebuild.write(card, join(dir, 'b.png'));
    expect(rebuild.hits).toBe(1);
    expect(png(join(dir, 'b.png')).equals(png(join(dir, 'a.png')))).toBe(true);
  });

  it('a card whose title changed is drawn anew', async () => {
    const cache = await cardCache(join(dir, 'cache'));
    await cache.write({ ...card, title: 'Buren bundelen nog meer krachten' }, join(dir, 'c.png'));
    expect(cache.hits).toBe(0);
    expect(png(join(dir, 'c.png')).equals(png(join(dir, 'a.png')))).toBe(false);
  });
});
