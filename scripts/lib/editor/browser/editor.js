// Runs in the editor page only (never on the public site): Dutch texts in the "je" form, the site's MDX
// components as blocks in the body editor, and the content check after every save. The configuration
// and the components come from the server, generated from src/model/.
import nl from './locale-nl.js';

const CMS = window.CMS;

/** Decap's Dutch, with the phrases editors meet most in the "je" form and "publiceren" said honestly. */
const phrases = {
  editor: {
    editorControlPane: { widget: { required: '%{fieldLabel}: vul dit veld in, het is verplicht.' } },
    editorToolbar: {
      publish: 'Opslaan',
      publishNow: 'Nu opslaan',
      publishing: 'Opslaan…',
      published: 'Opgeslagen',
      publishAndCreateNew: 'Opslaan en nieuw stuk',
      publishAndDuplicate: 'Opslaan en kopiëren',
    },
    editor: { confirmLoadBackup: 'Er is een niet-opgeslagen versie van dit stuk bewaard. Wil je die terughalen?' },
  },
  ui: { toast: { missingRequiredField: 'Niet opgeslagen: vul eerst de verplichte velden in (rood gemarkeerd).', entrySaved: 'Opgeslagen' } },
};

function merge(base, extra) {
  const out = { ...base };
  for (const [k, v] of Object.entries(extra)) out[k] = v && typeof v === 'object' ? merge(base?.[k] ?? {}, v) : v;
  return out;
}

// --- MDX components as editor blocks -------------------------------------------------------------

const attribute = /([A-Za-z]+)=(?:"([^"]*)"|\{([^}]*)\})/g;

function readAttributes(text) {
  const out = {};
  for (const [, name, quoted, braced] of text.matchAll(attribute)) {
    out[name] = quoted ?? (/^-?\d+(\.\d+)?$/.test(braced.trim()) ? Number(braced) : braced.trim().replace(/^["']|["']$/g, ''));
  }
  return out;
}

/** Attribute text as JSX wants it: numbers in braces, text in double quotes (which it may not contain). */
function writeAttributes(props, data) {
  return Object.entries(props)
    .filter(([name]) => data[name] !== undefined && data[name] !== null && data[name] !== '')
    .map(([name, prop]) =>
      prop.type === 'number' ? ` ${name}={${Number(data[name])}}` : ` ${name}="${String(data[name]).replaceAll('"', '”').replace(/\s+/g, ' ')}"`,
    )
    .join('');
}

const escapeHtml = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One component of src/model/components.ts as a Decap editor component. */
function editorComponent(name, component) {
  const attrs = '((?:\\s+[A-Za-z]+=(?:"[^"]*"|\\{[^}]*\\}))*)\\s*';
  const markdown = component.children === 'markdown';
  const fields = Object.entries(component.props).map(([prop, p]) => ({
    name: prop,
    label: p.label,
    hint: p.hint,
    required: p.required,
    widget: p.type === 'image' ? 'image' : p.type === 'number' ? 'number' : 'string',
    ...(p.type === 'image' ? { choose_url: false } : {}),
  }));
  // A plain text field, not a second rich-text editor inside the first: Markdown typed here (a list
  // with "- ") stays exactly as typed.
  if (markdown)
    fields.push({
      name: 'children',
      label: 'Tekst',
      hint: 'Tekst in het kader; een lijst maak je met een - aan het begin van elke regel.',
      widget: 'text',
      required: true,
    });
  return {
    id: name,
    label: component.label,
    fields,
    pattern: markdown ? new RegExp(`^<${name}${attrs}>\\s*([\\s\\S]*?)\\s*</${name}>`) : new RegExp(`^<${name}${attrs}/>`),
    fromBlock: (match) => ({ ...readAttributes(match[1] ?? ''), ...(markdown ? { children: match[2] } : {}) }),
    toBlock: (data) =>
      markdown
        ? `<${name}${writeAttributes(component.props, data)}>\n\n${(data.children ?? '').trim()}\n\n</${name}>`
        : `<${name}${writeAttributes(component.props, data)} />`,
    toPreview: (data) =>
      `<div class="mdx-component"><strong>${escapeHtml(component.label)}</strong> ${escapeHtml(data.titel ?? data.alt ?? data.id ?? data.children ?? '')}</div>`,
  };
}

// --- The content check after saving --------------------------------------------------------------

/** A panel that stays until the editor closes it: the check's Dutch report for the saved file. */
function showReport({ ok, file, report, others }) {
  let panel = document.getElementById('inhoudscontrole');
  if (!panel) {
    panel = document.createElement('section');
    panel.id = 'inhoudscontrole';
    panel.setAttribute('role', 'status');
    panel.setAttribute('aria-live', 'polite');
    document.body.append(panel);
  }
  panel.className = ok ? 'in-orde' : 'fouten';
  const title = ok ? `Gecontroleerd: ${file} is in orde.` : `Opgeslagen, maar nog niet klaar om te publiceren: ${file}`;
  const more = others ? `<p>In andere bestanden staan nog ${others} fouten; draai npm run check:content voor de lijst.</p>` : '';
  panel.innerHTML = `<h2>${escapeHtml(title)}</h2>${report ? `<pre>${escapeHtml(report)}</pre>` : ''}${more}<button type="button">Sluiten</button>`;
  panel.querySelector('button').addEventListener('click', () => panel.remove());
}

async function checkSaved({ entry }) {
  const body = JSON.stringify({ collection: entry.get('collection'), slug: entry.get('slug'), path: entry.get('path') });
  try {
    const response = await fetch('./api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    showReport(await response.json());
  } catch (error) {
    showReport({ ok: false, file: '(controle)', report: `De controle kon niet draaien: ${error.message}. Draai npm run check:content.` });
  }
}

// --- Start ---------------------------------------------------------------------------------------

const { config, components, check } = await (await fetch('./config.json')).json();
CMS.registerLocale('nl', merge(nl, phrases));
for (const [name, component] of Object.entries(components)) CMS.registerEditorComponent(editorComponent(name, component));
// Online there is no server of ours: CI runs the same check on the pull request the save opens.
if (check) CMS.registerEventListener({ name: 'postSave', handler: checkSaved });
CMS.init({ config });
