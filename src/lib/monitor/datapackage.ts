/**
 * A Frictionless Data Package descriptor (datapackage.json) for a monitor year: the three files that
 * hold the same rows (data.csv, its Excel twin, data.json), their fields, units, sources and terms.
 * https://specs.frictionlessdata.io/data-package/ — tests check every row of every file against it.
 */
import type { Monitor } from '../../schemas/monitor';
import { audiences } from '../../schemas/monitorValues';
import { site } from '../site';
import { absolute, paths } from '../urls';
import { allRows, sourceLine } from './figures';
import { reuseTerms } from './licence';
import { questionIds, unitLabel } from './rows';
import { yearsOf } from './series';

export function dataPackage(m: Monitor): Record<string, unknown> {
  const rows = allRows(m);
  const terms = reuseTerms(m.publisher);
  const years = yearsOf(m);
  const url = (p: string) => absolute(p, site.origin);
  const units = Object.entries(unitLabel)
    .map(([id, label]) => `${id} = ${label}`)
    .join('; ');
  const fields = (decimalChar: '.' | ',') => [
    { name: 'year', type: 'integer', title: 'Jaar', description: 'Jaar van de meting.', constraints: { required: true, minimum: years[0], maximum: m.year } },
    {
      name: 'audience',
      type: 'string',
      title: 'Doelgroep',
      description: 'Wie antwoordde: gemeenten of bewoners(initiatieven).',
      constraints: { required: true, enum: [...audiences] },
    },
    {
      name: 'question',
      type: 'string',
      title: 'Vraag',
      description: `Vraag of onderdeel, als vaste code. ${questionIds.ladderAverage} is de gemiddelde trede, apart van de aandelen per trede.`,
      constraints: { required: true, enum: [...new Set(rows.map((r) => r.question))] },
    },
    {
      name: 'answer',
      type: 'string',
      title: 'Antwoord',
      description: 'Antwoord, aspect of trede, als vaste code.',
      constraints: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
    },
    {
      name: 'value',
      type: 'number',
      title: 'Waarde',
      description: 'Het getal zoals gepubliceerd, in de eenheid van de kolom unit.',
      decimalChar,
      constraints: { required: true, minimum: 0, maximum: 100 },
    },
    {
      name: 'unit',
      type: 'string',
      title: 'Eenheid',
      description: `Eén eenheid per jaar, doelgroep en vraag. ${units}.`,
      constraints: { required: true, enum: Object.keys(unitLabel) },
    },
  ];
  const schema = (decimalChar: '.' | ',') => ({ fields: fields(decimalChar), primaryKey: ['year', 'audience', 'question', 'answer'] });
  return {
    profile: 'tabular-data-package',
    name: `buurkracht-monitor-${m.year}`,
    title: m.title,
    description: `Alle cijfers van ${m.title}, in nette rijen: één getal per regel, per jaar, doelgroep, vraag en antwoord. ${sourceLine(m)}`,
    homepage: url(paths.monitorDataPage(m.year)),
    language: site.lang,
    // No open licence unless licence.ts grants one: "other-closed" is the Open Definition's id for that.
    licenses: terms.licence
      ? [{ name: terms.licence, title: terms.name, path: terms.url }]
      : [{ name: 'other-closed', title: terms.statement, path: `${url(paths.monitorDataPage(m.year))}#gebruik` }],
    sources: [
      {
        title: m.title,
        path: url(paths.monitor(m.year)),
        description: `${m.publisher}; onderzoek: ${m.researcher}. Magazine, pagina ${m.printPages.from}-${m.printPages.to}.`,
      },
    ],
    contributors: [
      { title: m.publisher, role: 'publisher', path: site.publisher.url, email: site.publisher.email },
      { title: m.researcher, role: 'author' },
    ],
    keywords: ['bewonersinitiatieven', 'gemeenten', 'energietransitie', 'samenwerking', 'buurkracht'],
    temporal: { start: String(years[0]), end: String(m.year) },
    resources: [
      {
        name: 'data',
        path: 'data.csv',
        title: 'Alle cijfers (CSV)',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', header: true },
        schema: schema('.'),
      },
      {
        name: 'data-excel',
        path: 'data-excel.csv',
        title: 'Alle cijfers (CSV voor Nederlandse Excel)',
        description: 'Dezelfde rijen, met een byte order mark, puntkomma als scheidingsteken en een decimale komma.',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ';', header: true },
        schema: schema(','),
      },
      {
        name: 'data-json',
        path: 'data.json',
        title: 'Alle cijfers (JSON)',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema: schema('.'),
      },
    ],
  };
}
