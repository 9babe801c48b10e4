import type { Monitor } from '../../schemas/monitor';
import { site } from '../site';
import { absolute, paths } from '../urls';

/** schema.org Dataset for the data page, so dataset search engines find the files. */
export function datasetJsonLd(m: Monitor, description: string): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: m.publisher, url: site.publisher.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: m.title,
    description,
    url: absolute(paths.monitorDataPage(m.year), site.origin),
    inLanguage: site.locale,
    license: m.licence.url,
    creator: publisher,
    publisher,
    temporalCoverage: `${m.year - 2}/${m.year}`,
    spatialCoverage: { '@type': 'Place', name: 'Nederland' },
    variableMeasured: ['year', 'audience', 'question', 'answer', 'value', 'unit'],
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absolute(paths.monitorData(m.year, 'csv'), site.origin) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absolute(paths.monitorData(m.year, 'json'), site.origin) },
    ],
  };
}
