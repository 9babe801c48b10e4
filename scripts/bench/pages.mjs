// One sample URL per page type, found in the built site, so new page types
// (monitor figures, search) are measured as soon as they exist in dist/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const content = process.env.BUURKRACHT_CONTENT ?? 'content';
const slugs = (folder) =>
  existsSync(join(content, folder))
    ? readdirSync(join(content, folder))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/\.mdx$/, ''))
        .sort()
    : [];

/** Subfolders of dist/<folder>/ that hold a page. */
const children = (dist, folder) =>
  existsSync(join(dist, folder))
    ? readdirSync(join(dist, folder), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(dist, folder, d.name, 'index.html')))
        .map((d) => d.name)
        .sort()
    : [];

const page = (dist, path) => (existsSync(join(dist, path, 'index.html')) ? `/${path ? `${path}/` : ''}` : null);

export function samplePages(dist = 'dist') {
  const first = (list) => list[0] ?? null;
  // The heaviest article and action: the byte goals must hold for every one, not a short one.
  const largest = (list) =>
    list
      .filter((slug) => page(dist, slug))
      .map((slug) => ({ url: `/${slug}/`, size: statSync(join(dist, slug, 'index.html')).size }))
      .sort((a, b) => b.size - a.size)[0]?.url ?? null;
  const candidates = {
    home: page(dist, ''),
    article: largest(slugs('articles')),
    action: largest(slugs('actions')),
    theme: first(children(dist, 'thema').map((s) => `/thema/${s}/`)),
    municipality: first(children(dist, 'gemeente').map((s) => `/gemeente/${s}/`)),
    edition: first(children(dist, 'editie').map((s) => `/editie/${s}/`)),
    'article list': page(dist, 'artikelen'),
    monitor: first(children(dist, 'monitor').map((s) => `/monitor/${s}/`)),
    // Figures are the monitor pages that also have an embed page.
    'monitor figure': first(children(dist, 'monitor').flatMap((year) => children(dist, `embed/monitor/${year}`).map((id) => `/monitor/${year}/${id}/`))),
    search: page(dist, 'zoeken') ?? page(dist, 'search'),
    'about page': page(dist, 'over'),
  };
  return Object.entries(candidates)
    .filter(([, url]) => url)
    .map(([type, url]) => ({ type, url }));
}
