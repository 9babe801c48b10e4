/** Editions (one file per printed magazine, with its table of contents) and the printed QR links. */
import { date, image, printPage, ref } from './fields.ts';
import type { Collection, Field, Fields } from './types.ts';
import { tocSections } from './vocabulary.ts';

export const tocItemFields = {
  page: printPage('Pagina', 'Paginanummer in print, als het magazine het noemt.', false),
  title: { type: 'string', label: 'Titel', hint: 'Titel zoals in de inhoudsopgave.', required: true, min: 2 },
  article: ref('articles', 'Artikel', 'Het artikel van deze regel: de bestandsnaam in content/articles/.', false),
  action: ref('actions', 'Actie', 'De inspirerende actie van deze regel: de bestandsnaam in content/actions/.', false),
  about: ref('pages', 'Pagina', 'Een vaste pagina, zoals colofon of over: de bestandsnaam in content/pages/.', false),
  section: {
    type: 'select',
    label: 'Rubriek',
    hint: `Een rubriek van het magazine die geen los stuk is: ${tocSections.join(' of ')}.`,
    required: false,
    options: tocSections,
  },
} as const satisfies Fields;

const tocItem: Field = {
  type: 'object',
  label: 'Regel',
  hint: 'Eén regel van de inhoudsopgave; hij verwijst naar precies één van: article, action, about of section.',
  required: true,
  fields: tocItemFields,
};

export const editionFields = {
  year: { type: 'number', label: 'Jaar', hint: 'Jaargang; ook de bestandsnaam: 2026.yaml heeft year: 2026.', required: true, min: 2020, max: 2100 },
  title: { type: 'string', label: 'Titel', hint: 'Titel van de editie zoals op de omslag, bijvoorbeeld "Buurkracht 2026".', required: true, min: 3, max: 90 },
  published: date('Verschenen', 'Verschijningsdatum van het gedrukte magazine als JJJJ-MM-DD, alleen als die bekend is.', false),
  publisher: { type: 'string', label: 'Uitgever', hint: 'Uitgever.', required: true, min: 2 },
  cover: image('Omslag', 'De omslag van het magazine, met alt-tekst.'),
  toc: { type: 'list', label: 'Inhoudsopgave', hint: 'De gedrukte inhoudsopgave, in volgorde.', required: true, min: 1, of: tocItem },
} as const satisfies Fields;

export const editions: Collection = {
  label: 'Edities',
  singular: 'editie',
  article: 'de',
  folder: 'editions',
  extension: '.yaml',
  url: 'none',
  fields: editionFields,
};

const text = (label: string, hint: string, required: boolean): Field => ({ type: 'string', label, hint, required });

export const campaignFields = {
  path: text('Gedrukt pad', 'Het pad precies zoals in de QR-code gedrukt, met of zonder slash aan het eind.', false),
  utmCampaign: text('utm_campaign', 'utm_campaign zoals gedrukt, bijvoorbeeld "succesverhaal".', true),
  utmTerm: text('utm_term', 'utm_term zoals gedrukt; weglaten als de gedrukte link er geen heeft.', false),
  edition: ref('editions', 'Editie', 'Editie van het magazine waarin de code staat.'),
  printPage: printPage('Pagina', 'Pagina waar de code staat, alleen als het magazine die noemt.', false),
  article: ref('articles', 'Artikel', 'Het artikel waar de code naartoe leidt.', false),
  action: ref('actions', 'Actie', 'De inspirerende actie waar de code naartoe leidt.', false),
  vanity: text('Korte naam', 'Korte naam voor /m/<naam>: een kleine QR-code die na het drukken nog om te leiden is.', false),
} as const satisfies Fields;

export const campaigns: Collection = {
  label: 'Gedrukte links',
  singular: 'gedrukte link',
  article: 'de',
  folder: 'campaigns',
  extension: '.yaml',
  url: 'none',
  fields: campaignFields,
};
