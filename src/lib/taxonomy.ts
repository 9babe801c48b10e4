import { getCollection } from 'astro:content';
import { getPieces, type Municipality, municipalitiesOf, type Piece, type Place, placesOf, type Theme } from './content';

export interface MunicipalityIndex {
  municipality: Municipality;
  places: Place[];
  pieces: Piece[];
}

/** Every municipality that has at least one piece or place, with what belongs to it. */
export async function municipalityIndex(): Promise<MunicipalityIndex[]> {
  const pieces = await getPieces();
  const municipalities = await getCollection('municipalities');
  const allPlaces = await getCollection('places');
  const result: MunicipalityIndex[] = [];
  for (const municipality of municipalities) {
    const matching: Piece[] = [];
    for (const piece of pieces) {
      if ((await municipalitiesOf(piece)).some((m) => m.id === municipality.id)) matching.push(piece);
    }
    const places = allPlaces.filter((p) => p.data.municipality.id === municipality.id);
    if (matching.length > 0 || places.length > 0) result.push({ municipality, places, pieces: matching });
  }
  return result.sort((a, b) => a.municipality.data.name.localeCompare(b.municipality.data.name, 'nl'));
}

export interface ThemeIndex {
  theme: Theme;
  pieces: Piece[];
}

/** Every theme in use, with its pieces. */
export async function themeIndex(): Promise<ThemeIndex[]> {
  const pieces = await getPieces();
  const themes = await getCollection('themes');
  return themes
    .map((theme) => ({ theme, pieces: pieces.filter((p) => p.data.themes.some((t) => t.id === theme.id)) }))
    .filter((t) => t.pieces.length > 0)
    .sort((a, b) => a.theme.data.name.localeCompare(b.theme.data.name, 'nl'));
}

/** Places that have at least one piece, for the map and place lists. */
export async function placesInUse(): Promise<Place[]> {
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
}
