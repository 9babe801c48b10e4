/**
 * Host rules for short magazine paths and slashless printed paths, written at build time from
 * /qr/links.json. Pure functions, so tests can check them without a build.
 */

/** What the rules need from a campaign link. */
export interface RuleLink {
  printedPath?: string | undefined;
  vanityPath?: string | undefined;
  taggedTarget: string;
  targetPath: string;
}

/** Where the generated nginx include is written, relative to the built site. */
export const nginxIncludeFile = 'nginx-redirects.conf';

const slashless = (path: string) => path.replace(/\/$/, '');

/**
 * nginx include: exact-match locations that win over `location /`. 302, not 301, so a target fixed
 * after printing is not stuck in browser caches. The include also hides itself from visitors.
 */
export function nginxRules(links: RuleLink[]): string {
  const lines = ['# Generated at build time from content/campaigns; do not edit.', `location = /${nginxIncludeFile} { return 404; }`];
  for (const l of links) {
    if (!l.vanityPath) continue;
    for (const from of [slashless(l.vanityPath), `${slashless(l.vanityPath)}/`]) {
      lines.push(`location = ${from} { return 302 "${l.taggedTarget}"; }`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Netlify / Cloudflare Pages `_redirects`. Short paths forward with the tags (302). A printed path
 * without trailing slash is served as the story (200 rewrite, query kept), so the host's own
 * slash-adding redirect never gets a chance to drop the campaign. `!` is left out because
 * Cloudflare does not know it; Netlify then serves the /m/ fallback page, which forwards with the tags.
 */
export function redirectsFile(links: RuleLink[]): string {
  const lines = ['# Generated at build time from content/campaigns; do not edit.'];
  const rewrites = new Set<string>();
  for (const l of links) {
    if (l.printedPath) rewrites.add(slashless(l.targetPath));
  }
  for (const from of rewrites) lines.push(`${from} ${from}/ 200`);
  for (const l of links) {
    if (!l.vanityPath) continue;
    for (const from of [slashless(l.vanityPath), `${slashless(l.vanityPath)}/`]) lines.push(`${from} ${l.taggedTarget} 302`);
  }
  return `${lines.join('\n')}\n`;
}
