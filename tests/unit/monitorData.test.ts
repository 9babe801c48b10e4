import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { monitor } from '../../src/schemas/monitor';

// biome-ignore lint/suspicious/noExplicitAny: the tests break the raw YAML at arbitrary paths on purpose.
const raw = () => yaml.load(readFileSync('content/monitor/2025.yaml', 'utf8')) as Record<string, any>;
const errors = (data: unknown) => {
  const r = monitor.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the 2025 monitor data', () => {
  it('passes every rule as published', () => {
    expect(errors(raw())).toEqual([]);
  });

  it('has every multi-year distribution summing to 100 ± 2 per audience and year, for each of its years', () => {
    const m = monitor.parse(raw());
    expect(m.years).toEqual([2023, 2024, 2025]);
    for (const d of m.distributions) {
      for (const a of ['gemeenten', 'bewoners'] as const) {
        for (const y of m.years) {
          const sum = d.answers.reduce((s, ans) => s + (ans.values[a][String(y)] ?? Number.NaN), 0);
          expect(Math.abs(sum - 100), `${d.id} ${a} ${y} = ${sum}`).toBeLessThanOrEqual(2);
        }
      }
    }
    for (const a of ['gemeenten', 'bewoners'] as const) expect(m.ladder.shares[a].reduce((x, y) => x + y, 0)).toBe(100);
  });

  it('keeps the magazine table figure where the prose gives another number', () => {
    const m = monitor.parse(raw());
    const partner = m.distributions.find((d) => d.id === 'relatietype')?.answers.find((a) => a.id === 'partnerschap');
    expect(partner?.values.gemeenten['2025']).toBe(39);
    expect(partner?.values.bewoners['2025']).toBe(27);
    expect(partner?.prose).toEqual({ gemeenten: 40, bewoners: 25 });
  });

  it('has the printed grades, ladder and averages', () => {
    const m = monitor.parse(raw());
    const g = Object.fromEntries(m.grades.map((x) => [x.id, x.values]));
    expect(g.algemeen).toEqual({ gemeenten: 6.1, bewoners: 6.1 });
    expect(g.vertrouwen).toEqual({ gemeenten: 5.2, bewoners: 4.7 });
    expect(g['vroegtijdig-betrekken']?.bewoners).toBe(4.6);
    expect(g['inbreng-meegenomen']?.bewoners).toBe(5.6);
    expect(g['vernieuwend-samenwerken']).toEqual({ gemeenten: 6.4, bewoners: 4.9 });
    expect(g['afspraken-vastgelegd']).toEqual({ gemeenten: 5.3, bewoners: 4.7 });
    expect(m.grades[0]?.bothGroups).toEqual({ '2024': 6.4 });
    expect(m.ladder.shares).toEqual({ gemeenten: [9, 25, 25, 34, 7], bewoners: [34, 19, 25, 18, 4] });
    expect(m.ladder.averages).toEqual({ gemeenten: 3.1, bewoners: 2.4 });
    expect(m.ladder.averageRange).toEqual({ '2024': { min: 2.6, max: 3.25 } });
  });

  it('rejects a grade above 10', () => {
    const d = raw();
    d.grades[0].values.gemeenten = 11;
    expect(errors(d).join('\n')).toMatch(/grades\.0\.values\.gemeenten.*tussen 1 en 10/);
  });

  it('rejects a grade below 1', () => {
    const d = raw();
    d.grades[1].values.bewoners = 0.5;
    expect(errors(d).join('\n')).toMatch(/tussen 1 en 10/);
  });

  it('rejects a distribution that does not sum to 100 ± 2, naming it', () => {
    const d = raw();
    d.distributions[0].answers[0].values.gemeenten['2024'] = 20;
    expect(errors(d).join('\n')).toMatch(/Type relatie, gemeenten, 2024 telt op tot 112 %/);
  });

  it('rejects a ladder whose steps do not sum to 100 ± 2', () => {
    const d = raw();
    d.ladder.shares.bewoners = [34, 19, 25, 18, 10];
    expect(errors(d).join('\n')).toMatch(/samenwerkingsladder, bewoners telt op tot 106 %/);
  });

  it('rejects a ladder that contradicts the printed 59 % / 78 %', () => {
    const d = raw();
    d.ladder.printedUpToStep3.gemeenten = 65;
    expect(errors(d).join('\n')).toMatch(/trede 1-3 van gemeenten telt op tot 59 %/);
  });

  it('rejects a missing year in a table, naming the cell', () => {
    const d = raw();
    delete d.distributions[1].answers[2].values.bewoners['2023'];
    expect(errors(d).join('\n')).toMatch(/distributions\.1\.answers\.2\.values\.bewoners\.2023: het cijfer voor 2023 ontbreekt/);
  });

  it('rejects a year in a table that years does not list', () => {
    const d = raw();
    d.distributions[0].answers[0].values.gemeenten['2022'] = 5;
    expect(errors(d).join('\n')).toMatch(/values\.gemeenten\.2022: 2022 staat niet in years/);
  });

  it('rejects years without the monitor year, or with a later one', () => {
    const d = raw();
    d.years = [2022, 2023, 2024];
    expect(errors(d).join('\n')).toMatch(/years moet het monitorjaar 2025 bevatten/);
    d.years = [2024, 2025, 2026];
    expect(errors(d).join('\n')).toMatch(/geen jaar na het monitorjaar/);
  });

  it('rejects a missing audience', () => {
    const d = raw();
    delete d.grades[2].values.gemeenten;
    expect(errors(d).join('\n')).toMatch(/grades\.2\.values\.gemeenten/);
  });

  it('rejects an absent grade without a reason for the reader', () => {
    const d = raw();
    d.grades[2].values.gemeenten = { absent: '' };
    expect(errors(d).join('\n')).toMatch(/grades\.2\.values\.gemeenten/);
  });

  it('rejects a figure pointing at a distribution that does not exist, and a focus that is not its answer', () => {
    const d = raw();
    d.figures[2].distribution = 'bestaat-niet';
    expect(errors(d).join('\n')).toMatch(/onbekende verdeling/);
    const e = raw();
    e.figures[2].focus = 'informatie-website';
    expect(errors(e).join('\n')).toMatch(/figures\.2\.focus: "informatie-website" is geen aspect of antwoord/);
  });

  it('rejects a highlight that is not a figure', () => {
    const d = raw();
    d.highlights = ['rapportcijfers', 'bestaat-niet'];
    expect(errors(d).join('\n')).toMatch(/highlights\.1/);
  });
});
