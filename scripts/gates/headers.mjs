/**
 * Reads a `_headers` file (Cloudflare Pages / Netlify) and answers which headers a path gets,
 * so tests can hold it and the nginx configuration to one policy.
 */

/** @typedef {{ pattern: string, lines: { name: string, value?: string }[] }} HeaderRule */

/** A `_headers` path pattern as a RegExp: `:name` is one segment, `*` the rest (possibly empty). */
export function patternToRegExp(pattern) {
  const body = pattern
    .split(/(\*|:[a-z]+)/i)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/** A concrete path a pattern matches, for probing a server. */
export function samplePath(pattern) {
  return pattern.replace(/:[a-z]+/gi, 'voorbeeld').replace('*', 'voorbeeld/');
}

/** @returns {HeaderRule[]} */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), lines: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${raw.trim()}" comes before any path`);
    const line = raw.trim();
    if (line.startsWith('!')) rule.lines.push({ name: line.slice(1).trim().toLowerCase() });
    else {
      const colon = line.indexOf(':');
      if (colon < 1) throw new Error(`_headers: "${line}" is not "Name: value"`);
      rule.lines.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
    }
  }
  return rules;
}

/**
 * The headers a path receives: every matching rule applies in file order, `! Name` detaches a header
 * an earlier rule set, and a repeated name is joined with ", " (Cloudflare Pages' documented behaviour).
 * @param {HeaderRule[]} rules
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(path)) continue;
    for (const { name, value } of rule.lines) {
      if (value === undefined) delete out[name];
      else out[name] = out[name] ? `${out[name]}, ${value}` : value;
    }
  }
  return out;
}
