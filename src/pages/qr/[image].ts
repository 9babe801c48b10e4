// Print-ready QR codes (SVG and PNG) for every printed URL and every short path, made at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCampaignLinks } from '../../lib/campaigns';
import { qrPng, qrSvg } from '../../lib/qr';
import { paths } from '../../lib/urls';

export const getStaticPaths = (async () => {
  const out = [];
  for (const link of await getCampaignLinks()) {
    const texts = { printed: link.printedUrl, vanity: link.vanityUrl };
    for (const variant of ['printed', 'vanity'] as const) {
      const text = texts[variant];
      if (!text) continue;
      for (const ext of ['svg', 'png'] as const) {
        const image = paths.qrImage(link.id, variant, ext).replace(/^\/qr\//, '');
        // A code depends only on its text (and code, which Astro hashes): unchanged codes are copied from the last build.
        out.push({ params: { image }, props: { text, ext }, cacheKey: `${ext} ${text}` });
      }
    }
  }
  return out;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { text, ext } = props as { text: string; ext: 'svg' | 'png' };
  if (ext === 'svg')
    return new Response(await qrSvg(text), {
      headers: { 'Content-Type': 'image/svg+xml' },
    });
  return new Response(new Uint8Array(await qrPng(text)), {
    headers: { 'Content-Type': 'image/png' },
  });
};
