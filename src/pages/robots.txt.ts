import type { APIRoute } from 'astro';
import { site } from '../lib/site';
import { absolute, paths } from '../lib/urls';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /qr/\n\nSitemap: ${absolute(paths.sitemap(), site.origin)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
