/** Places, municipalities and themes: what pieces are about. */
import { ref } from './fields.ts';
import type { Collection, Fields } from './types.ts';
import { motifs, placeTypes, provinces } from './vocabulary.ts';

export const placeFields = {
  name: {
    type: 'string',
    label: 'Naam',
    hint: 'Naam van de plaats, buurt of wijk zoals gedrukt. Begint de naam met een apostrof, zet hem dan tussen dubbele aanhalingstekens: "\'s-Heer Arendskerke".',
    required: true,
    min: 2,
  },
  type: { type: 'select', label: 'Soort', hint: `Soort plaats: ${placeTypes.join(', ')}.`, required: true, options: placeTypes },
  municipality: ref('municipalities', 'Gemeente', 'Gemeente: de bestandsnaam in content/municipalities/.'),
  coordinates: {
    type: 'object',
    label: 'Coördinaten',
    hint: 'Ongeveer het midden van de plaats.',
    required: true,
    fields: {
      lat: { type: 'number', label: 'Breedtegraad', hint: 'Breedtegraad (50,7-53,6), bijvoorbeeld 51.87.', required: true, min: 50.7, max: 53.6 },
      lon: { type: 'number', label: 'Lengtegraad', hint: 'Lengtegraad (3,3-7,3), bijvoorbeeld 4.78.', required: true, min: 3.3, max: 7.3 },
    },
  },
} as const satisfies Fields;

export const places: Collection = {
  label: 'Plaatsen',
  singular: 'plaats',
  article: 'de',
  folder: 'places',
  extension: '.yaml',
  url: 'none',
  fields: placeFields,
};

export const municipalityFields = {
  name: { type: 'string', label: 'Naam', hint: 'Officiële naam van de gemeente.', required: true, min: 2 },
  province: { type: 'select', label: 'Provincie', hint: 'Provincie van de gemeente.', required: true, options: provinces },
} as const satisfies Fields;

export const municipalities: Collection = {
  label: 'Gemeenten',
  singular: 'gemeente',
  article: 'de',
  folder: 'municipalities',
  extension: '.yaml',
  url: 'section',
  fields: municipalityFields,
};

export const themeFields = {
  name: { type: 'string', label: 'Naam', hint: 'Naam van het thema zoals lezers het zien.', required: true, min: 2 },
  description: { type: 'text', label: 'Omschrijving', hint: 'Eén zin over waar dit thema over gaat.', required: true, min: 20, max: 220 },
  color: { type: 'color', label: 'Kleur', hint: 'Hoofdkleur voor illustraties van dit thema (#rrggbb).', required: true },
  motif: { type: 'select', label: 'Motief', hint: `Vorm in illustraties: ${motifs.join(', ')}.`, required: true, options: motifs },
} as const satisfies Fields;

export const themes: Collection = {
  label: 'Thema’s',
  singular: 'thema',
  article: 'het',
  folder: 'themes',
  extension: '.yaml',
  url: 'section',
  fields: themeFields,
};
