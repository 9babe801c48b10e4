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

const newestFirst = (a: Piece, b: Piece) => b.data.date.getTime() - a.data.date.getTime() || firstPage(a) - firstPage(b);

/** Print order breaks ties between pieces published on the same day. */
export function firstPage(piece: Piece): number {
  if (piece.collection === 'actions') return piece.data.printPage;
  return piece.data.printPages?.from ?? Number.MAX_SAFE_INTEGER;
}

export async function getArticles(): Promise<Article[]> {
  return (await getCollection('articles', published)).sort(newestFirst);
}

export async function getActions(): Promise<Action[]> {
  return (await getCollection('actions', published)).sort((a, b) => a.data.printPage - b.data.printPage);
}

export async function getPieces(): Promise<Piece[]> {
  return [...(await getArticles()), ...(await getActions())].sort(newestFirst);
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

/** Related pieces, articles and actions together, drafts left out. */
export async function relatedOf(piece: Piece): Promise<Piece[]> {
  const related: Piece[] = [...(await getEntries(piece.data.relatedArticles)), ...(await getEntries(piece.data.relatedActions))];
  return related.filter(published);
}

async function mustGet<T>(entry: Promise<T | undefined>): Promise<T> {
  const value = await entry;
  if (!value) throw new Error('A reference points at an entry that does not exist');
  return value;
}
