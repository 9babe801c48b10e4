/** Articles and actions: the pieces of the magazine. They share one set of fields and the top-level URLs. */
import { date, image, lead, person, photo, printPage, printPages, ref, refs, title } from './fields.ts';
import type { Collection, Fields } from './types.ts';
import { articleKinds } from './vocabulary.ts';

/** Every piece has these, in the order the scaffold writes them. */
export const pieceFields = {
  title,
  lead,
  // No publication date of its own: a piece carries its edition's ("Buurkracht 2025"), since print gives no day.
  updated: date('Bijgewerkt', 'Alleen na een inhoudelijke correctie online: de datum daarvan, als JJJJ-MM-DD.', false),
  edition: ref('editions', 'Editie', 'Editie van het magazine: de bestandsnaam in content/editions/, bijvoorbeeld 2025.'),
  themes: refs('themes', 'Thema’s', 'Thema’s: bestandsnamen in content/themes/. Minstens één.', 1),
  people: {
    type: 'list',
    label: 'Mensen',
    hint: 'Mensen die in het stuk genoemd worden, met hun rol (name, role, en eventueel organisation).',
    required: false,
    of: { type: 'object', label: 'Persoon', hint: 'Een persoon zoals het magazine hem noemt.', required: true, fields: person },
  },
  hero: {
    ...image('Illustratie', 'Getekende illustratie met alt-tekst: bovenaan het stuk als er geen foto is. Verplicht zonder foto; npm run new tekent er een.'),
    required: false,
  },
  photo: photo('Foto', 'Foto bovenaan het stuk en op zijn kaartje, uit content/photos/, met alt-tekst en bronvermelding.'),
  relatedArticles: refs('articles', 'Verwante artikelen', 'Verwante artikelen: bestandsnamen in content/articles/.'),
  relatedActions: refs('actions', 'Verwante acties', 'Verwante inspirerende acties: bestandsnamen in content/actions/.'),
  draft: {
    type: 'boolean',
    label: 'Concept',
    hint: 'true = concept: wordt niet gepubliceerd. Zet op false als het stuk klaar is.',
    required: false,
  },
} as const satisfies Fields;

export const articleFields = {
  printPages,
  places: refs('places', 'Plaatsen', 'Plaatsen waar het stuk over gaat: bestandsnamen in content/places/.'),
  municipalities: refs(
    'municipalities',
    'Gemeenten',
    'Gemeenten waar het stuk over gaat zonder een bepaalde plaats te noemen: bestandsnamen in content/municipalities/.',
  ),
} as const satisfies Fields;

/** Fields only one kind of article has. */
export const articleVariants = {
  interview: {
    interviewee: {
      type: 'object',
      label: 'Geïnterviewde',
      hint: 'Wie er geïnterviewd wordt: naam precies zoals gedrukt, en rol of functie.',
      required: true,
      fields: person,
    },
  },
  achtergrond: {},
  succesverhaal: {
    places: refs('places', 'Plaatsen', 'Plaatsen waar het stuk over gaat: bestandsnamen in content/places/. Een succesverhaal heeft er minstens één.', 1),
  },
  academie: {
    course: {
      type: 'object',
      label: 'Training',
      hint: 'De training of cursus waar het stuk over gaat (mag weg als het niet over één training gaat).',
      required: false,
      fields: {
        name: { type: 'string', label: 'Naam', hint: 'Naam van de training.', required: true, min: 3 },
        format: { type: 'string', label: 'Vorm', hint: 'Vorm, bijvoorbeeld "vier online sessies".', required: true, min: 3 },
        startDates: {
          type: 'list',
          label: 'Startdata',
          hint: 'Startdata die op de pagina staan; een lege lijst toont hoe je bericht krijgt over nieuwe data.',
          required: false,
          of: {
            type: 'object',
            label: 'Startdatum',
            hint: 'Eén start van de training.',
            required: true,
            fields: {
              date: { type: 'date', label: 'Datum', hint: 'Startdatum (de eerste bijeenkomst), als JJJJ-MM-DD.', required: true },
              location: {
                type: 'string',
                label: 'Plaats',
                hint: 'Waar de training begint, bijvoorbeeld "Utrecht" of "online".',
                required: false,
                min: 2,
                max: 80,
              },
              note: {
                type: 'string',
                label: 'Toevoeging',
                hint: 'Korte toevoeging, bijvoorbeeld "nog drie plaatsen vrij".',
                required: false,
                min: 2,
                max: 120,
              },
            },
          },
        },
      },
    },
  },
  partners: {
    partners: {
      type: 'list',
      label: 'Partners',
      hint: 'Namen van de partners en fondsen.',
      required: true,
      min: 1,
      of: { type: 'string', label: 'Partner', hint: 'Naam van een partner of fonds.', required: true, min: 2 },
    },
  },
} as const satisfies Record<keyof typeof articleKinds, Fields>;

/** A piece's own fields go right after its edition, where editors look for them. */
function withOwn(own: Fields): Fields {
  const { title, lead, updated, edition, ...rest } = pieceFields;
  return { title, lead, updated, edition, ...own, ...rest };
}

export const articles: Collection = {
  label: 'Artikelen',
  singular: 'artikel',
  article: 'het',
  folder: 'articles',
  extension: '.mdx',
  url: 'entry',
  fields: withOwn(articleFields),
  variants: {
    key: 'kind',
    label: 'Soort',
    hint: `Soort artikel: ${Object.keys(articleKinds).join(', ')}.`,
    options: Object.fromEntries(Object.entries(articleVariants).map(([k, fields]) => [k, { label: articleKinds[k as keyof typeof articleKinds], fields }])),
  },
};

export const actionFields = {
  place: ref('places', 'Plaats', 'De buurt, wijk of het dorp van de actie: de bestandsnaam in content/places/.'),
  activity: { type: 'string', label: 'Actie', hint: 'Wat de actie was, kort: "Regentonactie", "DorpsQuiz".', required: true, min: 3, max: 80 },
  printPage: printPage('Pagina in print', 'Pagina in het gedrukte magazine. Controleer dit nummer in de drukproef.', true),
} as const satisfies Fields;

export const actions: Collection = {
  label: 'Inspirerende acties',
  singular: 'actie',
  article: 'de',
  folder: 'actions',
  extension: '.mdx',
  url: 'entry',
  fields: withOwn(actionFields),
};
