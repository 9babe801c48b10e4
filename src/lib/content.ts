import { type CollectionEntry, getCollection, getEntries, getEntry } from 'astro:content';
import { articleKinds } from '../schemas/article';
import { once } from './once';
import { relatedRanking } from './related';

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

const keyOf = (p: Piece) => `${p.collection}/${p.id}`;

/**
 * Where each piece stands in its edition's printed contents. Pieces carry no date of their own
 * (print gives none), so "newest first" means: newest edition first, then in print order.
 */
const printPositions = once(async () => {
  const order = new Map<string, { year: number; index: number }>();
  for (const e of await getCollection('editions')) {
    e.data.toc.forEach((item, index) => {
      const ref = item.article ?? item.action;
      if (ref) order.set(`${ref.collection}/${ref.id}`, { year: e.data.year, index });
    });
  }
  return order;
});

/** Newest edition first, then print order; pieces missing from the printed contents follow by page. */
async function inPrintOrder<T extends Piece>(pieces: T[]): Promise<T[]> {
  const order = await printPositions();
  const key = (p: Piece) => order.get(keyOf(p));
  const year = (p: Piece) => key(p)?.year ?? Number(p.data.edition.id);
  return pieces.sort(
    (a, b) => year(b) - year(a) || (key(a)?.index ?? Number.MAX_SAFE_INTEGER) - (key(b)?.index ?? Number.MAX_SAFE_INTEGER) || firstPage(a) - firstPage(b),
  );
}

/** Every published piece in print order, sorted once a build (every story page asks). */
const piecesInOrder = once(async () => inPrintOrder([...(await getCollection('articles', published)), ...(await getCollection('actions', published))]));

/** A copy: callers may sort or splice what they get. */
export async function getPieces(): Promise<Piece[]> {
  return [...(await piecesInOrder())];
}

export async function getArticles(): Promise<Article[]> {
  return (await piecesInOrder()).filter((p): p is Article => p.collection === 'articles');
}

export async function getActions(): Promise<Action[]> {
  return (await piecesInOrder()).filter((p): p is Action => p.collection === 'actions');
}

/**
 * What story pages need to know about all other pieces, computed once a build: each piece's
 * position in print order, its print neighbours and the ranking for related reading.
 */
const pieceGraph = once(async () => {
  const pieces = await piecesInOrder();
  const position = new Map(pieces.map((p, i) => [keyOf(p), i]));
  const linked = await Promise.all(
    pieces.map(async (p) => ({ themes: p.data.themes.map((t) => t.id), municipalities: (await municipalitiesOf(p)).map((m) => m.id) })),
  );
  const neighbours = new Map<string, { previous: Piece | undefined; next: Piece | undefined }>();
  const byEdition = Map.groupBy(pieces, (p) => p.data.edition.id);
  for (const same of byEdition.values()) {
    for (const [i, p] of same.entries()) neighbours.set(keyOf(p), { previous: same[i - 1], next: same[i + 1] });
  }
  return { pieces, position, neighbours, related: relatedRanking(linked) };
});

/** The edition a piece appeared in. */
export async function editionOf(piece: Piece): Promise<CollectionEntry<'editions'>> {
  return mustGet(getEntry(piece.data.edition));
}

/** The pieces printed just before and after this one in the same edition. */
export async function printNeighbours(piece: Piece): Promise<{ previous: Piece | undefined; next: Piece | undefined }> {
  return (await pieceGraph()).neighbours.get(keyOf(piece)) ?? { previous: undefined, next: undefined };
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
  const { pieces, position, related } = await pieceGraph();
  const at = position.get(keyOf(piece));
  if (at === undefined) return curated;
  const taken = new Set(curated.map((p) => position.get(keyOf(p))).filter((i) => i !== undefined));
  return [...curated, ...related(at, count - curated.length, taken).map((i) => pieces[i] as Piece)];
}

async function mustGet<T>(entry: Promise<T | undefined>): Promise<T> {
  const value = await entry;
  if (!value) throw new Error('A reference points at an entry that does not exist');
  return value;
}
