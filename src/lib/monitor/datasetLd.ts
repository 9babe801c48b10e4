import type { Monitor } from '../../schemas/monitor';
import { site } from '../site';
import { absolute, paths } from '../urls';
import { reuseTerms } from './licence';
import { yearsOf } from './series';

/** schema.org Dataset for the data page, so dataset search engines find the files and their terms. */
export function datasetJsonLd(m: Monitor, description: string): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: m.publisher, url: site.publisher.url };
  const terms = reuseTerms(m.publisher);
  const page = absolute(paths.monitorDataPage(m.year), site.origin);
  const file = (format: 'csv' | 'excel' | 'json' | 'datapackage', type: string) => ({
    '@type': 'DataDownload',
    encodingFormat: type,
    contentUrl: absolute(paths.monitorData(m.year, format), site.origin),
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: m.title,
    description,
    url: page,
    inLanguage: site.locale,
    // An open licence only when one is granted (licence.ts); otherwise the terms in words.
    ...(terms.url ? { license: terms.url } : { usageInfo: `${page}#gebruik`, copyrightNotice: terms.statement }),
    copyrightHolder: publisher,
    copyrightYear: m.year,
    creator: publisher,
    publisher,
    temporalCoverage: `${yearsOf(m)[0]}/${m.year}`,
    spatialCoverage: { '@type': 'Place', name: 'Nederland' },
    variableMeasured: ['year', 'audience', 'question', 'answer', 'value', 'unit'],
    distribution: [file('csv', 'text/csv'), file('excel', 'text/csv'), file('json', 'application/json'), file('datapackage', 'application/json')],
  };
}
