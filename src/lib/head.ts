import { site } from './site';
import { absolute, paths } from './urls';

/** What a page knows about itself; everything else is filled in from site config. */
export interface PageMeta {
  title: string;
  description: string;
  /** The page's own path, e.g. "/thema/vergroening/". */
  path: string;
  /** 'article' for pieces, 'website' for everything else. */
  type?: 'article' | 'website';
  /** An explicit image path; defaults to the page's generated OG image. */
  image?: string;
  imageAlt?: string;
  /** Shown above the title on the Open Graph card, e.g. "Succesverhaal". */
  section?: string;
  published?: Date;
  modified?: Date | undefined;
  noindex?: boolean;
}

/** Longest <title> that search results show whole (html-validate's long-title rule uses the same limit). */
export const maxTitleLength = 70;

export interface HeadTag {
  tag: 'meta' | 'link';
  attrs: Record<string, string>;
}

export interface Head {
  title: string;
  tags: HeadTag[];
}

/**
 * Builds the <head> as data: defaults merged with the page's own values and
 * de-duplicated, so a page can never emit two og:type or two canonicals.
 */
export function buildHead(meta: PageMeta): Head {
  const canonical = absolute(meta.path, site.origin);
  const image = absolute(meta.image ?? paths.ogImage(meta.path), site.origin);
  // Search results cut titles at about 70 characters: a long title keeps its own words, not the site name.
  const suffixed = `${meta.title} | ${site.name}`;
  const fullTitle = meta.path === paths.home() || suffixed.length > maxTitleLength ? meta.title : suffixed;
  const tags: HeadTag[] = [
    { tag: 'meta', attrs: { name: 'description', content: meta.description } },
    { tag: 'link', attrs: { rel: 'canonical', href: canonical } },
    { tag: 'meta', attrs: { property: 'og:type', content: meta.type ?? 'website' } },
    { tag: 'meta', attrs: { property: 'og:site_name', content: site.name } },
    { tag: 'meta', attrs: { property: 'og:locale', content: 'nl_NL' } },
    { tag: 'meta', attrs: { property: 'og:title', content: meta.title } },
    { tag: 'meta', attrs: { property: 'og:description', content: meta.description } },
    { tag: 'meta', attrs: { property: 'og:url', content: canonical } },
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: meta.imageAlt ?? meta.title } },
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
    { tag: 'meta', attrs: { name: 'twitter:title', content: meta.title } },
    { tag: 'meta', attrs: { name: 'twitter:description', content: meta.description } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
  ];
  if (meta.type === 'article') {
    if (meta.section) tags.push({ tag: 'meta', attrs: { property: 'article:section', content: meta.section } });
    if (meta.published) tags.push({ tag: 'meta', attrs: { property: 'article:published_time', content: meta.published.toISOString() } });
    if (meta.modified) tags.push({ tag: 'meta', attrs: { property: 'article:modified_time', content: meta.modified.toISOString() } });
  }
  if (meta.noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex, nofollow' } });
  return { title: fullTitle, tags: dedupe(tags) };
}

/** Keeps the last tag per identity (name, property or rel), so later values win. */
export function dedupe(tags: HeadTag[]): HeadTag[] {
  const byKey = new Map<string, HeadTag>();
  for (const t of tags) {
    const key = `${t.tag}:${t.attrs.name ?? t.attrs.property ?? t.attrs.rel ?? JSON.stringify(t.attrs)}`;
    byKey.delete(key);
    byKey.set(key, t);
  }
  return [...byKey.values()];
}
