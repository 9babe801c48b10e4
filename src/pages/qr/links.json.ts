// Every campaign link as data: for editors' tools and for the host-rules integration.
import type { APIRoute } from 'astro';
import { getCampaignLinks } from '../../lib/campaigns';
import type { RuleLink } from '../../lib/hostPolicy';

export const GET: APIRoute = async () => {
  const links = (await getCampaignLinks()).map((l) => ({
    ...l,
    printedPath: l.printedUrl ? new URL(l.printedUrl).pathname : undefined,
    targetPath: l.target.path,
  })) satisfies RuleLink[];
  return new Response(`${JSON.stringify(links, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
