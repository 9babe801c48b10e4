import { patternToRegExp } from '../lib/hostFiles.mjs';

/** Headers every response carries, whatever the host; values are what the policy requires. */
export const requiredHeaders = {
  'strict-transport-security': /^max-age=(\d{8,}|[3-9]\d{7}|3[2-9]\d{6}); includeSubDomains$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cache-control': /./,
};

/** Files a browser may open on their own that must never run anything. */
export const dataFile = /\.(svg|json|csv|xml)$/;
/** Files whose name changes with their content. */
export const hashedFile = /^\/(_astro\/|pagefind\/(fragment|index|filter)\/|pagefind\/.*\.pf_meta$)/;

/** Whether a path is an embed page that anyone may frame. */
export function isEmbedPath(path, embedPatterns) {
  return embedPatterns.some((p) => patternToRegExp(p).test(path));
}

const directive = (csp, name) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.split(/\s+/)[0] === name);

/**
 * What is wrong with the headers a path receives: a missing security header, a content policy that does
 * not fit the kind of file (pages: hashed scripts, framed by nobody; embeds: framed by anyone; data files:
 * nothing runs), or caching that does not fit the name (hashed: a year; everything else: revalidate).
 * @param {Record<string, string | null | undefined>} headers lower-case names
 * @param {readonly string[]} embedPatterns
 */
export function headerProblems(path, headers, embedPatterns) {
  const problems = [];
  for (const [name, want] of Object.entries(requiredHeaders)) {
    const got = headers[name];
    if (!got) problems.push(`${path}: no ${name} header`);
    else if (!want.test(got)) problems.push(`${path}: ${name} is "${got}"`);
  }
  const csp = headers['content-security-policy'] ?? '';
  if (headers['x-frame-options']) problems.push(`${path}: sends X-Frame-Options; frame-ancestors in the CSP decides framing`);
  if (dataFile.test(path)) {
    if (directive(csp, 'default-src') !== "default-src 'none'" || !directive(csp, 'sandbox')) {
      problems.push(`${path}: a data file needs "default-src 'none'" and "sandbox", not "${csp}"`);
    }
  } else {
    const scripts = directive(csp, 'script-src') ?? '';
    if (!/'sha256-/.test(scripts) || /'unsafe-inline'/.test(scripts))
      problems.push(`${path}: script-src must list hashes and no 'unsafe-inline': "${scripts}"`);
    const ancestors = directive(csp, 'frame-ancestors');
    const want = isEmbedPath(path, embedPatterns) ? 'frame-ancestors *' : "frame-ancestors 'none'";
    if (ancestors !== want) problems.push(`${path}: must send "${want}", not "${ancestors ?? ''}"`);
  }
  const cache = headers['cache-control'] ?? '';
  const wantCache = hashedFile.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
  if (cache && cache !== wantCache) problems.push(`${path}: cache-control must be "${wantCache}", not "${cache}"`);
  return problems;
}
