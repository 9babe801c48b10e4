/** The fixed lists editors choose from: keys are what they write, labels what readers see. */

/** The kinds of article the magazine prints. */
export const articleKinds = {
  interview: 'Interview',
  achtergrond: 'Achtergrond',
  succesverhaal: 'Succesverhaal',
  academie: 'Academie',
  partners: 'Partners',
} as const;
export type ArticleKind = keyof typeof articleKinds;

export const placeTypes = ['buurt', 'wijk', 'dorp', 'kern'] as const;

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

/** Shapes the illustration generator knows; each theme picks one as its motif. */
export const motifs = ['sun', 'leaf', 'house', 'drop', 'people', 'bridge', 'book'] as const;

/** Sections of the printed magazine that are not single entries. */
export const tocSections = ['acties', 'monitor'] as const;
