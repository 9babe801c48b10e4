/**
 * Reads `_headers` and `_redirects` files the way each static host applies them, so the local server
 * (scripts/serve.mjs) and the tests can answer "what does this host send for this URL?" without the host.
 * Written from the hosts' documentation and their open-source matchers (Cloudflare's pages-shared asset
 * server, Netlify's headers-parser); deliberately independent of src/lib/hostPolicy, which writes the files.
 */

/** @typedef {'cloudflare' | 'netlify'} Host */
/** @typedef {{ pattern: string, lines: { name: string, value?: string }[] }} HeaderRule */
/** @typedef {{ from: string, to: string, status: number, force: boolean }} RedirectRule */

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * A path pattern as a RegExp. Cloudflare: `*` greedily matches anything (also nothing), `:name` one
 * segment, case-sensitive. Netlify: the same wildcards, but case-insensitive, a standalone `/*` segment
 * is optional and a trailing slash is ignored.
 * @param {string} pattern
 * @param {Host} [host]
 */
export function patternToRegExp(pattern, host = 'cloudflare') {
  if (host === 'netlify') {
    const parts = pattern
      .split('/')
      .filter(Boolean)
      .map((p) => (p.startsWith(':') ? '[^/]+' : p === '*' ? '?.*' : p.split('*').map(escapeRegExp).join('.*')));
    return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
  }
  const body = pattern
    .split(/(\*|:[a-z]\w*)/i)
    .map((part) => (part === '*' ? '.*' : /^:[a-z]/i.test(part) ? '[^/]+' : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${body}$`);
}

/** A concrete path a pattern matches, for probing a server. */
export function samplePath(pattern) {
  return pattern.replace(/:[a-z]+/gi, 'voorbeeld').replace('*', 'voorbeeld/');
}

/** Which host a generated file was written for: its first line says so ("# host: netlify"). @returns {Host} */
export function hostOf(text) {
  return /^#\s*host:\s*netlify\b/m.test(text) ? 'netlify' : 'cloudflare';
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
 * The headers a path receives (lower-case names).
 * Cloudflare: every matching rule applies in file order; `! Name` detaches a header an earlier rule set;
 * a name set again by a later rule is joined with ", ".
 * Netlify: `! Name` lines mean nothing (its parser skips lines without a colon); a later matching rule's
 * value for a name replaces the earlier one.
 * @param {HeaderRule[]} rules
 * @param {string} path the request's path, as sent (percent-encoded)
 * @param {Host} [host]
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path, host = 'cloudflare') {
  /** @type {Record<string, string>} */
  const out = {};
  const setBefore = new Set();
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern, host).test(path)) continue;
    /** @type {Record<string, string>} */
    const own = {};
    for (const { name, value } of rule.lines) {
      if (value === undefined) {
        if (host === 'cloudflare') delete out[name];
      } else own[name] = own[name] ? `${own[name]}, ${value}` : value;
    }
    for (const [name, value] of Object.entries(own)) {
      out[name] = host === 'cloudflare' && setBefore.has(name) && out[name] ? `${out[name]}, ${value}` : value;
      setBefore.add(name);
    }
  }
  return out;
}

/** @returns {RedirectRule[]} */
export function parseRedirectsFile(text) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', code = '', ...rest] = line.split(/\s+/);
      if (!from.startsWith('/') || !to || rest.length > 0) throw new Error(`_redirects: "${line}" is not "/from /to status"`);
      const status = Number.parseInt(code, 10);
      if (!Number.isInteger(status)) throw new Error(`_redirects: "${line}" has no status code (both hosts default differently: write it)`);
      return { from, to, status, force: code.endsWith('!') };
    });
}

// Cloudflare counts a rule as dynamic when it has a splat or a `:word` anywhere (its PLACEHOLDER_REGEX).
const isDynamic = (from) => /\*|:\w/.test(from);

/**
 * What a host does with a request: a redirect (status and Location), a rewrite (the path it serves
 * instead, the address bar unchanged) or nothing (undefined).
 * Cloudflare: plain paths match first, exactly, then rules with `*` or `:name` in file order; a rule
 * applies even where a file exists. Netlify: the first matching rule in file order; an unforced rule
 * steps aside where a file exists (`exists`). Both keep the request's query when the target has none.
 * @param {RedirectRule[]} rules
 * @param {string} url path and query, as sent
 * @param {Host} [host]
 * @param {(pathname: string) => boolean} [exists] whether the site has a file for this path (Netlify shadowing)
 * @returns {{ status: number, location: string } | { rewrite: string } | undefined}
 */
export function redirectFor(rules, url, host = 'cloudflare', exists = () => false) {
  const { pathname, search } = new URL(url, 'http://host.invalid');
  const matches = (r) => (isDynamic(r.from) ? patternToRegExp(r.from).test(pathname) : r.from === pathname);
  const ordered = host === 'cloudflare' ? [...rules.filter((r) => !isDynamic(r.from)), ...rules.filter((r) => isDynamic(r.from))] : rules;
  const rule = ordered.find((r) => matches(r) && (host === 'cloudflare' || r.force || !exists(pathname)));
  if (!rule) return undefined;
  const target = new URL(rule.to, 'http://host.invalid');
  if (rule.status === 200) return { rewrite: target.pathname };
  return { status: rule.status, location: `${target.pathname}${target.search || search}${target.hash}` };
}
