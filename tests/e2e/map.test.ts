import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { paths } from '../../src/lib/urls';
import { useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface MarkBoxes {
  place: string;
  name: string;
  visible: boolean;
  text: Rect;
  dot: Rect;
  target: Rect;
  /** What a tap at the middle of the target lands on: the place of the link there, if any. */
  tapped: string | null;
}

/** Every mark of the page's map as Chromium lays it out: the boxes a reader sees and taps. */
function markBoxes(page: Page): Promise<MarkBoxes[]> {
  return page.evaluate(() => {
    const box = (el: Element | null): Rect => {
      const r = el?.getBoundingClientRect() ?? { x: 0, y: 0, width: 0, height: 0 };
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    };
    return [...document.querySelectorAll('svg.map a.mark')].map((a) => {
      const text = a.querySelector('text');
      const style = text ? getComputedStyle(text) : null;
      // elementFromPoint only sees the viewport: bring the mark into it first, as a reader scrolls.
      a.querySelector('rect.target')?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const target = a.querySelector('rect.target')?.getBoundingClientRect();
      const hit = target ? document.elementFromPoint(target.x + target.width / 2, target.y + target.height / 2) : null;
      return {
        place: a.getAttribute('data-place') ?? '',
        name: text?.textContent?.trim() ?? '',
        visible: !!style && style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0 && style.fill !== 'none',
        text: box(text),
        dot: box(a.querySelector('circle')),
        target: box(a.querySelector('rect.target')),
        tapped: hit?.closest('a.mark')?.getAttribute('data-place') ?? null,
      };
    });
  });
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** What a reader would call a problem with the map as drawn, in words. */
function problems(marks: MarkBoxes[], minTarget: number, { taps = true } = {}): string[] {
  const found: string[] = [];
  for (const m of marks) {
    if (!m.visible || m.name === '' || m.text.width === 0) found.push(`${m.place}: its name is not visible`);
    if (!inside(m.target, m.text)) found.push(`${m.place}: the name sticks out of its tap target`);
    if (m.target.width < minTarget || m.target.height < minTarget)
      found.push(`${m.place}: tap target ${m.target.width.toFixed(1)}×${m.target.height.toFixed(1)} px`);
    if (taps && m.tapped !== m.place) found.push(`${m.place}: a tap on it opens ${m.tapped ?? 'nothing'}`);
    for (const o of marks) {
      if (o === m) continue;
      if (overlap(m.text, o.text) && m.place < o.place) found.push(`${m.place} and ${o.place}: names overlap`);
      if (overlap(m.target, o.target) && m.place < o.place) found.push(`${m.place} and ${o.place}: tap targets overlap`);
      if (overlap(m.text, o.dot)) found.push(`${m.place}: its name covers the mark of ${o.place}`);
    }
  }
  return found;
}

/** The hub and every municipality page that has a map, found by following the hub's marks. */
async function mapPages(page: Page): Promise<string[]> {
  await page.goto(`${base}${paths.municipalities()}`);
  const hrefs = await page.$$eval('svg.map a.mark', (as) => as.map((a) => (a.getAttribute('href') ?? '').split('#')[0] ?? ''));
  return [paths.municipalities(), ...new Set(hrefs)];
}

describe('the map', () => {
  for (const width of [360, 390, 1366]) {
    it(`at ${width} px: every place name is visible beside its mark, none overlaps another, every tap target is 44 px and opens its own place`, async () => {
      const context = await browser().newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const found: string[] = [];
      const pages = await mapPages(page);
      expect(pages.length).toBeGreaterThan(5);
      for (const path of pages) {
        await page.goto(`${base}${path}`);
        const marks = await markBoxes(page);
        expect(marks.length, path).toBeGreaterThan(0);
        found.push(...problems(marks, 44).map((p) => `${path} ${p}`));
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }

  it('the check notices labels that overlap (the test can fail)', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${base}${paths.municipalities()}`);
    // Move Westerbork's name onto Beilen's, as a naive layout beside each mark would.
    await page.evaluate(() => {
      const [beilen, westerbork] = ['beilen', 'westerbork'].map((p) => document.querySelector(`a.mark[data-place="${p}"] text`));
      westerbork?.setAttribute('x', beilen?.getAttribute('x') ?? '0');
      westerbork?.setAttribute('y', beilen?.getAttribute('y') ?? '0');
      westerbork?.setAttribute('text-anchor', beilen?.getAttribute('text-anchor') ?? 'start');
    });
    expect(problems(await markBoxes(page), 44).join('\n')).toMatch(/beilen and westerbork: names overlap/);
    await page.close();
  });

  it('prints with every name readable and apart', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${base}${paths.municipalities()}`);
    expect(problems(await markBoxes(page), 0, { taps: false })).toEqual([]);
    await page.close();
  });

  it('shows keyboard focus on a mark', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${paths.municipalities()}`);
    await page.focus('svg.map a.mark');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    });
    expect(outline).toBe(true);
    await page.close();
  });
});

describe('the places pages on a narrow phone', () => {
  it('never scroll sideways at 320 px', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of await mapPages(page)) {
      await page.goto(`${base}${path}`);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > 320) wide.push(`${path}: ${scroll} px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });

  it('give every link in the lists a tap target of at least 44 px', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 900 } });
    const small: string[] = [];
    for (const path of (await mapPages(page)).slice(0, 3)) {
      await page.goto(`${base}${path}`);
      const heights = await page.$$eval('.directory a, .places .list a', (as) =>
        as.map((a) => [a.textContent?.trim() ?? '', a.getBoundingClientRect().height] as const),
      );
      expect(heights.length, path).toBeGreaterThan(0);
      for (const [text, height] of heights) if (height < 44) small.push(`${path} “${text}”: ${height.toFixed(0)} px`);
    }
    await page.close();
    expect(small).toEqual([]);
  });
});

describe('the old map address', () => {
  it('/plaatsen/ opens the map on /gemeente/', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${paths.places()}`);
    await page.waitForURL(`${base}${paths.municipalities()}`);
    expect(await page.locator('svg.map a.mark').count()).toBeGreaterThan(5);
    await page.close();
  });
});
