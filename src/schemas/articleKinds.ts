/**
 * The kinds of article the magazine prints. The key is what editors write in
 * `kind`; the label is what readers see. A file of its own (no Astro imports)
 * so the editors' scripts can import it under plain Node.
 */
export const articleKinds = {
  interview: 'Interview',
  achtergrond: 'Achtergrond',
  succesverhaal: 'Succesverhaal',
  academie: 'Academie',
  partners: 'Partners',
} as const;
export type ArticleKind = keyof typeof articleKinds;
