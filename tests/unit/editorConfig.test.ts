// The visual editor's configuration is generated from src/model/; these tests hold it against the zod
// schemas the build validates with, so a form can never ask for a field the build refuses, miss one it
// requires, or show another hint than the schema's.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collection, editorCollections, editorConfig } from '../../scripts/lib/editor/config.mjs';
import { collections as config } from '../../src/content.config';
import { type CollectionName, collections, mdxComponents } from '../../src/model/index.ts';

const image = () => z.string();
type Schema = z.ZodType;
interface Widget {
  name: string;
  label: string;
  hint?: string | undefined;
  required: boolean;
  widget: string;
  collection?: string;
  multiple?: boolean;
  fields?: Widget[];
  field?: Widget;
  options?: unknown[];
  /** Set by the test for a kind's own field, which the form shows optional whatever the schema says. */
  insideOptional?: boolean;
}

const schemaOf = (name: CollectionName): Schema => {
  const s = config[name].schema as Schema | ((ctx: { image: typeof image }) => Schema);
  return typeof s === 'function' ? s({ image }) : s;
};
function core(schema: Schema): Schema {
  const def = (schema as unknown as { def: { type: string; innerType?: Schema } }).def;
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) return core(def.innerType);
  return schema;
}
const shapeOf = (schema: Schema) => (core(schema) as unknown as { shape: Record<string, Schema> }).shape;
const itemOf = (schema: Schema) => (core(schema) as unknown as { def: { element: Schema } }).def.element;

/** Photo fields the model has and src/schemas/image.ts gets from branch design (tests/unit/model.test.ts says the same). */
const pendingInSchema = new Set(['credit', 'caption', 'focus']);

/**
 * Differences between the editor's fields and a zod object. `optionalForm` is true inside an optional
 * object, where the form leaves every field optional on purpose (the check asks for them).
 */
function compare(widgets: Widget[], schema: Schema, at: string, out: string[], optionalForm = false) {
  const shape = shapeOf(schema);
  for (const w of widgets) {
    const where = `${at}.${w.name}`;
    const zodField = shape[w.name];
    if (!zodField) {
      if (!pendingInSchema.has(w.name)) out.push(`${where}: in the editor, not in the schema`);
      continue;
    }
    if (w.hint !== zodField.description) out.push(`${where}: editor hint "${w.hint}", schema "${zodField.description}"`);
    const optional = zodField.safeParse(undefined).success;
    if (!optionalForm && w.required === optional) out.push(`${where}: required ${w.required} in the editor, optional ${optional} in the schema`);
    if (w.widget === 'object' && w.fields) compare(w.fields, zodField, where, out, optionalForm || !w.required || w.insideOptional === true);
    if (w.widget === 'list' && w.fields) compare(w.fields, itemOf(zodField), where, out);
    if (w.widget === 'relation') {
      const target = collections[w.collection as CollectionName];
      const bogus = w.multiple ? ['bestaat-zeker-niet'] : 'bestaat-zeker-niet';
      const message = core(zodField).safeParse(bogus).error?.issues[0]?.message ?? '';
      if (!target || !message.includes(`content/${target.folder}/`)) out.push(`${where}: the editor picks from ${w.collection}, the schema says "${message}"`);
    }
  }
  for (const [name, zodField] of Object.entries(shape)) {
    if (zodField.description && !widgets.some((w) => w.name === name)) out.push(`${at}.${name}: in the schema, not in the editor`);
  }
}

/** Every difference between the generated configuration of one collection and its schema. */
function differences(name: CollectionName, generated = collection(name) as { fields: Widget[] }): string[] {
  const out: string[] = [];
  const fields = generated.fields.filter((f) => f.name !== 'body');
  const { variants } = collections[name];
  if (!variants) {
    compare(fields, schemaOf(name), name, out);
    return out;
  }
  const options = (schemaOf(name) as unknown as { options: Schema[] }).options;
  const kind = fields.find((f) => f.name === variants.key);
  if (!kind?.required) out.push(`${name}.${variants.key}: missing or optional in the editor`);
  for (const key of Object.keys(variants.options)) {
    const option = options.find((o) => shapeOf(o)[variants.key]?.safeParse(key).success);
    if (!option) {
      out.push(`${name}: no schema for ${variants.key} ${key}`);
      continue;
    }
    const shape = shapeOf(option);
    // Fields of other kinds are in the one form, optional; this kind's own are checked as the schema says.
    // A kind that tightens a shared field (a succesverhaal needs a place) keeps the shared field in the
    // form; the content check words that kind's rule. The other kinds compare the shared field.
    const variantFields = Object.keys(variants.options[key]?.fields ?? {});
    const tightened = new Set(variantFields.filter((f) => f in collections[name].fields));
    const variantOnly = new Set(variantFields.filter((f) => !tightened.has(f)));
    const own = fields.filter((f) => f.name !== variants.key && (f.name in shape || !f.hint?.startsWith('Alleen bij')));
    // A kind's own fields are optional in the one form, and so is everything inside them.
    const relaxed = own.map((f) =>
      variantOnly.has(f.name) || tightened.has(f.name)
        ? { ...f, required: !shape[f.name]?.safeParse(undefined).success, hint: shape[f.name]?.description, insideOptional: true }
        : f,
    );
    compare(relaxed, option, `${name}[${key}]`, out);
    for (const f of tightened) if (!shape[f]) out.push(`${name}[${key}].${f}: in the model's ${key}, not in its schema`);
  }
  return out;
}

describe('the visual editor’s configuration', () => {
  it('offers exactly the collections editors work on, each in its content folder', () => {
    const { collections: generated } = editorConfig({ backend: { name: 'proxy' } });
    expect(generated.map((c: { name: string }) => c.name)).toEqual(editorCollections);
    for (const c of generated) expect(c.folder).toBe(`content/${collections[c.name as CollectionName].folder}`);
  });

  it('agrees with the schemas: every field, hint, required field and pick-list', () => {
    expect(editorCollections.flatMap((name) => differences(name as CollectionName))).toEqual([]);
  });

  it('notices a disagreement: a hint that drifted, a field the schema lacks, a required field left optional', () => {
    const generated = collection('themes') as { fields: Widget[] };
    const drifted = {
      fields: [
        ...generated.fields.map((f) => (f.name === 'name' ? { ...f, hint: 'Een andere tekst.' } : f.name === 'color' ? { ...f, required: false } : f)),
        { name: 'icon', label: 'Icoon', hint: 'Nieuw.', required: false, widget: 'string' },
      ],
    };
    expect(differences('themes', drifted)).toEqual([
      'themes.name: editor hint "Een andere tekst.", schema "Naam van het thema zoals lezers het zien."',
      'themes.color: required false in the editor, optional false in the schema',
      'themes.icon: in the editor, not in the schema',
    ]);
  });

  it('gives every MDX body the site’s components as blocks, and names new files by the slug rule', () => {
    for (const name of editorCollections) {
      const c = collection(name as CollectionName);
      const body = c.fields.find((f: Widget) => f.name === 'body');
      if (collections[name as CollectionName].extension === '.mdx') expect(body?.editor_components).toEqual(Object.keys(mdxComponents));
      else expect(body).toBeUndefined();
      expect(c.media_folder).toBe('../photos');
    }
  });
});
