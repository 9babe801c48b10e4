import { site } from './site';
import { absolute } from './urls';

export interface ArticleLd {
  headline: string;
  description: string;
  path: string;
  image: string;
  /** An ISO date, or only the edition's year where print gives no day ("2025"). */
  published: Date | string;
  modified?: Date | undefined;
  /** The printed edition the piece appeared in, e.g. "Buurkracht 2025". */
  edition?: string;
  section: string;
  keywords: string[];
  places: { name: string; municipality: string; lat: number; lon: number }[];
  people: { name: string; role?: string | undefined }[];
}

const publisher = {
  '@type': 'Organization',
  name: site.publisher.name,
  url: site.publisher.url,
};

const iso = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString());

/** schema.org Article for an article or action page. */
export function articleJsonLd(a: ArticleLd): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.headline,
    description: a.description,
    url: absolute(a.path, site.origin),
    mainEntityOfPage: absolute(a.path, site.origin),
    image: absolute(a.image, site.origin),
    datePublished: iso(a.published),
    dateModified: iso(a.modified ?? a.published),
    inLanguage: site.locale,
    articleSection: a.section,
    keywords: a.keywords.join(', '),
    author: publisher,
    publisher,
    ...(a.edition && { isPartOf: { '@type': 'PublicationIssue', name: a.edition, datePublished: iso(a.published) } }),
    ...(a.places.length > 0 && {
      contentLocation: a.places.map((p) => ({
        '@type': 'Place',
        name: p.name,
        address: { '@type': 'PostalAddress', addressLocality: p.name, addressRegion: p.municipality, addressCountry: 'NL' },
        geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon },
      })),
    }),
    ...(a.people.length > 0 && {
      mentions: a.people.map((p) => ({ '@type': 'Person', name: p.name, jobTitle: p.role })),
    }),
  };
}

/** Serialises JSON-LD for a <script> element: "<" is escaped so no text can close the element. */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
