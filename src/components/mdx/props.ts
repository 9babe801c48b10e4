import { z } from 'astro/zod';
import { type ComponentProp, imageExtensions, type MdxComponentName, mdxComponents, photoFolder } from '../../model/index.ts';
import { expected } from '../../schemas/plain';

type Model<N extends MdxComponentName> = (typeof mdxComponents)[N]['props'];
type Value<P> = P extends { readonly type: 'number' } ? number : string;
type RequiredKeys<M> = { [K in keyof M]: M[K] extends { readonly required: true } ? K : never }[keyof M];

/** The props of a component as the model describes them: required ones present, optional ones maybe. */
export type EditorProps<N extends MdxComponentName> = { [K in RequiredKeys<Model<N>>]: Value<Model<N>[K]> } & {
  [K in Exclude<keyof Model<N>, RequiredKeys<Model<N>>>]?: Value<Model<N>[K]>;
};

/** A photo in <Foto src>: a file in content/photos/, written relative to the story. */
export const photoPrefix = `../${photoFolder}/`;
const photoPath = new RegExp(`^\\.\\./${photoFolder}/[^/]+\\.(${imageExtensions.map((e) => e.slice(1)).join('|')})$`, 'i');
const formats = 'JPEG, PNG of WebP';

/** How the model's example writes this prop (`jaar={2025}`, `titel="In het kort"`), to show the editor. */
const sample = (example: string, key: string) => example.match(new RegExp(`\\b${key}=(\\{[^}]*\\}|"[^"]*")`))?.[0];

/** One prop's zod schema, from the model: type, required, min and max, with Dutch messages. */
function propSchema(key: string, prop: ComponentProp, example: string): z.ZodType {
  const about = `(${prop.label}: ${prop.hint.replace(/[.\s]+$/, '')})`;
  const like = sample(example, key);
  let schema: z.ZodType;
  if (prop.type === 'number') {
    let n = z.number({ error: expected(`een getal zonder aanhalingstekens${like ? `, zoals ${like}` : ''} ${about}`) });
    if (prop.min !== undefined) n = n.min(prop.min, { error: expected(`een getal van minstens ${prop.min} ${about}`) });
    if (prop.max !== undefined) n = n.max(prop.max, { error: expected(`een getal van hoogstens ${prop.max} ${about}`) });
    schema = n;
  } else if (prop.type === 'image') {
    const path = `een pad als ${key}="${photoPrefix}naam.jpg"`;
    schema = z.string({ error: expected(path) }).regex(photoPath, { error: expected(`${path}: een ${formats}-bestand in content/${photoFolder}/`) });
  } else {
    const min = prop.min ?? 1;
    let s = z
      .string({ error: expected(`tekst tussen aanhalingstekens${like ? `, zoals ${like}` : ''} ${about}`) })
      .trim()
      .min(min, { error: expected(`minstens ${min} ${min === 1 ? 'teken' : 'tekens'} ${about}`) });
    if (prop.max !== undefined) s = s.max(prop.max, { error: expected(`hoogstens ${prop.max} tekens ${about}`) });
    schema = s;
  }
  return prop.required ? schema : schema.optional();
}

const schemas = new Map<MdxComponentName, z.ZodType>();

/**
 * The zod schema of a component's props, built from src/model/components.ts, the one description
 * the content check and the editor read too: the component accepts exactly what the check lets through.
 */
export function modelSchema<N extends MdxComponentName>(name: N): z.ZodType<EditorProps<N>> {
  let schema = schemas.get(name);
  if (!schema) {
    const component = mdxComponents[name];
    const entries = Object.entries(component.props as Readonly<Record<string, ComponentProp>>);
    const known = entries.map(([key]) => key).join(', ') || 'geen';
    const shape = Object.fromEntries(entries.map(([key, prop]) => [key, propSchema(key, prop, component.example)]));
    schema = z.strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `<${name}> kent ${issue.keys.join(', ')} niet; wel: ${known}`
          : `verwacht eigenschappen als naam="waarde", bijvoorbeeld: ${component.example}`,
    });
    schemas.set(name, schema);
  }
  return schema as z.ZodType<EditorProps<N>>;
}

/**
 * Checks the props an editor wrote on an MDX component against the content model and stops the build
 * with a Dutch message that names the component, the page and every wrong or missing prop.
 */
export function editorProps<N extends MdxComponentName>(component: N, props: unknown, page: URL): EditorProps<N> {
  const result = modelSchema(component).safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || 'eigenschappen'}: ${i.message}`).join('\n');
  throw new Error(`<${component}> op ${page.pathname} klopt niet:\n${problems}\nZie docs/redactiegids.md, "Wat mag er in de tekst".`);
}
