// The visual editor's (Decap CMS) configuration, generated from the content model in src/model/: every
// collection, field, Dutch label, hint, reference and MDX component comes from there, so a field added
// to the model appears in the editor with its label and hint. tests/unit/editorConfig.test.ts compares
// the result with the zod schemas. Nothing here is written by hand except how Decap names new files.
import { collections, fieldsOf, mdxComponents, photoFolder } from '../../../src/model/index.ts';

/** The collections editors work on in the editor; the monitor stays file-based (its schema owns its fields). */
export const editorCollections = ['articles', 'actions', 'places', 'municipalities', 'themes', 'campaigns', 'editions', 'pages'];

/**
 * How the editor names a new file (Decap's slug template), when not from the title. The content check
 * still checks every name (src/model/slugs.ts); these only make the editor's first guess right.
 */
const fileNames = {
  editions: '{{year}}',
  campaigns: '{{edition}}-{{utmCampaign}}',
};

/** Collections whose entries each have a route of their own: editors change them, never add one. */
const fixedEntries = new Set(['pages']);

/** The field that names an entry in lists and pick-lists: its title, or else its name. */
export function labelField(name) {
  const { fields } = collections[name];
  return 'title' in fields ? 'title' : 'name' in fields ? 'name' : Object.keys(fields)[0];
}

const pick = (field, keys) => Object.fromEntries(keys.filter((k) => field[k] !== undefined).map((k) => [k, field[k]]));

/** A relation (pick-list) of existing entries of `collection`; the stored value is the file name. */
function relation(collection) {
  const shown = labelField(collection);
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown] };
}

/** Decap's widget for one model field. `name` is the key the file uses. */
export function widget(name, field) {
  const base = { name, label: field.label, hint: field.hint, required: field.required };
  switch (field.type) {
    case 'string':
    case 'text':
      return { ...base, widget: field.type };
    case 'number': {
      const whole = [field.min, field.max].every((n) => n === undefined || Number.isInteger(n));
      return { ...base, widget: 'number', value_type: whole ? 'int' : 'float', ...pick(field, ['min', 'max']) };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', default: false };
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'D-M-YYYY', time_format: false, picker_utc: true };
    case 'color':
      return { ...base, widget: 'color' };
    case 'select':
      return { ...base, widget: 'select', options: [...field.options] };
    case 'reference':
      return { ...base, ...relation(field.collection) };
    case 'image':
      // The file itself is `src`: an upload into content/photos/, or a choice among the photos there.
      return { ...base, widget: 'object', collapsed: false, fields: fieldList(field.fields, { src: { widget: 'image', choose_url: false } }, !field.required) };
    case 'object':
      return { ...base, widget: 'object', collapsed: !field.required, fields: fieldList(field.fields, {}, !field.required) };
    case 'list': {
      const count = field.min ? { min: field.min } : {};
      if (field.of.type === 'reference') return { ...base, ...relation(field.of.collection), multiple: true, ...count };
      if (field.of.type === 'object') return { ...base, widget: 'list', collapsed: false, fields: fieldList(field.of.fields), ...count };
      return { ...base, widget: 'list', field: widget(name, field.of), ...count };
    }
    default:
      throw new Error(`the editor has no widget for a field of type ${field.type} (${name})`);
  }
}

/**
 * Decap checks the fields inside an object even when the object itself is optional and left empty, so
 * there they are optional in the form; the content check still asks for them once the object is filled in.
 */
function fieldList(fields, overrides = {}, optional = false) {
  return Object.entries(fields).map(([name, field]) => ({ ...widget(name, field), ...(optional ? { required: false } : {}), ...overrides[name] }));
}

/**
 * An article's kind and the fields only some kinds have. Decap shows one form for every kind, so a
 * variant's fields are optional in the form, with their kind in the hint; the content check holds the
 * rule ("an interview needs an interviewee") and says so in Dutch when saving.
 */
function variantFields(name) {
  const { variants, fields } = collections[name];
  if (!variants) return { before: [], after: [] };
  const kind = {
    name: variants.key,
    label: variants.label,
    hint: variants.hint,
    required: true,
    widget: 'select',
    options: Object.entries(variants.options).map(([value, { label }]) => ({ value, label })),
  };
  const extra = [];
  for (const [key, option] of Object.entries(variants.options)) {
    for (const [field, description] of Object.entries(option.fields)) {
      if (field in fields || extra.some((f) => f.name === field)) continue;
      extra.push({
        ...widget(field, { ...description, required: false }),
        hint: `Alleen bij ${option.label.toLowerCase()} (${variants.key}: ${key}). ${description.hint}`,
      });
    }
  }
  return { before: [kind], after: extra };
}

/** The body of an MDX entry: Markdown with the site's components, which the editor inserts as blocks. */
function bodyField() {
  const names = Object.values(mdxComponents).map((c) => c.label.toLowerCase());
  return {
    name: 'body',
    label: 'Tekst',
    hint: `De tekst van het stuk. Tussenkoppen, vet, cursief, lijsten en links maak je met de knoppen; met + voeg je een ${names.join(', ')} in.`,
    widget: 'markdown',
    modes: ['rich_text', 'raw'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: Object.keys(mdxComponents),
    sanitize_preview: true,
    required: true,
  };
}

/** The fields of a collection in file order: its own, with the variant key after the edition. */
export function collectionFields(name) {
  const { before, after } = variantFields(name);
  const own = fieldList(fieldsOf(name));
  const at = own.findIndex((f) => f.name === 'edition') + 1 || own.length;
  const fields = [...own.slice(0, at), ...before, ...own.slice(at), ...after];
  return collections[name].extension === '.mdx' ? [...fields, bodyField()] : fields;
}

/** One Decap collection: content/<folder>/, its file type, its form, new names and photos. */
export function collection(name, contentPath = 'content') {
  const c = collections[name];
  const mdx = c.extension === '.mdx';
  return {
    name,
    label: c.label,
    label_singular: c.singular,
    folder: `${contentPath}/${c.folder}`,
    extension: c.extension.slice(1),
    format: mdx ? 'frontmatter' : 'yaml',
    create: !fixedEntries.has(name),
    delete: false,
    identifier_field: labelField(name),
    slug: fileNames[name] ?? `{{${labelField(name)}}}`,
    summary: `{{${labelField(name)}}}`,
    sortable_fields: [labelField(name)],
    // Photos go to content/photos/; files refer to them relative to themselves (../photos/naam.jpg).
    media_folder: `../${photoFolder}`,
    public_folder: `../${photoFolder}`,
    editor: { preview: false },
    fields: collectionFields(name),
  };
}

/**
 * The whole configuration. `backend` is Decap's backend block: the local proxy (npm run redactie) or a
 * Git host (docs/editor.md). `contentPath` is content/ relative to the repository Decap writes into.
 * `workflow`: every save becomes a pull request (online), so CI checks it before it goes live.
 */
export function editorConfig({ backend, contentPath = 'content', workflow = false }) {
  return {
    backend,
    ...(workflow ? { publish_mode: 'editorial_workflow' } : {}),
    locale: 'nl',
    load_config_file: false,
    media_folder: `${contentPath}/${photoFolder}`,
    public_folder: `../${photoFolder}`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: editorCollections.map((name) => collection(name, contentPath)),
  };
}

/** The editors' MDX components as the browser script registers them (src/model/components.ts). */
export const editorComponents = mdxComponents;
