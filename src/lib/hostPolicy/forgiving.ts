/**
 * Printed links that forgive: a printed path or short code typed in capitals (a QR generator in
 * alphanumeric mode uppercases the whole URL), or copied with a full stop, a bracket or a space stuck to
 * it, still lands on its page with one permanent redirect that keeps the query.
 */

/** What the host rules need from a campaign link (the shape of /qr/links.json). */
export interface RuleLink {
  printedPath?: string | undefined;
  vanityPath?: string | undefined;
  taggedTarget: string;
  targetPath: string;
}

/** A path readers type: `base` without trailing slash; `canonical` is where its variants go. */
export interface Forgiving {
  base: string;
  canonical: string;
}

const slashless = (path: string) => path.replace(/\/$/, '');

/** Every printed story path and every short path, once each. */
export function forgivingPaths(links: RuleLink[]): Forgiving[] {
  const out = new Map<string, Forgiving>();
  for (const l of links) {
    if (l.printedPath) out.set(slashless(l.targetPath), { base: slashless(l.targetPath), canonical: l.targetPath });
    if (l.vanityPath) out.set(slashless(l.vanityPath), { base: slashless(l.vanityPath), canonical: slashless(l.vanityPath) });
  }
  return [...out.values()];
}

/**
 * Characters that stick to a URL copied from running text, as a browser sends them, most likely first:
 * full stop, space, comma, closing bracket, exclamation mark, semicolon, colon, quotes (straight and curly).
 */
export const trailingMarks = ['.', '%20', ',', ')', '!', ';', ':', "'", '%22', '%E2%80%9D'] as const;

/** What may follow a path: nothing, a slash, a mark, or a slash and a mark (a browser drops a final "/."). */
export const tails = ['', '/', ...trailingMarks, ...trailingMarks.filter((m) => m !== '.').map((m) => `/${m}`)];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const title = (s: string) => s.split('-').map(capitalise).join('-');

/**
 * Ways the letters of a path get typed, most common first: as printed, ALL CAPS, a capital at the start,
 * every segment capitalised, Every-Word-Capitalised, only the last segment capitalised.
 */
export function caseForms(base: string): string[] {
  const segments = base.split('/').slice(1);
  const forms = [
    segments,
    segments.map((s) => s.toUpperCase()),
    segments.map((s, i) => (i === 0 ? capitalise(s) : s)),
    segments.map(capitalise),
    segments.map(title),
    segments.map((s, i) => (i === segments.length - 1 ? capitalise(s) : s)),
  ];
  return [...new Set(forms.map((f) => `/${f.join('/')}`))];
}

/** A variant path and how likely it is (lower first), for hosts that must list variants one by one. */
export interface Variant {
  path: string;
  rank: number;
}

/** Every listed variant of a path except the two forms the site serves itself (`/base` and `/base/`). */
export function variants(f: Forgiving): Variant[] {
  const out: Variant[] = [];
  caseForms(f.base).forEach((form, c) => {
    tails.forEach((tail, t) => {
      const path = `${form}${tail}`;
      if (path !== f.base && path !== `${f.base}/`) out.push({ path, rank: t * 100 + c });
    });
  });
  return out;
}

/**
 * An nginx regex (PCRE, matched against the decoded path) for every variant of a path at once: any mix of
 * capitals, followed by any run of slashes, punctuation, white space or curly quotes. The two forms the
 * site serves itself are excluded, so the redirect can never loop.
 */
export function nginxVariantRegex(f: Forgiving): string {
  const literal = f.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const junk = String.raw`(?:[/.,;:!?)\]}'"*>\s_-]|\xE2\x80[\x98\x99\x9C\x9D]|\xC2[\xA0\xBB])*`;
  return `^(?!${literal}/?$)/(?i)${literal.slice(1)}${junk}$`;
}
