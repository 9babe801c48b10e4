/** Every collection, by the name content.config.ts gives it. */
import { campaigns, editions } from './editions.ts';
import { date, lead, title } from './fields.ts';
import { actions, articles } from './pieces.ts';
import { municipalities, places, themes } from './places.ts';
import type { Collection, CollectionName, Fields } from './types.ts';

export const pageFields = {
  title: { ...title, hint: 'Titel van de pagina, zonder punt aan het eind. Hoogstens 90 tekens.' },
  description: { ...lead, label: 'Omschrijving', hint: 'Omschrijving van één of twee zinnen (50-220 tekens), voor zoekmachines.' },
  updated: date('Bijgewerkt', 'Datum van de laatste wijziging, als JJJJ-MM-DD.'),
} as const satisfies Fields;

const pages: Collection = {
  label: 'Vaste pagina’s',
  singular: 'pagina',
  article: 'de',
  folder: 'pages',
  extension: '.mdx',
  // Each has a route of its own (src/lib/urls.ts, pagePath), so its id is reserved there.
  url: 'none',
  fields: pageFields,
};

// The monitor's schemas (src/schemas/monitor*.ts) describe their own fields while they are being
// rewritten; folder, file type and the chapter's year live here.
const monitor: Collection = {
  label: 'Monitor',
  singular: 'monitorjaar',
  article: 'het',
  folder: 'monitor',
  extension: '.yaml',
  url: 'none',
  fields: {},
  fieldsOwnedBy: 'src/schemas/monitor.ts',
};

const monitorChapters: Collection = {
  label: 'Monitorhoofdstukken',
  singular: 'monitorhoofdstuk',
  article: 'het',
  folder: 'monitor-chapters',
  extension: '.mdx',
  url: 'none',
  fields: {},
  fieldsOwnedBy: 'src/schemas/monitorChapter.ts',
};

export const collections: Readonly<Record<CollectionName, Collection>> = {
  articles,
  actions,
  editions,
  places,
  municipalities,
  themes,
  campaigns,
  monitor,
  monitorChapters,
  pages,
};
