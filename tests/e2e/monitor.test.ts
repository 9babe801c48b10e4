import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pngText } from '../../src/lib/monitor/png';
import { csvRecords, type TableSchema, validateRows } from '../unit/monitorTableSchema';
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
  it('data.csv has exactly the documented columns, dot decimals, one unit per question and every figure', async () => {
    const res = await get(`/monitor/${year}/data.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('year,audience,question,answer,value,unit');
    for (const line of lines.slice(1)) expect(line).toMatch(/^20(23|24|25),(gemeenten|bewoners),[a-z0-9-]+,[a-z0-9-]+,\d+(\.\d+)?,(percent|grade|step)$/);
    expect(lines).toContain('2025,gemeenten,relatietype,partnerschap,39,percent');
    expect(lines).toContain('2025,bewoners,samenwerkingsladder-gemiddelde,gemiddelde,2.4,step');
    expect(lines).toContain('2025,bewoners,rapportcijfer,inbreng-meegenomen,5.6,grade');
    expect(lines.filter((l) => /,samenwerkingsladder,.*,step$/.test(l))).toEqual([]);
    const json = await (await get(`/monitor/${year}/data.json`)).json();
    expect(json).toHaveLength(lines.length - 1);
    expect(json[0]).toEqual({ year: 2025, audience: 'gemeenten', question: 'rapportcijfer', answer: 'algemeen', value: 6.1, unit: 'grade' });
  });

  it('datapackage.json describes data.csv, data-excel.csv and data.json, and every served row validates against it', async () => {
    const pkg = (await (await get(`/monitor/${year}/datapackage.json`)).json()) as {
      licenses: { name: string }[];
      resources: { path: string; format: string; dialect?: { delimiter: string }; schema: TableSchema }[];
    };
    expect(pkg.licenses.map((l) => l.name)).toEqual(['other-closed']);
    expect(pkg.resources.map((r) => r.path)).toEqual(['data.csv', 'data-excel.csv', 'data.json']);
    const counts: number[] = [];
    for (const r of pkg.resources) {
      const res = await get(`/monitor/${year}/${r.path}`);
      expect(res.status, r.path).toBe(200);
      if (r.format === 'json') {
        const rows = (await res.json()) as Record<string, unknown>[];
        expect(validateRows(r.schema, rows), r.path).toEqual([]);
        counts.push(rows.length);
      } else {
        const bytes = Buffer.from(await res.arrayBuffer());
        if (r.path.includes('excel')) expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const { records, problems } = csvRecords(bytes.toString('utf8'), r.dialect?.delimiter ?? ',', r.schema);
        expect([...problems, ...validateRows(r.schema, records)], r.path).toEqual([]);
        counts.push(records.length);
      }
    }
    // Three files, the same rows: 6 aspects less 2 unpublished grades, 12 ladder rows, 3 × 30 answers, 1 outlook.
    expect(counts).toEqual([113, 113, 113]);
  });

  for (const id of figureIds) {
    it(`${id}: every download exists, names its source and terms, and claims no open licence`, async () => {
      const dir = `/monitor/${year}/${id}/`;
      const svg = await get(`${dir}${id}.svg`);
      expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      const svgText = await svg.text();
      expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svgText).toMatch(/<title id="[^"]+">[^<]{20,}<\/title>/);
      expect(svgText).toContain('Bron: De nationale buurkracht monitor 2025');
      expect(svgText).toContain('voor ander hergebruik is toestemming nodig');
      expect(svgText).not.toMatch(/CC BY|creativecommons/);

      for (const file of [`${id}.png`, 'og.png']) {
        const png = await get(`${dir}${file}`);
        expect(png.headers.get('content-type')).toBe('image/png');
        const bytes = Buffer.from(await png.arrayBuffer());
        expect(bytes.subarray(1, 4).toString()).toBe('PNG');
        if (file === 'og.png') expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
        else expect(pngText(bytes).Copyright).toMatch(/^© Stichting Buurkracht\. Citeren met bronvermelding mag/);
      }

      const csv = await get(`${dir}${id}.csv`);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const csvText = await csv.text();
      expect(csvText.split('\r\n')[0]).toMatch(/^(Aspect|Trede|Antwoord),.*,Eenheid,Toelichting$/);

      const excel = await get(`${dir}${id}-excel.csv`);
      const excelBytes = Buffer.from(await excel.arrayBuffer());
      expect([...excelBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const excelLines = excelBytes.subarray(3).toString('utf8').split('\r\n');
      const tableLines = excelLines.slice(0, excelLines.indexOf(''));
      expect(tableLines.length).toBe(csvText.trimEnd().split('\r\n').length);
      expect(tableLines[0]).toBe(csvText.split('\r\n')[0]?.replaceAll(',', ';'));
      for (const line of tableLines.slice(1)) expect(line).not.toMatch(/\d\.\d/);
      expect(excelLines.join('\n')).toContain('Bron: De nationale buurkracht monitor 2025');

      const json = await (await get(`${dir}${id}.json`)).json();
      expect(json.table.rows.length).toBe(tableLines.length - 1);
      expect(json.citation).toContain('(kop van Buurkracht Magazine)');
    });
  }
});

describe('monitor pages', () => {
  it('a figure page shows chart, table, downloads and selectable embed code with JavaScript disabled', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto(`${base}/monitor/${year}/samenwerkingsladder/`);
    expect(res?.status()).toBe(200);
    const chart = page.getByRole('img', { name: 'Gemeenten staan hoger op de ladder dan bewoners' });
    await expect(chart.isVisible()).resolves.toBe(true);
    expect((await chart.boundingBox())?.width).toBeGreaterThan(300);
    await expect(page.locator('svg[role="img"]:visible text').allTextContents()).resolves.toEqual(expect.arrayContaining(['34\u00a0%', '9\u00a0%']));
    await expect(page.locator('.monitor-figure table tbody tr').count()).resolves.toBe(6);
    await expect(page.getByRole('link', { name: 'Tabel voor Excel (CSV)' }).getAttribute('href')).resolves.toBe(
      `/monitor/${year}/samenwerkingsladder/samenwerkingsladder-excel.csv`,
    );
    await expect(page.locator('#insluiten code').textContent()).resolves.toMatch(
      /<iframe src="https:\/\/www\.buurkracht\.nl\/embed\/monitor\/2025\/samenwerkingsladder\/"/,
    );
    await expect(page.getByRole('button', { name: 'Kopieer' }).count()).resolves.toBe(0);
    await expect(page.locator('meta[property="og:image"]').getAttribute('content')).resolves.toMatch(/\/monitor\/2025\/samenwerkingsladder\/og\.png$/);
    await context.close();
  });

  it('a copy button copies the citation and says so', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${base}/monitor/${year}/relatietype/`);
    const field = page.locator('copy-field', { has: page.locator('#citeer') });
    await field.getByRole('button', { name: 'Kopieer' }).click();
    // The clipboard write is asynchronous: wait for the status to change rather than read it once.
    await field.getByRole('status').filter({ hasText: 'Gekopieerd' }).waitFor({ timeout: 10_000 });
    await expect(field.getByRole('status').textContent()).resolves.toBe('Gekopieerd');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#citeer').textContent());
    expect(copied).toMatch(/^Stichting Buurkracht \(2025\)\. De nationale buurkracht monitor 2025: type relatie/);
    await context.close();
  });

  it('a figure page links the previous, next and related figures', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/monitor/${year}/relatietype/`);
    await expect(page.locator('a[rel="prev"]').getAttribute('href')).resolves.toBe(`/monitor/${year}/samenwerkingsladder/`);
    await expect(page.locator('a[rel="next"]').getAttribute('href')).resolves.toBe(`/monitor/${year}/ondersteuning/`);
    const related = await page.locator('#meer-figuren ~ .cards a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(related.length).toBeGreaterThan(0);
    expect(related).not.toContain(`/monitor/${year}/relatietype/`);
    await page.close();
  });

  it('the chart follows dark mode, prints in light colours and, in forced colours, tells the audiences apart by fill and outline', async () => {
    const fills = async (options: Parameters<Browser['newContext']>[0], media: 'screen' | 'print' = 'screen') => {
      const context = await browser().newContext(options);
      const page = await context.newPage();
      await page.emulateMedia({ media });
      await page.goto(`${base}/monitor/${year}/rapportcijfers/`);
      const read = (sel: string) =>
        page
          .locator(`.figure-chart ${sel}`)
          .first()
          .evaluate((el) => getComputedStyle(el).fill);
      const out = { a: await read('svg .series-a'), b: await read('svg .series-b'), text: await read('svg text.text') };
      await context.close();
      return out;
    };
    const light = await fills({ colorScheme: 'light' });
    const dark = await fills({ colorScheme: 'dark' });
    const forced = await fills({ colorScheme: 'dark', forcedColors: 'active' });
    expect(light.a).toBe('rgb(15, 81, 50)');
    expect(dark.a).not.toBe(light.a);
    expect(dark.text).not.toBe(light.text);
    expect(forced.a).not.toBe(dark.a);
    expect(forced.a).not.toBe(forced.b);
    expect(forced.text).toBe(forced.a);
    const printed = await fills({ colorScheme: 'dark' }, 'print');
    expect(printed.a).toBe(light.a);
  });

  for (const [width, layout] of [
    [390, 'narrow'],
    [1366, 'wide'],
  ] as const) {
    it(`at ${width} px every figure shows its ${layout} layout: text at least 12 px, no reference line through a label, nothing sideways`, async () => {
      const context = await browser().newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const id of figureIds) {
        await page.goto(`${base}/monitor/${year}/${id}/`);
        const svg = page.locator('.figure-chart svg:visible');
        await expect(svg.count()).resolves.toBe(1);
        await expect(svg.evaluate((el, l) => el.closest('.layout')?.classList.contains(l), layout)).resolves.toBe(true);
        const found = await svg.evaluate((el) => {
          const out: string[] = [];
          const texts = [...el.querySelectorAll('text')].map((t) => ({
            t: t.textContent,
            r: t.getBoundingClientRect(),
            size: Number.parseFloat(getComputedStyle(t).fontSize),
          }));
          const scale = el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width;
          for (const { t, size } of texts) if (size * scale < 12) out.push(`"${t}" is ${(size * scale).toFixed(1)} px`);
          for (const line of el.querySelectorAll('line.reference')) {
            const l = line.getBoundingClientRect();
            for (const { t, r } of texts) {
              if (r.left < l.right - 1 && r.right > l.left + 1 && r.top < l.bottom - 1 && r.bottom > l.top + 1) out.push(`the reference line crosses "${t}"`);
            }
          }
          const frame = el.getBoundingClientRect();
          for (const { t, r } of texts) if (r.right > frame.right + 1) out.push(`"${t}" runs out of the chart`);
          return out;
        });
        problems.push(...found.map((p) => `${id}: ${p}`));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${id}: the page scrolls ${overflow} px sideways`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('the monitor page shows the headline figures with a small chart each and lists every chapter and figure', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/monitor/${year}/`);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const id of [...chapterIds, ...figureIds]) expect(links).toContain(`/monitor/${year}/${id}/`);
    await expect(page.locator('.figure-card').count()).resolves.toBe(figureIds.length);
    await expect(page.locator('.figure-card svg[role="img"]').count()).resolves.toBe(figureIds.length);
    await expect(page.locator('.monitor-highlights .figure-card').first().textContent()).resolves.toMatch(/Gemeenten\s*6,1/);
    await page.goto(`${base}/monitor/${year}/vertrouwen-en-partnerschap/#relatietype`);
    await expect(page.locator('#relatietype svg[role="img"]:visible').count()).resolves.toBe(1);
    await page.close();
  });

  const axePaths = [
    `/monitor/${year}/`,
    `/monitor/${year}/data/`,
    `/embed/monitor/${year}/relatietype/`,
    `/embed/monitor/${year}/rapportcijfers/?thema=donker`,
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
    }, 240_000);
  }
});
