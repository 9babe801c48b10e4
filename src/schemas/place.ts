import { z } from 'astro/zod';
import { ref } from './ref';

export const placeTypes = ['buurt', 'wijk', 'dorp', 'kern'] as const;

/** WGS84 coordinates, limited to the Netherlands so a swapped lat/lon fails the build. */
export const coordinates = z.object({
  lat: z.number().min(50.7).max(53.6).describe('Breedtegraad (50,7-53,6), bijvoorbeeld 51.87.'),
  lon: z.number().min(3.3).max(7.3).describe('Lengtegraad (3,3-7,3), bijvoorbeeld 4.78.'),
});

export const place = z.object({
  name: z.string().trim().min(2).describe('Naam van de plaats, buurt of wijk zoals gedrukt.'),
  type: z.enum(placeTypes).describe(`Soort plaats: ${placeTypes.join(', ')}.`),
  municipality: ref('municipalities').describe('Gemeente: de bestandsnaam in content/municipalities/.'),
  coordinates: coordinates.describe('Ongeveer het midden van de plaats.'),
});

export const provinces = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
] as const;

export const municipality = z.object({
  name: z.string().trim().min(2).describe('Officiële naam van de gemeente.'),
  province: z.enum(provinces).describe('Provincie van de gemeente.'),
});
