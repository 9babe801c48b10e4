import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../e2e/browser';
import { compare, storable } from './compare';
import { schemes, tolerance, viewports, visualPages } from './pages';

const base = inject('visualBaseUrl');
const browser = useBrowser();
const references = 'tests/visual/reference';
const failures = join('node_modules', '.visual', 'failures');
// `npm run test:visual:update` sets this: write the screenshots as the new references instead of comparing.
const updating = process.env.VISUAL_UPDATE === '1';

/** A full-page screenshot once web fonts and every image (lazy ones too) have loaded. */
async function shoot(path: string, viewport: (typeof viewports)[number], colorScheme: (typeof schemes)[number]): Promise<Buffer> {
  const context = await browser().newContext({ viewport, colorScheme, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (const img of document.querySelectorAll('img')) img.loading = 'eager';
    // decode() waits until the (now eager) image has loaded and can be painted.
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    await document.fonts.ready;
  });
  const shot = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  await context.close();
  return shot;
}

describe('pages look as designed (screenshots against committed references)', () => {
  it('notices a changed page (the comparison can fail)', async () => {
    const shot = await shoot('/', viewports[0], 'light');
    const changed = await browser().newContext({ viewport: viewports[0], deviceScaleFactor: 1 });
    const page = await changed.newPage();
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.evaluate(async () => {
      for (const img of document.querySelectorAll('img')) img.loading = 'eager';
      await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
      await document.fonts.ready;
    });
    // The drift issue 10 found: card titles a size larger on one page type than on another.
    await page.evaluate(() => document.documentElement.style.setProperty('--step-1', '2rem'));
    const other = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    await changed.close();
    const result = await compare(other, shot, tolerance.threshold);
    expect(result.changedShare).toBeGreaterThan(tolerance.maxChangedShare);
  });

  for (const { name, path } of visualPages) {
    for (const viewport of viewports) {
      for (const scheme of schemes) {
        const file = `${name}-${viewport.name}-${scheme}.png`;
        it(`${name} at ${viewport.width} px, ${scheme}`, async () => {
          const shot = await storable(await shoot(path, viewport, scheme));
          const reference = join(references, file);
          if (updating || !existsSync(reference)) {
            if (!updating) throw new Error(`${reference} is missing: run \`npm run test:visual:update\` and commit it`);
            mkdirSync(references, { recursive: true });
            writeFileSync(reference, shot);
            return;
          }
          const result = await compare(shot, readFileSync(reference), tolerance.threshold);
          if (result.changedShare > tolerance.maxChangedShare) {
            mkdirSync(failures, { recursive: true });
            writeFileSync(join(failures, file), shot);
            if (result.diff) writeFileSync(join(failures, file.replace(/\.png$/, '-diff.png')), result.diff);
          }
          const advice = `see ${failures}/${file}; if the change is intended, run \`npm run test:visual:update\` and commit the references`;
          expect(result.sizeChanged, `${path}: the page changed height or width; ${advice}`).toBe(false);
          expect(result.changedShare, `${path}: ${(result.changedShare * 100).toFixed(3)} % of pixels changed; ${advice}`).toBeLessThanOrEqual(
            tolerance.maxChangedShare,
          );
        });
      }
    }
  }
});
