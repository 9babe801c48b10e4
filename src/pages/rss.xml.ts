import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPieces, kindLabel } from '../lib/content';
import { site } from '../lib/site';
import { paths } from '../lib/urls';

export const GET: APIRoute = async (context) =>
  rss({
    title: site.name,
    description: site.description,
    site: context.site ?? site.origin,
    customData: '<language>nl-nl</language>',
    items: (await getPieces()).map((piece) => ({
      title: piece.data.title,
      description: piece.data.lead,
      pubDate: piece.data.date,
      link: paths.entry(piece.id),
      categories: [kindLabel(piece), ...piece.data.themes.map((t) => t.id)],
    })),
  });
