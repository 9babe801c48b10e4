import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { toPng } from '../../src/lib/charts/toPng';
import { rowsCsv, tableCsv, tableHeader } from '../../src/lib/monitor/csv';
import { dataPackage } from '../../src/lib/monitor/datapackage';
import { datasetJsonLd } from '../../src/lib/monitor/datasetLd';
import { allRows, citation, figures, termsLine } from '../../src/lib/monitor/figures';
import { figureFile } from '../../src/lib/monitor/files';
import { chosenLicence, reuseTerms } from '../../src/lib/monitor/licence';
import { pngText, withPngText } from '../../src/lib/monitor/png';
import { monitor } from '../../src/schemas/monitor';
import { csvRecords, parseCsv, type TableSchema, validateRows } from './monitorTableSchema';

const m = monitor.parse(yaml.load(readFileSync('content/monitor/2025.yaml', 'utf8')));
const rows = allRows(m);
const pkg = dataPackage(m) as {
  resources: { name: string; path: string; dialect?: { delimiter: string }; schema: TableSchema }[];
  licenses: { name: string }[];
};
const resource = (name: string) => {
  const r = pkg.resources.find((x) => x.name === name);
  if (!r) throw new Error(`no resource ${name}`);
  return r;
};

describe('tidy open data', () => {
  it('holds one unit per year, audience and question, so no total mixes units', () => {
    const units = new Map<string, Set<string>>();
    for (const r of rows) {
      const key = `${r.year} ${r.audience} ${r.question}`;
      units.set(key, (units.get(key) ?? new Set()).add(r.unit));
    }
    expect([...units].filter(([, u]) => u.size > 1).map(([k]) => k)).toEqual([]);
  });

  it('has shares that add up to 100 ± 2 for every distribution and the ladder, per year and audience', () => {
    const sums = new Map<string, number>();
    for (const r of rows.filter((x) => x.unit === 'percent' && x.question !== 'toekomstbeeld')) {
      const key = `${r.year} ${r.audience} ${r.question}`;
      sums.set(key, (sums.get(key) ?? 0) + r.value);
    }
    expect(sums.size).toBe(2 + 3 * 3 * 2);
    for (const [k, s] of sums) expect(Math.abs(s - 100), k).toBeLessThanOrEqual(2);
  });

  it('keeps the columns year,audience,question,answer,value,unit and every table value', () => {
    expect(rowsCsv(rows).split('\r\n')[0]).toBe('year,audience,question,answer,value,unit');
    for (const d of m.distributions) expect(rows.filter((r) => r.question === d.id)).toHaveLength(d.answers.length * m.years.length * 2);
    expect(rows.filter((r) => r.question === 'samenwerkingsladder')).toHaveLength(10);
    expect(rows.filter((r) => r.question === 'samenwerkingsladder-gemiddelde').map((r) => [r.audience, r.value, r.unit])).toEqual([
      ['gemeenten', 3.1, 'step'],
      ['bewoners', 2.4, 'step'],
    ]);
  });

  it('writes dot decimals in data.csv and decimal commas with a BOM and semicolons in its Excel twin', () => {
    expect(rowsCsv(rows)).toContain('2025,bewoners,samenwerkingsladder-gemiddelde,gemiddelde,2.4,step');
    const excel = rowsCsv(rows, 'excel');
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    expect(excel).toContain('2025;bewoners;samenwerkingsladder-gemiddelde;gemiddelde;2,4;step');
    const parsed = parseCsv(excel.slice(1), ';').slice(1);
    expect(parsed.map((c) => Number(c[4]?.replace(',', '.')))).toEqual(rows.map((r) => r.value));
  });
});

describe('per-figure tables as CSV', () => {
  for (const f of figures(m)) {
    it(`${f.id}: the CSV is the table on the page, row for row, with Dutch headings, and its Excel twin parses with ; and decimal commas`, () => {
      const plain = parseCsv(tableCsv(f.table, f.notes, 'plain'), ',');
      expect(plain[0]).toEqual(tableHeader(f.table));
      expect(plain[0]?.[0]).toBe(f.table.rowHeader);
      expect(plain.slice(1).map((r) => r[0])).toEqual(f.table.rows.map((r) => r.header));
      const excelText = tableCsv(f.table, f.notes, 'excel', ['Bron: x', 'Voorwaarden: y']);
      expect(excelText.charCodeAt(0)).toBe(0xfeff);
      const excel = parseCsv(excelText.slice(1), ';');
      const body = excel.slice(1, 1 + f.table.rows.length);
      body.forEach((cells, i) => {
        const want = f.table.rows[i]?.cells.map((c) => (c.value === null ? '' : String(c.value))) ?? [];
        const got = cells.slice(1, 1 + want.length).map((c) => (c === '' ? '' : String(Number(c.replace(',', '.')))));
        expect(got).toEqual(want);
        for (const c of cells.slice(1, 1 + want.length)) expect(c).not.toMatch(/\./);
      });
      expect(excel.slice(1 + f.table.rows.length).flat()).toEqual(expect.arrayContaining(['Bron: x', 'Voorwaarden: y']));
    });
  }

  it('a row carries its footnote in words', () => {
    const f = figures(m).find((x) => x.id === 'rapportcijfers');
    if (!f) throw new Error('no grades figure');
    const csv = parseCsv(tableCsv(f.table, f.notes, 'plain'), ',');
    expect(csv[3]).toEqual([
      'Proactief en vroegtijdig betrekken bij plannen',
      '',
      '4.6',
      'rapportcijfer (1-10)',
      'Voor gemeenten is bij dit aspect geen cijfer gepubliceerd.',
    ]);
  });
});

