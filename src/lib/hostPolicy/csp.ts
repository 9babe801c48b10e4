/** A content security policy as ordered directives, each with its ordered, unique sources. */
export type Csp = Map<string, string[]>;

/** Parses a policy string; as in browsers, the first occurrence of a directive counts. */
export function parseCsp(text: string): Csp {
  const csp: Csp = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!csp.has(key)) csp.set(key, [...new Set(sources)]);
  }
  return csp;
}

/** One policy that allows what any of the given policies allows, directive by directive. */
export function mergeCsps(policies: Csp[]): Csp {
  const merged: Csp = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  }
  return merged;
}

export function serializeCsp(csp: Csp): string {
  return [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** A copy of `csp` with `directive` set to `sources` (appended when it was absent). */
export function withDirective(csp: Csp, directive: string, sources: string[]): Csp {
  return new Map([...csp, [directive, sources]]);
}

/** The CSP `<meta>` tags of a built page, as Astro writes them (`security.csp` in astro.config.mjs). */
export const cspMetaPattern = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

const unescapeAttribute = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * Moves a page's CSP `<meta>` to the front of `<head>` (after `<meta charset>`, which must stay first),
 * so no script, style or tag before it escapes the policy. Returns the page and its policy, if it has one.
 */
export function cspFirstInHead(html: string): { html: string; policy?: string } {
  const meta = html.match(cspMetaPattern);
  if (!meta) return { html };
  const without = html.replace(meta[0], '');
  const charset = without.match(/<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i);
  const head = without.match(/<head(\s[^>]*)?>/i);
  const anchor = charset ?? head;
  if (!anchor || anchor.index === undefined) return { html, policy: unescapeAttribute(meta[1] ?? '') };
  const at = anchor.index + anchor[0].length;
  return { html: `${without.slice(0, at)}${meta[0]}${without.slice(at)}`, policy: unescapeAttribute(meta[1] ?? '') };
}
