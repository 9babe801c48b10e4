/**
 * The content model as plain data: collections, fields with their Dutch hints, slug rules, images,
 * the MDX components. Plain Node imports this (type stripping), so the scripts and the site share it.
 */
import { collections } from './collections.ts';
import type { CollectionName, Field, Fields } from './types.ts';

export { collections } from './collections.ts';
export * from './components.ts';
export * from './media.ts';
export * from './placeholders.ts';
export * from './slugs.ts';
export * from './types.ts';
export * from './vocabulary.ts';

/** The fields of an entry: the collection's own, with those of its variant (an article's kind) on top. */
export function fieldsOf(name: CollectionName, variant?: unknown): Fields {
  const { fields, variants } = collections[name];
  const extra = variants && typeof variant === 'string' ? variants.options[variant]?.fields : undefined;
  return extra ? { ...fields, ...extra } : fields;
}

export type Path = readonly (string | number)[];

/** A field anywhere in an entry's data, with its path ("toc", 3, "article") and value. */
export interface FieldValue {
  readonly path: Path;
  readonly field: Field;
  readonly value: unknown;
}

/** Every field an entry's data fills in, depth first, following the model's shape. */
export function* walkFields(fields: Fields, data: unknown, path: Path = []): Generator<FieldValue> {
  if (!data || typeof data !== 'object') return;
  for (const [name, field] of Object.entries(fields)) {
    const value = (data as Record<string, unknown>)[name];
    if (value === undefined) continue;
    yield* walkField(field, value, [...path, name]);
  }
}

function* walkField(field: Field, value: unknown, path: Path): Generator<FieldValue> {
  yield { path, field, value };
  if (field.type === 'object' || field.type === 'image') yield* walkFields(field.fields, value, path);
  if (field.type === 'list' && Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walkField(field.of, item, [...path, i]);
  }
}

/** The references an entry makes: each with the collection it points into. */
export function* referencesOf(name: CollectionName, data: unknown): Generator<FieldValue & { collection: CollectionName }> {
  const key = collections[name].variants?.key;
  const variant = key && data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  for (const found of walkFields(fieldsOf(name, variant), data)) {
    if (found.field.type === 'reference') yield { ...found, collection: found.field.collection };
  }
}

/** "toc[3].article": how messages and the editors' guide write a path. */
export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The model's field at a path of an entry ("hero", "alt"), for the hint an error message can repeat. */
export function fieldAt(name: CollectionName, variant: unknown, path: Path): Field | undefined {
  let fields: Fields | undefined = fieldsOf(name, variant);
  let field: Field | undefined;
  for (const key of path) {
    if (typeof key === 'number') {
      if (field?.type !== 'list') return undefined;
      field = field.of;
    } else {
      field = fields?.[key];
    }
    fields = field?.type === 'object' || field?.type === 'image' ? field.fields : undefined;
    if (!field) return undefined;
  }
  return field;
}
