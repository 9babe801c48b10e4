import { getCollection } from 'astro:content';
import { getPieces, type Municipality, municipalitiesOf, type Piece, type Place, placesOf, type Theme } from './content';
import { once } from './once';

export interface MunicipalityIndex {
  municipality: Municipality;
  places: Place[];
  pieces: Piece[];
}

/** Every municipality that has at least one piece or place, with what belongs to it. */
export const municipalityIndex = once(async (): Promise<MunicipalityIndex[]> => {
  const piecesBy = new Map<string, Piece[]>();
  // One pass over the pieces (newest first), not one per municipality: linear in the archive's size.
  for (const piece of await getPieces()) {
    for (const m of await municipalitiesOf(piece)) {
      const list = piecesBy.get(m.id);
      if (list) list.push(piece);
      else piecesBy.set(m.id, [piece]);
    }
  }
  const allPlaces = await getCollection('places');
  const result: MunicipalityIndex[] = [];
  for (const municipality of await getCollection('municipalities')) {
    const pieces = piecesBy.get(municipality.id) ?? [];
    const places = allPlaces.filter((p) => p.data.municipality.id === municipality.id);
    if (pieces.length > 0 || places.length > 0) result.push({ municipality, places, pieces });
  }
  return result.sort((a, b) => a.municipality.data.name.localeCompare(b.municipality.data.name, 'nl'));
});

export interface ThemeIndex {
  theme: Theme;
  pieces: Piece[];
}

/** Every theme in use, with its pieces. */
export const themeIndex = once(async (): Promise<ThemeIndex[]> => {
  const pieces = await getPieces();
  const themes = await getCollection('themes');
  return themes
    .map((theme) => ({ theme, pieces: pieces.filter((p) => p.data.themes.some((t) => t.id === theme.id)) }))
    .filter((t) => t.pieces.length > 0)
    .sort((a, b) => a.theme.data.name.localeCompare(b.theme.data.name, 'nl'));
});

/** Places that have at least one piece, for the map and place lists. */
export const placesInUse = once(async (): Promise<Place[]> => {
  const ids = new Set<string>();
  const places: Place[] = [];
  for (const piece of await getPieces()) {
    for (const { place } of await placesOf(piece)) {
      if (!ids.has(place.id)) {
        ids.add(place.id);
        places.push(place);
      }
    }
  }
  return places.sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'));
});
