import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sourceWords } from './nearCopy';
import { repoRoot } from './run';
import { magazine, needsPrint } from './source';
import { formalAddress, type PersonEntry, repeatedStockPhrases, smallNumerals, stockPhrases, unanchoredNow, unprintedRoles } from './styleRules';

/** The house style in docs/redactiegids.md ("Schrijfstijl"), applied to every content file. */

interface Entry {
  file: string;
  /** What a reader reads: title, lead or description, alt text, people, and the body as running text. */
  text: string;
  /** Only the body, for "is this person named in the piece?". */
  body: string;
  people: PersonEntry[];
}

const folders = ['articles', 'actions', 'monitor-chapters', 'pages'];

/** MDX as running text: no components, no link targets, no code, entities as characters. */
const prose = (mdx: string) =>
  mdx
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/[[\]*_]/g, '');

function entries(root = join(repoRoot, 'content')): Entry[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const file = `content/${folder}/${f}`;
        const raw = readFileSync(join(root, folder, f), 'utf8');
        const [, front = '', body = ''] = raw.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/) ?? [];
        const data = (yaml.load(front) ?? {}) as Record<string, unknown> & {
          hero?: { alt?: string };
          people?: PersonEntry[];
          interviewee?: PersonEntry;
          course?: { name?: string; format?: string };
        };
        const people = [...(data.people ?? []), ...(data.interviewee ? [data.interviewee] : [])];
        const fields = [data.title, data.lead, data.description, data.activity, data.hero?.alt, data.course?.name, data.course?.format];
        const roles = people.flatMap((p) => [p.role, p.organisation]);
        const text = [...fields, ...roles].filter((v): v is string => typeof v === 'string').join('\n\n');
        return { file, text: `${text}\n\n${prose(body)}`, body: prose(body), people };
      }),
  );
}

const content = entries();
const each = (rule: (text: string) => string[]) => content.flatMap(({ file, text }) => rule(text).map((found) => `${file}: ${found}`));

describe('the content follows the house style (docs/redactiegids.md, "Schrijfstijl")', () => {
  it('reads every content file', () => {
    expect(content.length).toBeGreaterThan(20);
  });

  it('addresses the reader as "je", never as "u" or "uw"', () => {
    expect(each(formalAddress), 'write "je" and "jouw"').toEqual([]);
  });

  it('writes numbers under twenty in words in running text (figures, dates, page numbers and names keep their digits)', () => {
    expect(each(smallNumerals), 'write "twaalf buurten", "één trainingsdag"').toEqual([]);
  });

  it('ties every "now" to the edition: "inmiddels", "nu", "dit jaar" only with a year or "toen"', () => {
    expect(each(unanchoredNow), 'for example "toen het magazine in 2025 verscheen" or "in 2025"').toEqual([]);
  });

  it(`uses each stock phrase at most once in the edition (${stockPhrases.length} phrases)`, () => {
    expect(repeatedStockPhrases(content)).toEqual([]);
  });

  it('lists only people the piece itself names', () => {
    const unnamed = content.flatMap(({ file, body, people }) =>
      people.filter((p) => !body.includes(p.name)).map((p) => `${file}: ${p.name} is listed but not named in the text`),
    );
    expect(unnamed).toEqual([]);
  });

  it.skipIf(!magazine)(`gives people only the roles and organisations the magazine prints next to their name${needsPrint}`, () => {
    const printed = sourceWords(magazine?.text ?? '');
    expect(content.flatMap(({ file, people }) => people.flatMap((p) => unprintedRoles(p, printed).map((f) => `${file}: ${f}`)))).toEqual([]);
  });
});

describe('each style rule catches what it is for (the rules can fail)', () => {
  it('"u" and "uw" (the old 404 text)', () => {
    expect(formalAddress('Zo vindt u toch wat u zocht, met uw zoekterm.')).toHaveLength(3);
    expect(formalAddress('Zo vind je toch wat je zocht. Uwe, uur en nu tellen niet.')).toEqual([]);
  });

  it('digits under twenty, but not figures, dates, pages, steps, scores or names', () => {
    expect(smallNumerals('De training bestaat uit 1 trainingsdag en 6 intervisiebijeenkomsten, samen met 12 buurtteams.')).toHaveLength(3);
    expect(
      smallNumerals(
        'Op 17 april 2025 gaf 9 % een 6,1; zie pagina 8, pagina’s 8–10, trede 4 of 5, een 2-0 achterstand, Bles2032, CO2 en 110-Morgen; 20 kernen.',
      ),
    ).toEqual([]);
  });

  it('"now" without an anchor (the old texts), and anchored ones', () => {
    expect(unanchoredNow('Het project loopt inmiddels anderhalf jaar. Dit jaar is de uitkomst zorgelijk. Het buurtteam werkt daar nu druk aan.')).toHaveLength(
      3,
    );
    expect(
      unanchoredNow(
        'Toen het magazine in 2025 verscheen, liep het project anderhalf jaar. Of het nu gaat om energie of groen: samen lukt het. De vraag was toen: wat nu?',
      ),
    ).toEqual([]);
  });

  it('a stock phrase used twice (the old Vijfhuizen and Beilen texts)', () => {
    const found = repeatedStockPhrases([
      { file: 'vijfhuizen', text: 'Het resultaat mag er zijn: drie buurtteams.' },
      { file: 'beilen', text: 'Het resultaat mag er zijn: ruim 100 huishoudens.' },
    ]);
    expect(found).toEqual(['"het resultaat mag er zijn" 2 times: vijfhuizen, beilen']);
  });

  it.skipIf(!magazine)(`roles the print does not give (the old people lists)${needsPrint}`, () => {
    const printed = sourceWords(magazine?.text ?? '');
    expect(unprintedRoles({ name: 'Floris Baggerman', role: 'medewerker', organisation: 'Buurkracht' }, printed)).toHaveLength(1);
    expect(unprintedRoles({ name: 'Rob van Diemen', role: 'buurtteamlid' }, printed)).toHaveLength(1);
    expect(unprintedRoles({ name: 'Marja de Vries', role: 'actieve dorpsbewoner' }, printed)).toHaveLength(1);
    expect(unprintedRoles({ name: 'Marjan Hendriks', role: 'buurtbegeleider', organisation: 'Buurkracht' }, printed)).toHaveLength(1);
    expect(unprintedRoles({ name: 'Wilko Everts', role: 'buurtteamlid', organisation: 'buurtteam Westerbork' }, printed)).toHaveLength(1);
    expect(unprintedRoles({ name: 'Floris Bagerman' }, printed)).toHaveLength(1);
    expect(unprintedRoles({ name: 'Wim Twigt', role: 'buurtteamlid vanaf het eerste uur' }, printed)).toEqual([]);
  });
});
