import { getPieces, type Municipality, type Piece, type Place, placesOf } from '../content';
import { placesInUse } from '../taxonomy';
import { paths } from '../urls';
import { project } from './geometry';

export interface PlaceMark {
  place: Place;
  municipality: Municipality;
  pieces: Piece[];
  /** Where the mark goes: the municipality page, which lists every story there. */
  href: string;
  x: number;
  y: number;
}

/** One mark for every place that has a published story, in alphabetical order. */
export async function placeMarks(): Promise<PlaceMark[]> {
  const pieces = await getPieces();
  const resolved = await Promise.all(pieces.map(async (piece) => ({ piece, places: await placesOf(piece) })));
  return (await placesInUse()).map((place) => {
    const here = resolved.filter((r) => r.places.some((p) => p.place.id === place.id));
    // placesInUse only returns places some piece is about, so `here` is never empty.
    const municipality = here[0]?.places.find((p) => p.place.id === place.id)?.municipality as Municipality;
    const [x, y] = project(place.data.coordinates.lon, place.data.coordinates.lat);
    return {
      place,
      municipality,
      pieces: here.map((r) => r.piece),
      href: paths.municipality(municipality.id),
      x,
      y,
    };
  });
}
