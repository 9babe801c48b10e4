import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync } from 'ultrahtml';

/** @typedef {{ path: string, file: string, html: string }} Page */

/** Every file in a built site, as the URL path it is served under ("/rss.xml", "/over/index.html"). */
export function listFiles(dist) {
  /** @type {string[]} */
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(`/${relative(dist, full).split(sep).join('/')}`);
    }
  };
  walk(dist);
  return out.sort();
}

/** The page path a built HTML file answers ("/over/index.html" → "/over/", "/404.html" → "/404.html"). */
export function pagePathOf(file) {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Every HTML page of a built site with its text. Hashed assets and the search index are not pages. @returns {Page[]} */
export function readPages(dist) {
  return listFiles(dist)
    .filter((f) => f.endsWith('.html') && !f.startsWith('/_astro/') && !f.startsWith('/pagefind/'))
    .map((file) => ({ path: pagePathOf(file), file, html: readFileSync(join(dist, file), 'utf8') }));
}

/**
 * A redirect stub (Astro's `redirects` output on a static host: a meta refresh and a canonical to the target).
 * Its markup is Astro's, and it has no content of its own to describe.
 */
export function isRedirectStub(html) {
  return /<meta\s+http-equiv=["']?refresh/i.test(html);
}

/** Whether a URL path is served from this dist the way nginx's try_files does ($uri, $uri/index.html, $uri.html). */
export function serves(dist, path) {
  const clean = decodeURI(path.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.some((c) => statSync(join(dist, c), { throwIfNoEntry: false })?.isFile() === true);
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references a generated page uses. */
export function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return entities[ref.toLowerCase()] ?? m;
  });
}

/** Parses a page once; elements come back in document order with decoded attributes. */
export function elements(html) {
  const doc = parse(html);
  /** @type {{ name: string, attributes: Record<string, string>, node: any }[]} */
  const out = [];
  walkSync(doc, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes = Object.fromEntries(Object.entries(node.attributes ?? {}).map(([k, v]) => [k.toLowerCase(), decode(String(v))]));
    out.push({ name: String(node.name).toLowerCase(), attributes, node });
  });
  return out;
}

/** The text a screen reader announces for an element: its text plus the alt of images inside it. */
export function textOf(node) {
  if (node.type === TEXT_NODE) return decode(node.value);
  if (node.type !== ELEMENT_NODE) return '';
  if (node.attributes?.['aria-hidden'] === 'true') return '';
  if (String(node.name).toLowerCase() === 'img') return decode(node.attributes?.alt ?? '');
  return (node.children ?? []).map(textOf).join('');
}
