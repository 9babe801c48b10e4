import { patternToRegExp } from './headers.mjs';

/** Headers every response carries, whatever the host; values are what the policy requires. */
export const requiredHeaders = {
  'strict-transport-security': /^max-age=(\d{8,}|[3-9]\d{7}|3[2-9]\d{6}); includeSubDomains$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
};

/** Whether a path is an embed page that anyone may frame. */
export function isEmbedPath(path, embedPatterns) {
  return embedPatterns.some((p) => patternToRegExp(p).test(path));
}

/**
 * What is wrong with the headers a path receives: a missing security header, or framing rules
 * that do not match the page kind (embeds: anyone may frame; everything else: nobody).
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
  const xfo = headers['x-frame-options'];
  if (isEmbedPath(path, embedPatterns)) {
    if (csp !== 'frame-ancestors *') problems.push(`${path}: an embed page must send "frame-ancestors *", not "${csp}"`);
    if (xfo) problems.push(`${path}: an embed page must not send X-Frame-Options (${xfo})`);
  } else {
    if (csp !== "frame-ancestors 'none'") problems.push(`${path}: must send "frame-ancestors 'none'", not "${csp}"`);
    if (xfo !== 'DENY') problems.push(`${path}: must send X-Frame-Options DENY, not "${xfo ?? ''}"`);
  }
  return problems;
}
