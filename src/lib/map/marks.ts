import { getPieces, type Municipality, type Piece, type Place, placesOf } from '../content';
import { once } from '../once';
import { placesInUse } from '../taxonomy';
import { paths } from '../urls';
import { project } from './geometry';

export interface PlaceMark {
  place: Place;
  municipality: Municipality;
  /** The pieces about this place, newest first. */
  pieces: Piece[];
  /** Where the mark goes: the place's entry on its municipality's page, which links its stories. */
  href: string;
  x: number;
  y: number;
}

/** One mark for every place that has a published story, in alphabetical order. */
export const placeMarks = once(async (): Promise<PlaceMark[]> => {
  const pieces = await getPieces();
  const resolved = await Promise.all(pieces.map(async (piece) => ({ piece, places: await placesOf(piece) })));
  return (await placesInUse()).map((place) => {
    const here = resolved.filter((r) => r.places.some((p) => p.place.id === place.id));
    // placesInUse only returns places some piece is about, so `here` is never empty.
    const municipality = here[0]?.places.find((p) => p.place.id === place.id)?.municipality as Municipality;
    const [x, y] = project(place.data.coordinates.lon, place.data.coordinates.lat);
    return { place, municipality, pieces: here.map((r) => r.piece), href: paths.place(municipality.id, place.id), x, y };
  });
});

/** The marks of one municipality's places. */
export async function marksIn(municipalityId: string): Promise<PlaceMark[]> {
  return (await placeMarks()).filter((m) => m.municipality.id === municipalityId);
}
