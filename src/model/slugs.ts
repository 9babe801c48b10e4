/**
 * Slugs: the names of entries, which become URL segments. The rule, its one Dutch wording and the
 * reserved names live here; urls.ts, the schemas, the content check and the scaffold all ask this module.
 */

/** A URL segment: lowercase letters and digits, joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The rule in the words every message uses. */
export const slugWording = 'kleine letters, cijfers en losse streepjes';

/**
 * Top-level path segments owned by a section of the site (or by the host), so no article or action may
 * take one as its name. tests/unit/model.test.ts checks every folder in src/pages/ and public/ is here.
 */
export const reservedSlugs = [
  'artikelen',
  'acties',
  'thema',
  'gemeente',
  'plaatsen',
  'editie',
  'monitor',
  'zoeken',
  'over',
  'colofon',
  'toegankelijkheid',
  'og',
  'rss.xml',
  'robots.txt',
  'qr',
  'm',
  'embed',
  '_astro',
  'pagefind',
  // src/pages/404.astro: an entry called 404 would be built over the "not found" page.
  '404',
] as const;

/** What is wrong with a slug, as the "verwacht …" half of a message, or undefined when it is fine. */
export function slugProblem(slug: string): string | undefined {
  if (!slugPattern.test(slug)) return `${slugWording}, want de naam wordt het webadres`;
  if ((reservedSlugs as readonly string[]).includes(slug)) {
    return `een naam die geen onderdeel van de site is (niet: ${reservedSlugs.join(', ')})`;
  }
  return undefined;
}

/** A file name (or title) made into a slug: "Zonnepanelen op het Dorpshuis!" -> "zonnepanelen-op-het-dorpshuis". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
