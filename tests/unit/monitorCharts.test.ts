import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { textBox } from '../../src/lib/charts/layout';
import type { Scene } from '../../src/lib/charts/scene';
import { outlinedSvg, toPng } from '../../src/lib/charts/toPng';
import { toSvg } from '../../src/lib/charts/toSvg';
import { formatNumber, formatPercent } from '../../src/lib/format';
import { type Layout, layouts } from '../../src/lib/monitor/figure';
import { figures } from '../../src/lib/monitor/figures';
import { monitor } from '../../src/schemas/monitor';

const m = monitor.parse(yaml.load(readFileSync('content/monitor/2025.yaml', 'utf8')));
const all = figures(m);
const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((x) => x[1] ?? '');
const shown = (v: number, unit: string) => (unit === 'percent' ? formatPercent(v) : formatNumber(v, 1));
const layoutNames = Object.keys(layouts) as Layout[];
const byId = (id: string) => {
  const f = all.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const textMarks = (s: Scene) => s.marks.flatMap((mk) => (mk.t === 'text' ? [mk] : []));

describe('monitor charts', () => {
  for (const f of all) {
    it.each(layoutNames)(`${f.id}: the %s layout prints every value of the figure as text`, (layout) => {
      const texts = svgTexts(toSvg(f.charts[layout], { idPrefix: f.id, title: f.title, description: f.description })).join('\n');
      expect(f.rows.length).toBeGreaterThan(0);
      for (const r of f.rows) expect(texts, `${r.audience} ${r.answer} ${r.year}`).toContain(shown(r.value, r.unit));
    });

    it.each(layoutNames)(
      `${f.id}: the %s layout is as wide as it is shown, keeps its labels inside and never draws a reference line through text`,
      (layout) => {
        const scene = f.charts[layout];
        expect(scene.width).toBe(layout === 'wide' ? layouts.wide : layouts[layout]);
        const lines = scene.marks.flatMap((mk) => (mk.t === 'line' && mk.cls === 'reference' ? [mk] : []));
        for (const t of textMarks(scene)) {
          const b = textBox(t);
          expect(b.x0, t.text).toBeGreaterThanOrEqual(-0.5);
          expect(b.x1, `${t.text} ends at ${Math.round(b.x1)} of ${scene.width}`).toBeLessThanOrEqual(scene.width + 0.5);
          for (const l of lines) {
            const crosses = b.x0 <= l.x1 && b.x1 >= l.x1 && b.y0 < Math.max(l.y1, l.y2) && b.y1 > Math.min(l.y1, l.y2);
            expect(crosses, `the reference line crosses "${t.text}"`).toBe(false);
          }
        }
      },
    );

    it(`${f.id}: text is at least 12 px wherever a layout is shown (narrow from 280 px, medium from 500, wide from 860)`, () => {
      const narrowest = { narrow: 280, medium: 500, wide: 860 } as const;
      for (const layout of layoutNames) {
        const scale = narrowest[layout] / layouts[layout];
        for (const t of textMarks(f.charts[layout])) expect(t.size * scale, `${layout}: ${t.text}`).toBeGreaterThanOrEqual(12);
      }
    });

    it(`${f.id}: the SVG is an image with an accessible name and description`, () => {
      const svg = toSvg(f.charts.wide, { idPrefix: f.id, title: f.title, description: f.description });
      expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="[^"]+-titel"[^>]*aria-describedby="[^"]+-beschrijving"/);
      expect(svg).toContain(`<title id="${f.id}-titel">`);
      expect(svg).toContain(`<desc id="${f.id}-beschrijving">`);
    });
  }

  it('the grades chart draws the 5,5 pass mark and says, with a footnote, which grades were not published', () => {
    const f = byId('rapportcijfers');
    for (const layout of layoutNames) {
      const texts = svgTexts(toSvg(f.charts[layout], { idPrefix: 'x', title: 't', description: 'd' }));
      expect(texts).toContain('5,5 = voldoende');
      expect(texts.filter((t) => t === 'niet vermeld²')).toHaveLength(2);
    }
    expect(f.notes).toEqual([
      'Voor 2024 is alleen een cijfer voor beide groepen samen bekend: 6,4. In 2024 gaven gemeenten de samenwerking een iets hoger cijfer dan bewoners; die cijfers per groep zijn niet gepubliceerd.',
      'Voor gemeenten is bij dit aspect geen cijfer gepubliceerd.',
    ]);
    expect(f.table.rows.map((r) => [r.header, r.notes, r.cells.map((c) => c.notes)])).toEqual([
      ['Algemene waardering van de samenwerking', [1], [[], []]],
      ['Onderling vertrouwen', [], [[], []]],
      ['Proactief en vroegtijdig betrekken bij plannen', [], [[2], []]],
      ['Inbreng van bewoners meegenomen in plannen', [], [[2], []]],
      ['Vernieuwend samenwerken', [], [[], []]],
      ['Doelen, activiteiten en rolverdeling vastgelegd', [], [[], []]],
    ]);
  });

  it('the relationship figure notes, on the partnership row, that the prose says 40 % and 25 % and the table 39 % and 27 %', () => {
    const f = byId('relatietype');
    expect(f.notes).toHaveLength(1);
    expect(f.notes[0]).toMatch(/40\u00a0% \(gemeenten\) en 25\u00a0% \(bewoners\); de tabel geeft 39\u00a0% en 27\u00a0%/);
    expect(f.notes[0]).not.toMatch(/afrond/);
    expect(f.table.rows.find((r) => r.notes.length)?.header).toMatch(/gelijkwaardige partners/);
    expect(svgTexts(toSvg(f.charts.narrow, { idPrefix: 'x', title: 't', description: 'd' }))).toContain('Partnerschap¹');
  });

  it('notes speak to the reader about the figures, never about how the site was made', () => {
    for (const f of all) for (const n of f.notes) expect(n).not.toMatch(/De tekst geeft|op deze site|overgenomen|wij volgen/i);
  });

  it('year-over-year charts list the years oldest first, the newest in the strongest colour', () => {
    const f = byId('relatietype');
    const years = textMarks(f.charts.narrow)
      .map((t) => t.text)
      .filter((t) => /^\d{4}$/.test(t));
    expect(years.slice(0, 3)).toEqual(['2023', '2024', '2025']);
    const rect2025 = f.charts.narrow.marks.find((mk) => mk.t === 'rect');
    expect(rect2025?.cls).toBe('seq-3');
    expect(f.table.columns.slice(0, 3).map((c) => c.label)).toEqual(['2023', '2024', '2025']);
  });

  it('the ladder keeps its average in a row and a question of its own', () => {
    const f = byId('samenwerkingsladder');
    expect(f.table.rows.at(-1)).toMatchObject({ header: 'Gemiddelde trede (1-5)', unit: 'step' });
    expect(new Set(f.rows.filter((r) => r.unit === 'step').map((r) => r.question))).toEqual(new Set(['samenwerkingsladder-gemiddelde']));
  });

  it('the PNG is drawn with outlined text, so it needs no installed fonts', async () => {
    const [f] = all;
    if (!f) throw new Error('no figures');
    const svg = await outlinedSvg(f.charts.wide);
    expect(svg).not.toContain('<text');
    const png = await toPng(f.charts.wide);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('years come from the data', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.(ts|astro|js|mjs|css)$/.test(n) ? [join(dir, n)] : []));

  it('no source file names a monitor year as a key, class or literal', () => {
    const hits = files('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /['"`-]20(23|24|25)\b|\b20(23|24|25)['"`]/.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });

  it('the chart primitives know nothing of the monitor: no imports from it, no audience or year classes', () => {
    for (const file of files('src/lib/charts')) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from '[^']*(monitor|schemas)[^']*'/);
      expect(text, file).not.toMatch(/gemeenten|bewoners|bar-20/);
    }
  });
});
