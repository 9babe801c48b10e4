import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The outline of the European Netherlands as SVG path data, drawn at build time
 * from Natural Earth (public domain) through the world-atlas package. Nothing of
 * this runs in the browser: pages get a finished path string.
 */

/** Natural Earth 1:10m countries; ISO 3166 numeric 528 is the Netherlands. */
const NETHERLANDS = '528';
/** European part only: the Caribbean islands would stretch the map across the ocean. */
const bounds = { west: 3.2, east: 7.3, south: 50.7, north: 53.7 };
/** Width of the drawing in SVG units; the height follows from the projection. */
export const MAP_WIDTH = 400;
/** Douglas-Peucker tolerance in SVG units: below a pixel at the drawn size, so the coast keeps its shape. */
const TOLERANCE = 0.6;

// Equirectangular with longitudes shortened by cos(mid latitude): good enough
// for a country 300 km across, and easy to check by hand.
const kx = Math.cos((((bounds.south + bounds.north) / 2) * Math.PI) / 180);
const scale = MAP_WIDTH / ((bounds.east - bounds.west) * kx);
export const MAP_HEIGHT = Math.round((bounds.north - bounds.south) * scale);

/** Projects WGS84 longitude/latitude to SVG x/y (y grows downwards). */
export function project(lon: number, lat: number): [number, number] {
  return [(lon - bounds.west) * kx * scale, (bounds.north - lat) * scale];
}

type Point = [number, number];
/** Every index this module reads is in range; this says so where noUncheckedIndexedAccess cannot see it. */
const at = (points: Point[], i: number) => points[i] as Point;

function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    const [ax, ay] = at(points, first);
    const [bx, by] = at(points, last);
    const length = Math.hypot(bx - ax, by - ay);
    let worst = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = at(points, i);
      // A closed ring starts and ends on the same point: there the distance to that point counts.
      const distance = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (distance > worst) {
        worst = distance;
        index = i;
      }
    }
    if (worst > tolerance && index > 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const inEurope = (ring: Position[] = []) =>
  ring.every(([lon = 0, lat = 0]) => lon >= bounds.west && lon <= bounds.east && lat >= bounds.south && lat <= bounds.north);

function ringPath(ring: Position[]): string {
  const points = simplify(
    ring.map(([lon = 0, lat = 0]) => project(lon, lat)),
    TOLERANCE,
  );
  if (points.length < 4) return ''; // islets smaller than a pixel
  return `M${points.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}Z`;
}

let cached: string | undefined;

/** SVG path data for the outline of the European Netherlands. */
export function netherlandsPath(): string {
  if (cached) return cached;
  // Resolved from the project root, not from this module: the built server chunk lives elsewhere.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
  const countries = feature(topology, topology.objects.countries as GeometryCollection);
  const nl = countries.features.find((f) => f.id === NETHERLANDS);
  if (!nl) throw new Error('world-atlas has no feature for the Netherlands (id 528)');
  const geometry = nl.geometry as Polygon | MultiPolygon;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  cached = polygons
    .filter((rings) => inEurope(rings[0]))
    .flatMap((rings) => rings.map(ringPath))
    .join('');
  return cached;
}

/** Credit line for the map, shown wherever the map is. */
export const mapCredit = {
  text: 'Kaart: Natural Earth (publiek domein), via het npm-pakket world-atlas.',
  href: 'https://www.naturalearthdata.com/about/terms-of-use/',
} as const;
