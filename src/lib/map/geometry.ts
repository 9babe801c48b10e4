import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Box } from './labels';
import { clipRing, type Point, simplify } from './polygon';
import { ringsPath } from './svg';

/**
 * The outline of the European Netherlands (and, for context, of its neighbours) as SVG path data,
 * drawn at build time from Natural Earth (public domain) through the world-atlas package. Nothing of
 * this runs in the browser: pages get finished path strings.
 */

/** Natural Earth 1:10m countries, by ISO 3166 numeric code. */
const NETHERLANDS = '528';
const NEIGHBOURS = ['056', '276']; // Belgium, Germany
/** European part only: the Caribbean islands would stretch the map across the ocean. */
const bounds = { west: 3.2, east: 7.3, south: 50.7, north: 53.7 };
/** Width of the drawing in SVG units; the height follows from the projection. */
export const MAP_WIDTH = 400;
/** Douglas-Peucker tolerance in SVG units at country scale: below a pixel at the drawn size. */
const TOLERANCE = 0.6;

// Equirectangular with longitudes shortened by cos(mid latitude): good enough
// for a country 300 km across, and easy to check by hand.
const kx = Math.cos((((bounds.south + bounds.north) / 2) * Math.PI) / 180);
const scale = MAP_WIDTH / ((bounds.east - bounds.west) * kx);
export const MAP_HEIGHT = Math.round((bounds.north - bounds.south) * scale);
/** The whole country, in map units. */
export const COUNTRY: Box = { x: 0, y: 0, w: MAP_WIDTH, h: MAP_HEIGHT };
/** Map units in one kilometre (a degree of latitude is 111.2 km). */
export const UNITS_PER_KM = scale / 111.2;

/** Projects WGS84 longitude/latitude to SVG x/y (y grows downwards). */
export function project(lon: number, lat: number): [number, number] {
  return [(lon - bounds.west) * kx * scale, (bounds.north - lat) * scale];
}

const inEurope = (ring: Position[] = []) =>
  ring.every(([lon = 0, lat = 0]) => lon >= bounds.west && lon <= bounds.east && lat >= bounds.south && lat <= bounds.north);

let rings: { netherlands: Point[][]; neighbours: Point[][] } | undefined;

/** Every ring of the countries, projected, at full Natural Earth detail. */
function projectedRings() {
  if (rings) return rings;
  // Resolved from the project root, not from this module: the built server chunk lives elsewhere.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
  const countries = feature(topology, topology.objects.countries as GeometryCollection);
  /** Every ring (outlines and holes) of a country's polygons that pass `keep`, projected. */
  const ringsOf = (id: string, keep: (polygon: Position[][]) => boolean = () => true) => {
    const country = countries.features.find((f) => f.id === id);
    if (!country) throw new Error(`world-atlas has no feature for country ${id}`);
    const geometry = country.geometry as Polygon | MultiPolygon;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polygons
      .filter(keep)
      .flat()
      .map((ring) => ring.map(([lon = 0, lat = 0]) => project(lon, lat)));
  };
  rings = { netherlands: ringsOf(NETHERLANDS, (polygon) => inEurope(polygon[0])), neighbours: NEIGHBOURS.flatMap((id) => ringsOf(id)) };
  return rings;
}

/**
 * How much detail an outline keeps: Douglas-Peucker tolerance and coordinate decimals, in map units
 * of the whole country. A window of the map is drawn as wide as the country, so both scale with it.
 */
export interface Detail {
  tolerance: number;
  decimals: number;
}
/** For a map drawn across the page: below a pixel at the widest it is shown. */
const PAGE_DETAIL: Detail = { tolerance: TOLERANCE, decimals: 1 };
/** For the country inset of an excerpt (a sixth of the map's width): a pixel there is about four units. */
export const INSET_DETAIL: Detail = { tolerance: 2.5, decimals: 0 };

function pathOf(source: Point[][], window: Box, detail: Detail): string {
  const ratio = window.w / MAP_WIDTH;
  // A margin outside the window keeps clipped edges out of sight.
  const margin = window.w * 0.02;
  const clip = { x: window.x - margin, y: window.y - margin, w: window.w + 2 * margin, h: window.h + 2 * margin };
  // A tenth of a unit is still under a pixel in an excerpt, the most a map is ever enlarged.
  const rings = source.map((ring) => simplify(clipRing(ring, clip), detail.tolerance * ratio)).filter((ring) => ring.length >= 4); // islets smaller than a pixel
  return ringsPath(rings, detail.decimals);
}

const cache = new Map<string, string>();
const cached = (key: string, make: () => string) => {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
};

/** SVG path data for the outline of the European Netherlands, within a window of the map (default: all of it). */
export function netherlandsPath(window: Box = COUNTRY, detail: Detail = PAGE_DETAIL): string {
  return cached(`nl ${Object.values(window)} ${Object.values(detail)}`, () => pathOf(projectedRings().netherlands, window, detail));
}

/** SVG path data for Belgium and Germany within a window of the map, so land does not end at the border. */
export function neighboursPath(window: Box = COUNTRY, detail: Detail = PAGE_DETAIL): string {
  return cached(`nb ${Object.values(window)} ${Object.values(detail)}`, () => pathOf(projectedRings().neighbours, window, detail));
}

/** Whether some coastline or border runs through a window (any outline point lies inside it). */
export function hasOutlineIn(window: Box): boolean {
  const { netherlands, neighbours } = projectedRings();
  const inside = ([x, y]: Point) => x > window.x && x < window.x + window.w && y > window.y && y < window.y + window.h;
  return [...netherlands, ...neighbours].some((ring) => ring.some(inside));
}

/** Credit line for the map, shown wherever the map is. */
export const mapCredit = {
  text: 'Kaart: Natural Earth (publiek domein), via het npm-pakket world-atlas.',
  href: 'https://www.naturalearthdata.com/about/terms-of-use/',
} as const;
