import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPieces, kindLabel } from '../lib/content';
import { site } from '../lib/site';
import { paths } from '../lib/urls';

// Pieces come newest edition first, in print order. An item gets a pubDate only when its edition
// says on which day it appeared: print gives a year, and the feed invents no day.
export const GET: APIRoute = async (context) => {
  const published = new Map((await getCollection('editions')).map((e) => [e.id, e.data.published]));
  return rss({
    title: site.name,
    description: site.description,
    site: context.site ?? site.origin,
    customData: '<language>nl-nl</language>',
    items: (await getPieces()).map((piece) => ({
      title: piece.data.title,
      description: piece.data.lead,
      ...(published.get(piece.data.edition.id) && { pubDate: published.get(piece.data.edition.id) }),
      link: paths.entry(piece.id),
      categories: [kindLabel(piece), ...piece.data.themes.map((t) => t.id)],
    })),
  });
};
