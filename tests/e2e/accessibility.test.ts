import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { everyPage } from './pages';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const browser = useBrowser();

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe with the WCAG tags on the page as it is now. */
async function axeViolations(page: import('playwright-core').Page): Promise<Violation[]> {
  // evaluate() runs outside the page's CSP, so axe needs no exception in the policy.
  await page.evaluate(axeSource);
  return page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: { run: (...a: unknown[]) => Promise<{ violations: Violation[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
        })
      ).violations,
    wcag,
  );
}

describe('axe finds no WCAG 2.2 A/AA violations', () => {
  it('reports a page that breaks the rules (the gate can fail)', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main')?.append(img);
    });
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`on any page in the ${colorScheme} colour scheme`, { timeout: 300_000 }, async () => {
      const pages = everyPage();
      expect(pages.length).toBeGreaterThan(20);
      const context = await browser().newContext({ colorScheme });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(`${base}${path}`, { waitUntil: 'load' });
        const violations = await axeViolations(page);
        for (const v of violations) found.push(`${path}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }
});
