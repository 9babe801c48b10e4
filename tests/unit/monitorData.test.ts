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

  it('has every multi-year distribution summing to 100 ± 2 per audience and year', () => {
    const m = monitor.parse(raw());
    for (const d of m.distributions) {
      for (const a of ['gemeenten', 'bewoners'] as const) {
        for (const y of ['2025', '2024', '2023'] as const) {
          const sum = d.answers.reduce((s, ans) => s + ans.values[a][y], 0);
          expect(Math.abs(sum - 100), `${d.id} ${a} ${y} = ${sum}`).toBeLessThanOrEqual(2);
        }
      }
    }
    for (const a of ['gemeenten', 'bewoners'] as const) expect(m.ladder.shares[a].reduce((x, y) => x + y, 0)).toBe(100);
  });

  it('keeps the magazine table figure where the prose rounds differently', () => {
    const m = monitor.parse(raw());
    const partner = m.distributions.find((d) => d.id === 'relatietype')?.answers.find((a) => a.id === 'partnerschap');
    expect(partner?.values.gemeenten['2025']).toBe(39);
    expect(partner?.values.bewoners['2025']).toBe(27);
    expect(partner?.prose).toEqual({ gemeenten: 40, bewoners: 25 });
  });

  it('rejects a grade above 10', () => {
    const d = raw();
    d.grades[0].values.gemeenten['2025'] = 11;
    expect(errors(d).join('\n')).toMatch(/grades\.0\.values\.gemeenten\.2025.*tussen 1 en 10/);
  });

  it('rejects a grade below 1', () => {
    const d = raw();
    d.grades[1].values.bewoners['2025'] = 0.5;
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

  it('rejects a missing year in a table', () => {
    const d = raw();
    delete d.distributions[1].answers[2].values.bewoners['2023'];
    expect(errors(d).join('\n')).toMatch(/distributions\.1\.answers\.2\.values\.bewoners\.2023/);
  });

  it('rejects a missing audience', () => {
    const d = raw();
    delete d.grades[2].values.gemeenten;
    expect(errors(d).join('\n')).toMatch(/grades\.2\.values\.gemeenten/);
  });

  it('rejects a grade year that is silently left out instead of marked absent with a reason', () => {
    const d = raw();
    delete d.grades[1].values.bewoners['2024'];
    expect(errors(d).join('\n')).toMatch(/grades\.1\.values\.bewoners\.2024/);
  });

  it('rejects a figure pointing at a distribution that does not exist', () => {
    const d = raw();
    d.figures[2].distribution = 'bestaat-niet';
    expect(errors(d).join('\n')).toMatch(/onbekende verdeling/);
  });
});
