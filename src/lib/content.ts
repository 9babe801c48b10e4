import { type CollectionEntry, getCollection, getEntries, getEntry } from 'astro:content';
import { articleKinds } from '../schemas/article';

export type Article = CollectionEntry<'articles'>;
export type Action = CollectionEntry<'actions'>;
export type Piece = Article | Action;
export type Place = CollectionEntry<'places'>;
export type Municipality = CollectionEntry<'municipalities'>;
export type Theme = CollectionEntry<'themes'>;

/** Drafts show in `astro dev` so editors can preview them, and never in a build. */
const published = ({ data }: { data: { draft: boolean } }) => import.meta.env.DEV || !data.draft;

/** The first printed page of a piece, where print gives one. */
export function firstPage(piece: Piece): number {
  if (piece.collection === 'actions') return piece.data.printPage;
  return piece.data.printPages?.from ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Where each piece stands in its edition's printed contents. Pieces carry no date of their own
 * (print gives none), so "newest first" means: newest edition first, then in print order.
 */
let tocOrder: Promise<Map<string, { year: number; index: number }>> | undefined;
function printPositions(): Promise<Map<string, { year: number; index: number }>> {
  if (import.meta.env.DEV) tocOrder = undefined;
  tocOrder ??= getCollection('editions').then((editions) => {
    const order = new Map<string, { year: number; index: number }>();
    for (const e of editions) {
      e.data.toc.forEach((item, index) => {
        const ref = item.article ?? item.action;
        if (ref) order.set(`${ref.collection}/${ref.id}`, { year: e.data.year, index });
      });
    }
    return order;
  });
  return tocOrder;
}

/** Newest edition first, then print order; pieces missing from the printed contents follow by page. */
async function inPrintOrder<T extends Piece>(pieces: T[]): Promise<T[]> {
  const order = await printPositions();
  const key = (p: Piece) => order.get(`${p.collection}/${p.id}`);
  const year = (p: Piece) => key(p)?.year ?? Number(p.data.edition.id);
  return pieces.sort(
    (a, b) => year(b) - year(a) || (key(a)?.index ?? Number.MAX_SAFE_INTEGER) - (key(b)?.index ?? Number.MAX_SAFE_INTEGER) || firstPage(a) - firstPage(b),
  );
}

export async function getArticles(): Promise<Article[]> {
  return inPrintOrder(await getCollection('articles', published));
}

export async function getActions(): Promise<Action[]> {
  return inPrintOrder(await getCollection('actions', published));
}

export async function getPieces(): Promise<Piece[]> {
  return inPrintOrder([...(await getCollection('articles', published)), ...(await getCollection('actions', published))]);
}

/** The edition a piece appeared in. */
export async function editionOf(piece: Piece): Promise<CollectionEntry<'editions'>> {
  return mustGet(getEntry(piece.data.edition));
}

/** The pieces printed just before and after this one in the same edition. */
export async function printNeighbours(piece: Piece): Promise<{ previous: Piece | undefined; next: Piece | undefined }> {
  const same = (await getPieces()).filter((p) => p.data.edition.id === piece.data.edition.id);
  const i = same.findIndex((p) => p.collection === piece.collection && p.id === piece.id);
  return { previous: i > 0 ? same[i - 1] : undefined, next: i >= 0 ? same[i + 1] : undefined };
}

/** What readers see as the kind of a piece: "Succesverhaal", "Inspirerende actie". */
export function kindLabel(piece: Piece): string {
  return piece.collection === 'actions' ? 'Inspirerende actie' : articleKinds[piece.data.kind];
}

/** The places a piece is about, resolved, with their municipality. */
export async function placesOf(piece: Piece): Promise<{ place: Place; municipality: Municipality }[]> {
  const refs = piece.collection === 'actions' ? [piece.data.place] : piece.data.places;
  const places = await getEntries(refs);
  return Promise.all(places.map(async (place) => ({ place, municipality: await mustGet(getEntry(place.data.municipality)) })));
}

/** Every municipality a piece concerns: through its places and named directly. */
export async function municipalitiesOf(piece: Piece): Promise<Municipality[]> {
  const viaPlaces = (await placesOf(piece)).map((p) => p.municipality);
  const direct = piece.collection === 'articles' ? await getEntries(piece.data.municipalities) : [];
  const byId = new Map([...viaPlaces, ...direct].map((m) => [m.id, m]));
  return [...byId.values()].sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'));
}

export async function themesOf(piece: Piece): Promise<Theme[]> {
  return getEntries(piece.data.themes);
}

/**
 * What to read next: the curated related pieces, then (up to `count`) the pieces that share the most
 * themes and municipalities with this one, so no story ends with nothing to read.
 */
export async function relatedOf(piece: Piece, count = 3): Promise<Piece[]> {
  const curated: Piece[] = [...(await getEntries(piece.data.relatedArticles)), ...(await getEntries(piece.data.relatedActions))].filter(published);
  if (curated.length >= count) return curated;
  const themes = new Set(piece.data.themes.map((t) => t.id));
  const places = new Set((await municipalitiesOf(piece)).map((m) => m.id));
  const taken = new Set([piece, ...curated].map((p) => `${p.collection}/${p.id}`));
  const scored: { piece: Piece; score: number }[] = [];
  for (const other of await getPieces()) {
    if (taken.has(`${other.collection}/${other.id}`)) continue;
    const sharedMunicipalities = (await municipalitiesOf(other)).filter((m) => places.has(m.id)).length;
    const score = 2 * sharedMunicipalities + other.data.themes.filter((t) => themes.has(t.id)).length;
    if (score > 0) scored.push({ piece: other, score });
  }
  // A stable sort keeps print order among equal scores.
  scored.sort((a, b) => b.score - a.score);
  return [...curated, ...scored.slice(0, count - curated.length).map((s) => s.piece)];
}

async function mustGet<T>(entry: Promise<T | undefined>): Promise<T> {
  const value = await entry;
  if (!value) throw new Error('A reference points at an entry that does not exist');
  return value;
}
