/**
 * The host policy: response headers, short paths, printed-link rewrites and forgiving redirects, as one
 * set of data that src/lib/hostPolicy/render.ts writes out for nginx, Cloudflare Pages and Netlify.
 */
import { type Forgiving, forgivingPaths, type RuleLink } from './forgiving';
import { type HeaderRule, headerRules } from './headers';

export type { Forgiving, RuleLink } from './forgiving';
export type { HeaderRule } from './headers';

/** The nginx include the build writes next to the site (deploy it with dist/, include it in `server {}`). */
export const nginxIncludeFile = 'nginx-host.conf';

export interface HostPolicy {
  headers: HeaderRule[];
  /** Short paths for a next edition's codes: forwarded with the tags, temporarily (302), so a wrong target can still be fixed. */
  shortLinks: { from: string; to: string }[];
  /** Printed story paths without their trailing slash: served as the story, no redirect, so the query is never lost. */
  rewrites: { from: string; to: string }[];
  /** Printed paths and short codes whose case and trailing-character variants redirect (301) to them. */
  forgiving: Forgiving[];
  /** Files of the build that configure a host: never served. */
  hidden: string[];
}

const slashless = (path: string) => path.replace(/\/$/, '');

/**
 * @param metaPolicies the CSP `<meta>` content of every built page
 * @param links every campaign link (/qr/links.json)
 */
export function hostPolicy(metaPolicies: string[], links: RuleLink[]): HostPolicy {
  const shortLinks = links.flatMap((l) =>
    l.vanityPath ? [slashless(l.vanityPath), `${slashless(l.vanityPath)}/`].map((from) => ({ from, to: l.taggedTarget })) : [],
  );
  const rewrites = [...new Set(links.filter((l) => l.printedPath).map((l) => slashless(l.targetPath)))].map((from) => ({ from, to: `${from}/` }));
  return {
    headers: headerRules(metaPolicies),
    shortLinks,
    rewrites,
    forgiving: forgivingPaths(links),
    hidden: ['/_headers', '/_redirects', `/${nginxIncludeFile}`],
  };
}

/** Which host the build writes rules for. */
export type DeployTarget = 'nginx' | 'cloudflare' | 'netlify';

/**
 * BUURKRACHT_HOST when set; otherwise Netlify's and Cloudflare Pages' own build variables; otherwise nginx,
 * which also gets Cloudflare-syntax `_headers` and `_redirects` (npm start reads them).
 */
export function deployTarget(env: Record<string, string | undefined>): DeployTarget {
  const asked = env.BUURKRACHT_HOST;
  if (asked === 'nginx' || asked === 'cloudflare' || asked === 'netlify') return asked;
  if (asked) throw new Error(`BUURKRACHT_HOST=${asked}: expected nginx, cloudflare or netlify`);
  if (env.NETLIFY === 'true') return 'netlify';
  if (env.CF_PAGES === '1') return 'cloudflare';
  return 'nginx';
}
