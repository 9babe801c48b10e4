import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readEntryData } from '../../scripts/lib/entries.mjs';
import { repoRoot } from './run';

/** Every HTML file of a built site, as paths relative to its root. */
export function htmlFiles(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [relative(dist, join(dir, e.name))] : [],
    );
  return walk(dist);
}

/** The built file a site path is served from: /a/ -> a/index.html. */
export const fileFor = (path: string) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));

/** Frontmatter (or the whole file, for YAML) of a content file, read as the content scripts read it. */
export function readData<T = Record<string, unknown>>(file: string): T {
  return readEntryData(join(repoRoot, 'content', file)) as T;
}

export interface PieceData {
  draft?: boolean;
  themes: string[];
  place?: string;
  places?: string[];
  municipalities?: string[];
}

/** Published articles and actions, read straight from content/ (not through Astro), by id. */
export function publishedPieces(): { id: string; data: PieceData }[] {
  return ['articles', 'actions'].flatMap((folder) =>
    readdirSync(join(repoRoot, 'content', folder))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({
        id: f.replace(/\.mdx$/, ''),
        data: readData<PieceData>(`${folder}/${f}`),
      }))
      .filter((p) => p.data.draft !== true),
  );
}
