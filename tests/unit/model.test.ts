import { readdirSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collections as config } from '../../src/content.config';
import { type CollectionName, collectionNames, collections, type Field, type Fields, reservedSlugs, slugProblem } from '../../src/model/index.ts';

// Outside Astro, image() is a plain path; the image itself is the content check's business.
const image = () => z.string();
type Schema = z.ZodType;
const schemaOf = (name: CollectionName): Schema => {
  const s = config[name].schema as Schema | ((ctx: { image: typeof image }) => Schema);
  return typeof s === 'function' ? s({ image }) : s;
};

/** The schema inside optional(), default(), pipes and refinements, where the shape lives. */
function core(schema: Schema): Schema {
  const def = (schema as unknown as { def: { type: string; innerType?: Schema; in?: Schema } }).def;
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) return core(def.innerType);
  return schema;
}
const shapeOf = (schema: Schema) => (core(schema) as unknown as { shape: Record<string, Schema> }).shape;
const itemOf = (schema: Schema) => (core(schema) as unknown as { def: { element: Schema } }).def.element;

/** Compares a model's fields with a zod object: hints, required, nested fields, reference targets. */
function compare(fields: Fields, schema: Schema, at: string, out: string[]) {
  const shape = shapeOf(schema);
  for (const [name, field] of Object.entries(fields)) {
    const where = `${at}.${name}`;
    const zodField = shape[name];
    if (!zodField) {
      out.push(`${where}: in the model, not in the schema`);
      continue;
    }
    if (zodField.description !== field.hint) out.push(`${where}: schema says "${zodField.description}", model says "${field.hint}"`);
    const optional = zodField.safeParse(undefined).success;
    if (optional === field.required) out.push(`${where}: required ${field.required} in the model, optional ${optional} in the schema`);
    compareInner(field, zodField, where, out);
  }
  for (const name of Object.keys(shape))
    if (!(name in fields) && shape[name]?.description) out.push(`${at}.${name}: described in the schema, not in the model`);
}

function compareInner(field: Field, zodField: Schema, where: string, out: string[]) {
  if (field.type === 'object' || field.type === 'image') compare(field.fields, zodField, where, out);
  if (field.type === 'list' && field.of.type === 'object') compare(field.of.fields, itemOf(zodField), where, out);
  const target = field.type === 'reference' ? field.collection : field.type === 'list' && field.of.type === 'reference' ? field.of.collection : undefined;
  if (target) {
    const bogus = field.type === 'list' ? ['bestaat-zeker-niet'] : 'bestaat-zeker-niet';
    const message = core(zodField).safeParse(bogus).error?.issues[0]?.message ?? '';
    if (!message.includes(`content/${collections[target].folder}/`)) out.push(`${where}: the schema does not refer to ${target} ("${message}")`);
  }
}

describe('the content model', () => {
  it('names the collections content.config.ts defines, no more and no fewer', () => {
    expect(Object.keys(config).sort()).toEqual([...collectionNames].sort());
  });

  it('is what the schemas describe: every hint, required field and reference agrees', () => {
    const out: string[] = [];
    for (const name of collectionNames) {
      const { fields, variants } = collections[name];
      if (Object.keys(fields).length === 0) continue; // the monitor describes its own fields for now
      const schema = schemaOf(name);
      if (!variants) {
        compare(fields, schema, name, out);
        continue;
      }
      const options = (schema as unknown as { options: Schema[] }).options;
      expect(options.length, name).toBe(Object.keys(variants.options).length);
      for (const [key, variant] of Object.entries(variants.options)) {
        const option = options.find((o) => shapeOf(o)[variants.key]?.safeParse(key).success);
        if (!option) out.push(`${name}: no schema for ${variants.key} ${key}`);
        else compare({ ...fields, ...variant.fields }, option, `${name}[${key}]`, out);
      }
    }
    expect(out).toEqual([]);
  });

  it('catches a hint that drifts: a schema with another text is reported', () => {
    const out: string[] = [];
    const drifted = z.object({ name: z.string().describe('Een andere tekst.') });
    compare({ name: { type: 'string', label: 'Naam', hint: 'De tekst uit het model.', required: true } }, drifted, 'test', out);
    expect(out).toEqual(['test.name: schema says "Een andere tekst.", model says "De tekst uit het model."']);
  });

  it('reserves every top-level path the site or the host serves, including 404', () => {
    const routes = readdirSync('src/pages')
      .map((f) => f.replace(/\.(astro|ts)$/, ''))
      .filter((f) => !f.startsWith('[') && f !== 'index');
    const files = readdirSync('public').filter((f) => !f.startsWith('_'));
    const expected = [...routes, ...files.filter((f) => /^[a-z0-9-]+$/.test(f))];
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.filter((r) => !(reservedSlugs as readonly string[]).includes(r))).toEqual([]);
    expect(reservedSlugs).toContain('404');
  });

  it('words the slug rule once: the same phrase for a bad name and a reserved one', () => {
    expect(slugProblem('vijfhuizen')).toBeUndefined();
    expect(slugProblem('Warmte_Wandeling')).toMatch(/^kleine letters, cijfers en losse streepjes/);
    expect(slugProblem('404')).toMatch(/geen onderdeel van de site/);
  });
});
