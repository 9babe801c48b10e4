/** Field descriptions shared by several collections. Hints are the Dutch texts editors see. */
import { altText, illustrationFolder, photoFolder } from './media.ts';
import type { CollectionName, Field, Fields } from './types.ts';

export const ref = (collection: CollectionName, label: string, hint: string, required = true): Field => ({
  type: 'reference',
  collection,
  label,
  hint,
  required,
});
export const refs = (collection: CollectionName, label: string, hint: string, min = 0): Field => ({
  type: 'list',
  of: ref(collection, label, hint),
  label,
  hint,
  required: min > 0,
  min,
});

export const title = {
  type: 'string',
  label: 'Titel',
  hint: 'Titel van het stuk, zonder punt aan het eind. Hoogstens 90 tekens.',
  required: true,
  min: 3,
  max: 90,
} as const satisfies Field;

export const lead = {
  type: 'text',
  label: 'Intro',
  hint: 'Intro van één of twee zinnen (50-220 tekens). Wordt ook de omschrijving in zoekmachines.',
  required: true,
  min: 50,
  max: 220,
} as const satisfies Field;

/** A drawn illustration (content/illustrations/) with required alt text: every piece's `hero`. */
export const imageFields = {
  src: {
    type: 'string',
    label: 'Bestand',
    hint: `Pad naar de illustratie, relatief aan dit bestand, bijvoorbeeld ../${illustrationFolder}/naam.png.`,
    required: true,
  },
  alt: {
    type: 'text',
    label: 'Alt-tekst',
    hint: `Beschrijf wat er op het beeld te zien is, voor wie het niet kan zien (${altText.min}-${altText.max} tekens).`,
    required: true,
    min: altText.min,
    max: altText.max,
  },
} as const satisfies Fields;

/** A photograph (content/photos/): alt text and a credit always, a caption and a focal point when useful. */
export const photoFields = {
  src: {
    type: 'string',
    label: 'Bestand',
    hint: `Pad naar de foto, relatief aan dit bestand: ../${photoFolder}/naam.jpg (JPEG, PNG of WebP).`,
    required: true,
  },
  alt: imageFields.alt,
  credit: {
    type: 'string',
    label: 'Fotograaf',
    hint: 'Wie de foto maakte of waar hij vandaan komt, zoals het onder de foto moet staan, bijvoorbeeld "Foto: Anna de Vries".',
    required: true,
    min: 3,
    max: 120,
  },
  caption: { type: 'text', label: 'Bijschrift', hint: 'Bijschrift: wie of wat er te zien is, en waar.', required: false, min: 5, max: 300 },
  focus: {
    type: 'object',
    label: 'Focuspunt',
    hint: 'Brandpunt voor uitsneden, bijvoorbeeld { x: 50, y: 30 }: het gezicht of het onderwerp blijft zo in beeld.',
    required: false,
    fields: {
      x: { type: 'number', label: 'Van links', hint: 'Procent van links (0-100).', required: true, min: 0, max: 100 },
      y: { type: 'number', label: 'Van boven', hint: 'Procent van boven (0-100).', required: true, min: 0, max: 100 },
    },
  },
} as const satisfies Fields;

export const image = (label: string, hint: string): Field => ({ type: 'image', label, hint, required: true, fields: imageFields });
export const photo = (label: string, hint: string): Field => ({ type: 'image', label, hint, required: false, fields: photoFields });

export const person = {
  name: { type: 'string', label: 'Naam', hint: 'Naam precies zoals gedrukt.', required: true, min: 2 },
  role: {
    type: 'string',
    label: 'Rol',
    hint: 'Rol of functie zoals gedrukt, bijvoorbeeld "kartrekker". Noemt het magazine geen rol, laat dit veld dan weg.',
    required: false,
    min: 2,
  },
  organisation: { type: 'string', label: 'Organisatie', hint: 'Organisatie of gemeente, als die genoemd wordt.', required: false, min: 2 },
} as const satisfies Fields;

const page = (label: string, hint: string, required: boolean): Field => ({ type: 'number', label, hint, required, min: 1, max: 200 });

export const printPage = page;

export const printPages = {
  type: 'object',
  label: 'Pagina’s in print',
  hint: 'Pagina’s in het gedrukte magazine, alleen als het magazine ze noemt.',
  required: false,
  fields: {
    from: page('Van pagina', 'Eerste pagina in het gedrukte magazine.', true),
    to: page('Tot en met pagina', 'Laatste pagina, alleen als het stuk meer pagina’s beslaat.', false),
  },
} as const satisfies Field;

export const date = (label: string, hint: string, required = true): Field => ({ type: 'date', label, hint, required });
