import { elements, serves } from './site.mjs';

/** Attributes that point at another URL of the site. */
const linkAttributes = { a: ['href'], link: ['href'], img: ['src'], script: ['src'], source: ['src'], form: ['action'], iframe: ['src'] };

/** Images named in the head that shares show: a missing one breaks every link preview. */
const imageMeta = ['og:image', 'twitter:image'];

/** The URLs an element points at, as [attribute, value] pairs. */
function targetsOf(el) {
  /** @type {[string, string][]} */
  const out = [];
  for (const attr of linkAttributes[el.name] ?? []) {
    if (el.attributes[attr] !== undefined) out.push([attr, el.attributes[attr]]);
  }
  if (el.attributes.srcset) {
    for (const candidate of el.attributes.srcset.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) out.push(['srcset', url]);
    }
  }
  if (el.name === 'meta' && imageMeta.includes(el.attributes.property ?? el.attributes.name ?? '') && el.attributes.content) {
    out.push(['content', el.attributes.content]);
  }
  return out;
}

/**
 * Every internal link resolves to a file the server answers, and every #fragment to an id on the target page.
 * @param {string} dist the built site
 * @param {import('./site.mjs').Page[]} pages
 * @param {string} origin the site's canonical origin; absolute links to it count as internal
 */
export function checkLinks(dist, pages, origin) {
  const problems = [];
  /** @type {Map<string, Set<string>>} ids per page path, parsed once */
  const ids = new Map();
  const idsOf = (path) => {
    let set = ids.get(path);
    if (!set) {
      const page = pages.find((p) => p.path === path || p.path === `${path}/` || p.file === path);
      set = new Set(page ? elements(page.html).flatMap((e) => [e.attributes.id, e.name === 'a' ? e.attributes.name : undefined].filter(Boolean)) : []);
      ids.set(path, set);
    }
    return set;
  };
  for (const page of pages) {
    const base = new URL(page.path, origin);
    for (const el of elements(page.html)) {
      for (const [attr, raw] of targetsOf(el)) {
        // rel=alternate/canonical etc. to the origin are checked like any link; other origins are not ours to check.
        if (/^(mailto|tel|data|javascript):/i.test(raw)) continue;
        let url;
        try {
          url = new URL(raw, base);
        } catch {
          problems.push(`${page.path}: ${el.name} ${attr}="${raw}" is not a URL`);
          continue;
        }
        if (url.origin !== new URL(origin).origin) continue;
        if (el.name === 'link' && el.attributes.rel === 'canonical') continue;
        if (!serves(dist, url.pathname)) {
          problems.push(`${page.path}: ${el.name} ${attr}="${raw}" points at ${url.pathname}, which is not in the build`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && el.name === 'a' && !idsOf(url.pathname).has(fragment)) {
          problems.push(`${page.path}: link "${raw}" points at #${fragment}, which ${url.pathname} does not have`);
        }
      }
    }
  }
  return problems;
}
