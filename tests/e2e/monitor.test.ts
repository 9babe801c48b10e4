import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';

const base = inject('baseUrl');
const year = 2025;
const figureIds = ['rapportcijfers', 'samenwerkingsladder', 'relatietype', 'ondersteuning', 'organisatie'];
const chapterIds = [
  'inleiding',
  'methode',
  'samenwerking-en-waardering',
  'vertrouwen-en-partnerschap',
  'ondersteuning-en-rollen',
  'gemeenten-denken-bewoners-doen',
  'conclusies',
  'aanbevelingen',
];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = useBrowser();

const get = (path: string) => fetch(`${base}${path}`);

describe('monitor downloads', () => {
  it('data.csv has exactly the documented columns, dot decimals and every figure', async () => {
    const res = await get(`/monitor/${year}/data.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('year,audience,question,answer,value,unit');
    for (const line of lines.slice(1)) expect(line).toMatch(/^20(23|24|25),(gemeenten|bewoners),[a-z0-9-]+,[a-z0-9-]+,\d+(\.\d+)?,(percent|grade|step)$/);
    expect(lines).toContain('2025,gemeenten,relatietype,partnerschap,39,percent');
    expect(lines).toContain('2025,bewoners,samenwerkingsladder,gemiddelde,2.4,step');
    expect(lines).toContain('2025,bewoners,rapportcijfer,inbreng-meegenomen,5.6,grade');
    const json = await (await get(`/monitor/${year}/data.json`)).json();
    expect(json).toHaveLength(lines.length - 1);
    expect(json[0]).toEqual({ year: 2025, audience: 'gemeenten', question: 'rapportcijfer', answer: 'algemeen', value: 6.1, unit: 'grade' });
  });

  for (const id of figureIds) {
    it(`${id}: every download exists with the right type and content`, async () => {
      const dir = `/monitor/${year}/${id}/`;
      const svg = await get(`${dir}${id}.svg`);
      expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      const svgText = await svg.text();
      expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svgText).toMatch(/<title id="[^"]+">[^<]{20,}<\/title>/);
      expect(svgText).toContain('Bron: De nationale buurkracht monitor 2025');
      expect(svgText).toContain('Licentie: CC BY 4.0');

      for (const file of [`${id}.png`, 'og.png']) {
        const png = await get(`${dir}${file}`);
        expect(png.headers.get('content-type')).toBe('image/png');
        const bytes = Buffer.from(await png.arrayBuffer());
        expect(bytes.subarray(1, 4).toString()).toBe('PNG');
        if (file === 'og.png') expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
      }

      const csv = await get(`${dir}${id}.csv`);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const csvText = await csv.text();
      expect(csvText.startsWith('year,audience,question,answer,value,unit\r\n')).toBe(true);

      const excel = await get(`${dir}${id}-excel.csv`);
      const excelBytes = Buffer.from(await excel.arrayBuffer());
      expect([...excelBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const excelText = excelBytes.subarray(3).toString('utf8');
      expect(excelText.split('\r\n')[0]).toBe('year;audience;question;answer;value;unit');
      expect(excelText.split('\r\n').length).toBe(csvText.split('\r\n').length);
      expect(excelText).not.toMatch(/\d\.\d/);

      const json = await get(`${dir}${id}.json`);
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      const body = await json.json();
      expect(body.rows.length).toBe(csvText.trimEnd().split('\r\n').length - 1);
    });
  }
});

describe('monitor pages', () => {
  it('a figure page shows chart, table and downloads with JavaScript disabled', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto(`${base}/monitor/${year}/samenwerkingsladder/`);
    expect(res?.status()).toBe(200);
    const chart = page.getByRole('img', { name: 'Gemeenten staan hoger op de ladder dan bewoners' });
    await expect(chart.isVisible()).resolves.toBe(true);
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    await expect(page.locator('svg[role="img"] text').allTextContents()).resolves.toEqual(expect.arrayContaining(['34\u00a0%', '9\u00a0%']));
    await expect(page.locator('table tbody tr').count()).resolves.toBe(6);
    await expect(page.locator('script[src]').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'CSV voor Excel' }).getAttribute('href')).resolves.toBe(
      `/monitor/${year}/samenwerkingsladder/samenwerkingsladder-excel.csv`,
    );
    await expect(page.locator('meta[property="og:image"]').getAttribute('content')).resolves.toMatch(/\/monitor\/2025\/samenwerkingsladder\/og\.png$/);
    await context.close();
  });

  it('the chart follows dark mode, prints in light colours and, in forced colours, tells the audiences apart by fill and outline', async () => {
    const fills = async (options: Parameters<Browser['newContext']>[0], media: 'screen' | 'print' = 'screen') => {
      const context = await browser().newContext(options);
      const page = await context.newPage();
      await page.emulateMedia({ media });
      await page.goto(`${base}/monitor/${year}/rapportcijfers/`);
      const read = (sel: string) =>
        page
          .locator(sel)
          .first()
          .evaluate((el) => getComputedStyle(el).fill);
      const out = { gemeenten: await read('svg .bar-gemeenten'), bewoners: await read('svg .bar-bewoners'), text: await read('svg text.text') };
      await context.close();
      return out;
    };
    const light = await fills({ colorScheme: 'light' });
    const dark = await fills({ colorScheme: 'dark' });
    const forced = await fills({ colorScheme: 'dark', forcedColors: 'active' });
    expect(light.gemeenten).toBe('rgb(15, 81, 50)');
    expect(dark.gemeenten).not.toBe(light.gemeenten);
    expect(dark.text).not.toBe(light.text);
    expect(forced.gemeenten).not.toBe(dark.gemeenten);
    expect(forced.gemeenten).not.toBe(forced.bewoners);
    expect(forced.text).toBe(forced.gemeenten);
    const printed = await fills({ colorScheme: 'dark' }, 'print');
    expect(printed.gemeenten).toBe(light.gemeenten);
    expect(printed.text).toBe('rgb(0, 0, 0)');
  });

  it('at 200 % zoom the chart switches to its narrow layout and its labels stay readable', async () => {
    // A 1280 px window at 200 % zoom lays out like a 640 px one.
    const context = await browser().newContext({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${base}/monitor/${year}/organisatie/`);
    const charts = page.getByRole('img', { name: /vaste contactpersoon/ });
    await expect(charts.count()).resolves.toBe(1);
    const label = charts.locator('text', { hasText: '42\u00a0%' });
    const box = await label.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(14);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('the monitor page lists every chapter and figure, and the chapter anchors reach the figures', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/monitor/${year}/`);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const id of [...chapterIds, ...figureIds]) expect(links).toContain(`/monitor/${year}/${id}/`);
    await page.goto(`${base}/monitor/${year}/vertrouwen-en-partnerschap/#relatietype`);
    await expect(page.locator('#relatietype svg[role="img"]:visible').count()).resolves.toBe(1);
    await page.close();
  });

  it('the embed page renders inside an iframe on another site', async () => {
    const page = await browser().newPage();
    // Another origin on the loopback interface (localhost vs 127.0.0.1). The host page is a
    // real loopback response, because Chromium refuses to let public pages frame loopback ones.
    const served = new URL(base);
    const other = `http://${served.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${served.port}/`;
    // robots.txt: a loopback document without the site's CSP, which would forbid the frame.
    await page.goto(`${other}robots.txt`);
    await page.setContent(
      `<!doctype html><title>Raadsvoorstel</title><iframe src="${base}/embed/monitor/${year}/rapportcijfers/" width="900" height="900"></iframe>`,
    );
    expect(await page.evaluate(() => location.origin)).not.toBe(served.origin);
    const frame = page.frameLocator('iframe');
    const chart = frame.getByRole('img', { name: /Bewoners geven bijna overal een onvoldoende/ });
    await chart.waitFor();
    expect((await chart.boundingBox())?.height).toBeGreaterThan(100);
    await expect(frame.locator('table').count()).resolves.toBe(1);
    await page.close();
  });

  const axePaths = [
    `/monitor/${year}/`,
    `/monitor/${year}/data/`,
    `/embed/monitor/${year}/relatietype/`,
    ...chapterIds.map((id) => `/monitor/${year}/${id}/`),
    ...figureIds.map((id) => `/monitor/${year}/${id}/`),
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no violations on the monitor pages (${scheme})`, async () => {
      // The site's CSP rightly blocks injected scripts; the audit context may bypass it.
      const context = await browser().newContext({ bypassCSP: true, colorScheme: scheme });
      const page: Page = await context.newPage();
      const found: string[] = [];
      for (const path of axePaths) {
        await page.goto(`${base}${path}`);
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () =>
          (window as unknown as { axe: { run: () => Promise<{ passes: unknown[]; violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(),
        );
        expect(result.passes.length, path).toBeGreaterThan(10);
        for (const v of result.violations) found.push(`${path}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }
});
