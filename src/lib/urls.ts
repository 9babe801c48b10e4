/**
 * The one module that knows every public URL of the site. Pages, feeds, the
 * sitemap, JSON-LD, QR codes and tests ask it; nothing else builds a path.
 *
 * Articles and actions share the top-level namespace (`/<slug>/`) because the
 * printed magazine's QR codes point at top-level paths that must never move.
 */

import { slugProblem } from '../model/slugs.ts';

// The slug rule and the reserved names belong to the content model; re-exported for the site's code.
export { reservedSlugs, slugPattern } from '../model/slugs.ts';

/**
 * Pages that other sites may frame (figure embeds), in `_headers` syntax: `:name` is one path
 * segment, `*` the rest of the path. Every other page refuses to be framed. The host policy
 * (src/lib/hostPolicy) writes this list into the rules of every host; tests/e2e/security.test.ts checks them.
 */
export const embedPathPatterns = ['/embed/*', '/monitor/:year/:figure/embed/*'] as const;

/** Throws, in the content check's words, when a slug cannot be a path segment or collides with a section. */
export function assertSlug(slug: string): string {
  const problem = slugProblem(slug);
  if (problem) throw new Error(`"${slug}" kan geen webadres worden: verwacht ${problem}`);
  return slug;
}

/** The download formats of a monitor figure and their file-name endings. */
export const monitorFileSuffix = {
  svg: '.svg',
  png: '.png',
  csv: '.csv',
  excel: '-excel.csv',
  json: '.json',
} as const;
export type MonitorFileFormat = keyof typeof monitorFileSuffix;

/** The files of a monitor year's full dataset. */
export const monitorDataFiles = { csv: 'data.csv', excel: 'data-excel.csv', json: 'data.json', datapackage: 'datapackage.json' } as const;
export type MonitorDataFormat = keyof typeof monitorDataFiles;

/** Path segments under /monitor/<year>/ that no chapter or figure may take. */
export const monitorReserved = ['data', 'embed'] as const;

/** The id of a place's entry on its municipality's page. */
export function placeAnchor(id: string): string {
  return `plaats-${assertSlug(id)}`;
}

/** Page 1 of a list is the list's own URL; later pages add /2/, /3/… */
function paged(base: string, page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`page ${page} is not a page number`);
  return page === 1 ? base : `${base}${page}/`;
}

export const paths = {
  home: () => '/',
  /** An article or an action: both live at the top level. */
  entry: (slug: string) => `/${assertSlug(slug)}/`,
  articles: (page = 1) => paged('/artikelen/', page),
  actions: (page = 1) => paged('/acties/', page),
  themes: () => '/thema/',
  theme: (id: string, page = 1) => paged(`/thema/${assertSlug(id)}/`, page),
  municipalities: () => '/gemeente/',
  municipality: (id: string, page = 1) => paged(`/gemeente/${assertSlug(id)}/`, page),
  /** Since the map moved onto /gemeente/, this path only forwards there (src/pages/plaatsen.astro). */
  places: () => '/plaatsen/',
  /** A place's entry, with its stories, on the page of its municipality. */
  place: (municipality: string, id: string) => `/gemeente/${assertSlug(municipality)}/#${placeAnchor(id)}`,
  /** Every edition, newest first. */
  editions: () => '/editie/',
  edition: (year: number) => `/editie/${year}/`,
  monitor: (year: number) => `/monitor/${year}/`,
  /** A chapter and a figure share the year's namespace; tests/unit/monitorPaths.test.ts keeps them apart. */
  monitorChapter: (year: number, id: string) => `/monitor/${year}/${assertSlug(id)}/`,
  monitorFigure: (year: number, id: string) => `/monitor/${year}/${assertSlug(id)}/`,
  /** A figure's downloads sit in its own folder, named after it so a saved file keeps its meaning. */
  monitorFigureFile: (year: number, id: string, format: MonitorFileFormat) => `/monitor/${year}/${assertSlug(id)}/${id}${monitorFileSuffix[format]}`,
  monitorFigureOg: (year: number, id: string) => `/monitor/${year}/${assertSlug(id)}/og.png`,
  /** Embeds live under /embed/ so a frame-ancestors rule can allow other sites there only. */
  monitorFigureEmbed: (year: number, id: string) => `/embed/monitor/${year}/${assertSlug(id)}/`,
  monitorDataPage: (year: number) => `/monitor/${year}/data/`,
  /** The year's full dataset: data.csv, its Dutch-Excel twin, data.json and the Frictionless descriptor. */
  monitorData: (year: number, format: MonitorDataFormat) => `/monitor/${year}/${monitorDataFiles[format]}`,
  /** The script host pages load to size figure embeds to their content (≤ 1 KB). */
  embedLoader: () => '/embed/loader.js',
  search: () => '/zoeken/',
  about: () => '/over/',
  colophon: () => '/colofon/',
  accessibility: () => '/toegankelijkheid/',
  rss: () => '/rss.xml',
  robots: () => '/robots.txt',
  sitemap: () => '/sitemap-index.xml',
  /** The editors' overview of printed links and their QR codes (not indexed). */
  qr: () => '/qr/',
  /** A generated QR code of a campaign link, by campaign id and variant. */
  qrImage: (id: string, variant: 'printed' | 'vanity', ext: 'svg' | 'png') => `/qr/${id}-${variant}.${ext}`,
  /** A short path for a next edition's code; printed without slash, forwarded by host rules or /m/<name>/index.html. */
  vanity: (name: string) => `/m/${assertSlug(name)}`,
  /** The Open Graph image of any page, mirrored under /og/. */
  ogImage: (pagePath: string) => `/og${pagePath === '/' ? '/index' : pagePath.replace(/\/$/, '')}.png`,
} as const;

/** A section page from the `pages` collection, by id. */
export function pagePath(id: string): string {
  switch (id) {
    case 'over':
      return paths.about();
    case 'colofon':
      return paths.colophon();
    case 'toegankelijkheid':
      return paths.accessibility();
    default:
      throw new Error(`No URL is defined for page "${id}"; add it to src/lib/urls.ts`);
  }
}

/** Tags every magazine QR link carries, in the order print uses. */
export interface CampaignTags {
  campaign: string;
  term?: string | undefined;
}

/** `path` with the magazine's UTM tags: the exact form printed in the 2025 edition. */
export function withCampaign(path: string, { campaign, term }: CampaignTags): string {
  const query = new URLSearchParams({ utm_source: 'magazine', utm_medium: 'qr-code', utm_campaign: campaign });
  if (term) query.set('utm_term', term);
  return `${path}?${query}`;
}

/** An absolute URL on the site's canonical origin. */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
