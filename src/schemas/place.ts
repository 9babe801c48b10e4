import { z } from 'astro/zod';
import { municipalityFields, placeFields } from '../model/places.ts';
import { placeTypes, provinces } from '../model/vocabulary.ts';
import { ref } from './ref';

export { placeTypes, provinces } from '../model/vocabulary.ts';

const { lat, lon } = placeFields.coordinates.fields;

/** WGS84 coordinates, limited to the Netherlands so a swapped lat/lon fails the build. */
export const coordinates = z.object({
  lat: z.number().min(lat.min).max(lat.max).describe(lat.hint),
  lon: z.number().min(lon.min).max(lon.max).describe(lon.hint),
});

export const place = z.object({
  name: z.string().trim().min(placeFields.name.min).describe(placeFields.name.hint),
  type: z.enum(placeTypes).describe(placeFields.type.hint),
  municipality: ref('municipalities').describe(placeFields.municipality.hint),
  coordinates: coordinates.describe(placeFields.coordinates.hint),
});

export const municipality = z.object({
  name: z.string().trim().min(municipalityFields.name.min).describe(municipalityFields.name.hint),
  province: z.enum(provinces).describe(municipalityFields.province.hint),
});
