import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import type { Piece } from './content';
import { site } from './site';
import { absolute, paths, withCampaign } from './urls';

/** A printed (or short) magazine link, resolved and checked against the site. */
export interface CampaignLink {
  id: string;
  campaign: string;
  term?: string | undefined;
  printPage?: number | undefined;
  edition: { year: number; title: string; path: string };
  target: { id: string; title: string; path: string };
  /** The exact URL printed in the magazine, when the code is already in print. */
  printedUrl?: string | undefined;
  /** Short path and its absolute URL, for a next edition's code. */
  vanityPath?: string | undefined;
  vanityUrl?: string | undefined;
  /** Where the short path forwards to: the story with the tags added. */
  taggedTarget: string;
}

const isPublished = (entry: Piece | undefined): entry is Piece => entry !== undefined && !entry.data.draft;

async function resolve(entry: CollectionEntry<'campaigns'>): Promise<CampaignLink> {
  const { data } = entry;
  const where = `content/campaigns/${entry.id}.yaml`;
  const ref = data.article ?? data.action;
  const target = data.article ? await getEntry(data.article) : data.action ? await getEntry(data.action) : undefined;
  if (!isPublished(target)) {
    throw new Error(`${where}: the printed link ${data.path ?? data.vanity} has no target page: ${ref?.collection} "${ref?.id}" does not exist or is a draft`);
  }
  const targetPath = paths.entry(target.id);
  // Entries live at /<id>/ and the server answers /<id> too, so a printed path must be one of those two forms.
  if (data.path && data.path.replace(/\/$/, '') !== targetPath.replace(/\/$/, '')) {
    throw new Error(
      `${where}: printed path ${data.path} is not the URL of ${ref?.collection} "${target.id}" (${targetPath}); print cannot move, so the target must live there`,
    );
  }
  const edition = await getEntry(data.edition);
  if (!edition) throw new Error(`${where}: edition "${data.edition.id}" does not exist`);
  const tags = { campaign: data.utmCampaign, term: data.utmTerm };
  const vanityPath = data.vanity ? paths.vanity(data.vanity) : undefined;
  return {
    id: entry.id,
    campaign: data.utmCampaign,
    term: data.utmTerm,
    printPage: data.printPage,
    edition: {
      year: edition.data.year,
      title: edition.data.title,
      path: paths.edition(edition.data.year),
    },
    target: { id: target.id, title: target.data.title, path: targetPath },
    printedUrl: data.path ? absolute(withCampaign(data.path, tags), site.origin) : undefined,
    vanityPath,
    vanityUrl: vanityPath ? absolute(vanityPath, site.origin) : undefined,
    taggedTarget: withCampaign(targetPath, tags),
  };
}

/** Fails on duplicate printed tags or short names: each scan must mean exactly one link. */
function assertUnique(links: CampaignLink[]): void {
  const seen = new Map<string, string>();
  for (const l of links) {
    for (const key of [l.printedUrl, l.vanityPath && `vanity:${l.vanityPath}`, `${l.target.path}|${l.campaign}|${l.term ?? ''}`]) {
      if (!key) continue;
      const other = seen.get(key);
      if (other) throw new Error(`content/campaigns: ${l.id} and ${other} are the same link (${key})`);
      seen.set(key, l.id);
    }
  }
}

let cache: Promise<CampaignLink[]> | undefined;

/** Every campaign link in print order; the build fails here when one points nowhere. */
export function getCampaignLinks(): Promise<CampaignLink[]> {
  cache ??= (async () => {
    const links = await Promise.all((await getCollection('campaigns')).map(resolve));
    assertUnique(links);
    return links.sort((a, b) => a.edition.year - b.edition.year || (a.printPage ?? 999) - (b.printPage ?? 999) || a.id.localeCompare(b.id));
  })();
  return cache;
}

/** The links whose scan lands on this story. */
export async function campaignsFor(pieceId: string): Promise<CampaignLink[]> {
  return (await getCampaignLinks()).filter((l) => l.target.id === pieceId);
}
