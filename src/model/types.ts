/**
 * The shape of the content model: plain data that describes every collection and field, so the
 * schemas, the content check, the scaffold and a CMS configuration can be derived from one place.
 */

export const collectionNames = [
  'articles',
  'actions',
  'editions',
  'places',
  'municipalities',
  'themes',
  'campaigns',
  'monitor',
  'monitorChapters',
  'pages',
] as const;
export type CollectionName = (typeof collectionNames)[number];

interface FieldBase {
  /** Short Dutch label, for a form. */
  readonly label: string;
  /** The Dutch help text: the schema's `.describe()`, the scaffold's comment, a CMS hint. */
  readonly hint: string;
  readonly required: boolean;
}

/** One field of an entry. `min`/`max` are lengths for text, values for numbers, counts for lists. */
export type Field =
  | (FieldBase & { readonly type: 'string' | 'text'; readonly min?: number; readonly max?: number })
  | (FieldBase & { readonly type: 'number'; readonly min?: number; readonly max?: number })
  | (FieldBase & { readonly type: 'boolean' | 'date' | 'color' })
  | (FieldBase & { readonly type: 'select'; readonly options: readonly string[] })
  /** The id (file name without extension) of an entry in another collection. */
  | (FieldBase & { readonly type: 'reference'; readonly collection: CollectionName })
  /** An image file relative to the entry, with its own fields (alt, credit…). */
  | (FieldBase & { readonly type: 'image'; readonly fields: Fields })
  | (FieldBase & { readonly type: 'object'; readonly fields: Fields })
  | (FieldBase & { readonly type: 'list'; readonly of: Field; readonly min?: number });

export type Fields = Readonly<Record<string, Field>>;

/** Fields that only some entries of a collection have, chosen by the value of `key`. */
export interface Variants {
  readonly key: string;
  readonly label: string;
  readonly hint: string;
  readonly options: Readonly<Record<string, { readonly label: string; readonly fields: Fields }>>;
}

export interface Collection {
  /** Dutch names, plural and singular: "Artikelen", "artikel". */
  readonly label: string;
  readonly singular: string;
  /** The Dutch article of the singular, for messages: "een bestaand thema", "een bestaande plaats". */
  readonly article: 'de' | 'het';
  /** content/<folder>/ holds one file per entry; the file name (without extension) is its id. */
  readonly folder: string;
  readonly extension: '.mdx' | '.yaml';
  /**
   * Where an entry's id appears in a URL: `entry` is the top level shared by articles and actions
   * (/<id>/), `section` a segment under a section (/thema/<id>/), `none` not at all.
   */
  readonly url: 'entry' | 'section' | 'none';
  readonly fields: Fields;
  readonly variants?: Variants;
  /** Whose schema describes the fields when they are not listed here (the monitor's, for now). */
  readonly fieldsOwnedBy?: string;
}