describe('datapackage.json', () => {
  it('describes data.csv, its Excel twin and data.json, and every row of each validates against it', () => {
    const checks = [
      { name: 'data', text: rowsCsv(rows), delimiter: ',' },
      { name: 'data-excel', text: rowsCsv(rows, 'excel'), delimiter: ';' },
    ];
    for (const c of checks) {
      const r = resource(c.name);
      expect(r.dialect?.delimiter).toBe(c.delimiter);
      const { records, problems } = csvRecords(c.text, c.delimiter, r.schema);
      expect(records).toHaveLength(rows.length);
      expect([...problems, ...validateRows(r.schema, records)]).toEqual([]);
    }
    expect(validateRows(resource('data-json').schema, rows as unknown as Record<string, unknown>[])).toEqual([]);
  });

  it('the check catches a wrong unit, a dot in the Excel twin and a repeated key', () => {
    const broken = rowsCsv([{ ...rows[0], unit: 'procent' } as never, rows[0] as never, rows[0] as never], 'excel').replace('6,1', '6.1');
    const r = resource('data-excel');
    const { records } = csvRecords(broken, ';', r.schema);
    const problems = validateRows(r.schema, records).join('\n');
    expect(problems).toMatch(/unit: "procent" is not one of/);
    expect(problems).toMatch(/uses a dot/);
    expect(problems).toMatch(/primary key .* repeats/);
  });
});

describe('terms of reuse are one setting', () => {
  it('until the publisher chooses, nothing claims an open licence', async () => {
    expect(chosenLicence).toBeNull();
    const f = figures(m)[0];
    if (!f) throw new Error('no figures');
    const outputs = [
      JSON.stringify(pkg),
      JSON.stringify(datasetJsonLd(m, 'x')),
      termsLine(m),
      citation(m, f),
      String(await figureFile(m, f, 'svg')),
      String(await figureFile(m, f, 'json')),
      String(await figureFile(m, f, 'excel')),
    ];
    for (const o of outputs) expect(o).not.toMatch(/CC[ -]BY|creativecommons|CC0/i);
    expect(termsLine(m)).toMatch(/Citeren met bronvermelding mag; voor ander hergebruik is toestemming nodig \(support@buurkracht\.nl\)/);
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'other-closed' })]);
    expect(datasetJsonLd(m, 'x')).not.toHaveProperty('license');
  });

  it('choosing CC BY 4.0 grants it in words and links', () => {
    const t = reuseTerms(m.publisher, 'CC-BY-4.0');
    expect(t.line).toBe('Licentie: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.nl)');
    expect(t.statement).toMatch(/Naamsvermelding 4\.0/);
  });

  it('the PNG carries title, source and terms as text chunks', async () => {
    const png = withPngText(await toPng({ width: 10, height: 10, marks: [] }), { Title: 'Kop', Copyright: termsLine(m) });
    expect(pngText(png)).toEqual({ Title: 'Kop', Copyright: termsLine(m) });
  });
});

describe('citations', () => {
  it('cite the monitor and what the figure shows, and mark the headline as the website’s own', () => {
    const f = figures(m).find((x) => x.id === 'relatietype');
    if (!f) throw new Error('no relatietype');
    const c = citation(m, f);
    expect(c).toMatch(/^Stichting Buurkracht \(2025\)\. De nationale buurkracht monitor 2025: type relatie: antwoorden van gemeenten en bewoners/);
    expect(c).toContain('Online figuur met de kop “Steeds minder gemeenten zien zich als partner” (kop van Buurkracht Magazine)');
    expect(c).not.toMatch(/\. Steeds minder gemeenten zien zich als partner\. In:/);
  });
});
