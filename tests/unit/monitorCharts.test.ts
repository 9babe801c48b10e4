import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { outlinedSvg, toPng } from '../../src/lib/charts/toPng';
import { toSvg } from '../../src/lib/charts/toSvg';
import { formatNumber, formatPercent } from '../../src/lib/format';
import { toCsv, toExcelCsv } from '../../src/lib/monitor/csv';
import { figures } from '../../src/lib/monitor/figures';
import { allRows } from '../../src/lib/monitor/rows';
import { monitor } from '../../src/schemas/monitor';

const m = monitor.parse(yaml.load(readFileSync('content/monitor/2025.yaml', 'utf8')));
const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((x) => x[1] ?? '');
const shown = (v: number, unit: string) => (unit === 'percent' ? formatPercent(v) : formatNumber(v, 1));

describe('monitor charts', () => {
  for (const f of figures(m)) {
    it.each(['scene', 'narrowScene'] as const)(`${f.id}: the SVG prints every value of the figure as text (%s)`, (layout) => {
      const svg = toSvg(f[layout], { idPrefix: f.id, title: f.title, description: f.description });
      const texts = svgTexts(svg).join('\n');
      const own = f.rows.filter((r) => !(r.unit === 'grade' && r.year !== m.year));
      expect(own.length).toBeGreaterThan(0);
      for (const r of own) expect(texts, `${r.audience} ${r.answer} ${r.year}`).toContain(shown(r.value, r.unit));
    });

    it(`${f.id}: the SVG is an image with an accessible name and description`, () => {
      const svg = toSvg(f.scene, { idPrefix: f.id, title: f.title, description: f.description });
      expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="[^"]+-titel"[^>]*aria-describedby="[^"]+-beschrijving"/);
      expect(svg).toContain(`<title id="${f.id}-titel">`);
      expect(svg).toContain(`<desc id="${f.id}-beschrijving">`);
    });
  }

  it('the grades chart draws the 5,5 pass mark and says which grades the magazine does not give', () => {
    const f = figures(m).find((x) => x.id === 'rapportcijfers');
    if (!f) throw new Error('no grades figure');
    const texts = svgTexts(toSvg(f.scene, { idPrefix: 'x', title: 't', description: 'd' }));
    expect(texts).toContain('5,5 = voldoende');
    expect(texts.filter((t) => t === 'niet vermeld')).toHaveLength(2);
  });

  it('the relationship figure says the table wins over the prose (39 % not 40 %)', () => {
    const f = figures(m).find((x) => x.id === 'relatietype');
    expect(f?.notes.join(' ')).toMatch(/noemt 40\u00a0%, de tabel 39\u00a0%/);
    expect(f?.notes.join(' ')).toMatch(/noemt 25\u00a0%, de tabel 27\u00a0%/);
  });

  it('the PNG is drawn with outlined text, so it needs no installed fonts', async () => {
    const [f] = figures(m);
    if (!f) throw new Error('no figures');
    const svg = await outlinedSvg(f.scene);
    expect(svg).not.toContain('<text');
    const png = await toPng(f.scene);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('monitor open data', () => {
  const rows = allRows(m);
  it('has the exact columns and only the two audiences and three units', () => {
    const csv = toCsv(rows);
    expect(csv.split('\r\n')[0]).toBe('year,audience,question,answer,value,unit');
    expect(new Set(rows.map((r) => r.audience))).toEqual(new Set(['gemeenten', 'bewoners']));
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(['percent', 'grade', 'step']));
  });

  it('writes dot decimals in the CSV and decimal commas with a BOM in the Excel CSV', () => {
    expect(toCsv(rows)).toContain('2025,bewoners,samenwerkingsladder,gemiddelde,2.4,step');
    const excel = toExcelCsv(rows);
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    expect(excel).toContain('2025;bewoners;samenwerkingsladder;gemiddelde;2,4;step');
  });

  it('holds every table value: 5 answers × 3 years × 2 audiences per distribution', () => {
    for (const d of m.distributions) expect(rows.filter((r) => r.question === d.id)).toHaveLength(30);
    expect(rows.filter((r) => r.question === 'samenwerkingsladder')).toHaveLength(12);
  });
});
