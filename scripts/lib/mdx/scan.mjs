// Reads an MDX file the way the build compiles it (Sätteri, as Astro 7's MDX does) and refuses what an
// editor's text must not contain: code (import/export, {…}), unknown components or props, HTML outside
// the allowlist, event attributes and javascript:/data: URLs. Pure: no files are read, so the build's
// Sätteri plugin (./plugin.mjs) and the content check run exactly this.
import { mdxToMdast } from 'satteri';
import { allowedGlobalAttributes, allowedHtml, mdxComponents, refusedHtml } from '../../../src/model/index.ts';
import { explainSyntaxError } from './syntax.mjs';

const safeSchemes = ['http', 'https', 'mailto', 'tel'];
const componentList = Object.keys(mdxComponents)
  .map((n) => `<${n}>`)
  .join(', ');

/** The scheme of a URL when it is not one a reader's browser may follow safely ("javascript", "data"). */
export function unsafeScheme(url) {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  const scheme = String(url)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is stripped
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .match(/^([a-z][a-z0-9+.-]*):/i)?.[1]
    ?.toLowerCase();
  return scheme && !safeSchemes.includes(scheme) ? scheme : undefined;
}

/** Attributes whose value a browser loads or follows as an address. */
const urlAttributes = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'srcset', 'background']);

function schemeAdvice(scheme) {
  if (scheme === 'data')
    return 'een data:-adres plakt een bestand in de tekst. Zet een beeld in content/photos/ en gebruik <Foto … />; link verder alleen naar webadressen.';
  if (scheme === 'javascript' || scheme === 'vbscript')
    return `een ${scheme}:-link voert code uit bij wie erop klikt. Link naar een webadres (https://…) of een pagina van de site (/over/).`;
  return 'link naar een webadres (https://…), een e-mailadres (mailto:…) of een pagina van de site (/over/).';
}

const snippet = (text, node) => {
  const { start, end } = node.position ?? {};
  if (!start) return '';
  const lines = text.split(/\r?\n/).slice(start.line - 1, end?.line ?? start.line);
  const s = lines.join(' ').trim();
  return s.length > 100 ? `${s.slice(0, 97)}…` : s;
};

/** A literal value written in an attribute: a string, or a number/true/false in {…}. undefined when it is code. */
function literal(value) {
  if (value === null || value === undefined) return true; // <details open>
  if (typeof value === 'string') return value;
  const code = String(value.value ?? '').trim();
  if (/^-?\d+(\.\d+)?$/.test(code)) return Number(code);
  if (code === 'true' || code === 'false') return code === 'true';
  const quoted = code.match(/^"([^"\\]*)"$|^'([^'\\]*)'$/);
  return quoted ? (quoted[1] ?? quoted[2]) : undefined;
}

/**
 * @typedef {{ line: number, expected: string, found: string, todo: string }} MdxProblem
 * @typedef {{ name: string, props: Record<string, unknown>, line: number }} ComponentUse
 */

/** Problems of one element's name and attributes; collects the components it uses. */
function element(node, text, problems, uses) {
  const line = node.position?.start.line ?? 1;
  const found = snippet(text, node);
  const add = (expected, todo) => problems.push({ line, expected, found, todo });
  const name = node.name;
  if (name === null) return; // a fragment, <>…</>
  const component = /^[A-Z]/.test(name) || name.includes('.') ? mdxComponents[name] : undefined;
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    if (!component)
      return add(`een onderdeel van de site: ${componentList}`, `<${name}> bestaat niet. Kies een van ${componentList}, of schrijf de tekst in Markdown.`);
  } else if (!(name in allowedHtml)) {
    return add(
      'Markdown, een onderdeel van de site of eenvoudige HTML (zoals <abbr>, <sup>, <table>)',
      refusedHtml[name] ?? `<${name}> is niet toegestaan in een stuk. Schrijf de tekst in Markdown of gebruik ${componentList}.`,
    );
  }
  const props = {};
  /** Props written at all, even as refused code, so a missing one is not reported twice. */
  const written = new Set();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      add('attributen als naam="waarde"', `{…} tussen de attributen is code; schrijf elk attribuut uit, zoals titel="In het kort".`);
      continue;
    }
    const key = attribute.name;
    written.add(key);
    const value = literal(attribute.value);
    if (/^on/i.test(key)) {
      add('geen attribuut dat code uitvoert', `het attribuut ${key}="…" voert code uit bij de lezer; haal het weg.`);
      continue;
    }
    if (value === undefined) {
      add('een vaste waarde: tekst tussen aanhalingstekens of een getal, zoals jaar={2025}', `de waarde ${key}={…} is code; schrijf de waarde zelf uit.`);
      continue;
    }
    // Only attributes a browser follows carry a scheme; "Foto: naam" in a credit is text, not an address.
    const scheme = typeof value === 'string' && urlAttributes.has(key.toLowerCase()) ? unsafeScheme(value) : undefined;
    if (scheme) {
      add('een webadres dat met https:// of / begint', schemeAdvice(scheme));
      continue;
    }
    if (component) {
      if (!(key in component.props)) {
        add(
          `alleen de eigenschappen van <${name}>: ${Object.keys(component.props).join(', ') || 'geen'}`,
          `haal ${key} weg of schrijf een van de bekende eigenschappen.`,
        );
      }
      props[key] = value;
    } else if (!allowedHtml[name].includes(key) && !allowedGlobalAttributes.includes(key)) {
      add(
        `alleen de attributen ${[...allowedHtml[name], ...allowedGlobalAttributes].join(', ')} op <${name}>`,
        key === 'style' || key === 'class'
          ? 'opmaak regelt de site zelf; haal het attribuut weg en gebruik Markdown (**vet**, *cursief*).'
          : `haal ${key} weg.`,
      );
    }
  }
  if (!component) return;
  for (const [key, prop] of Object.entries(component.props)) {
    const value = props[key];
    if (value === undefined) {
      if (prop.required && !written.has(key)) add(`<${name}> met ${key}="…" (${prop.hint})`, `vul ${key} in, bijvoorbeeld: ${component.example}`);
    } else if (prop.type === 'number' && typeof value !== 'number') {
      add(`${key} als getal, zoals ${key}={2025}`, `schrijf ${key}={${String(value).trim() || '2025'}}, zonder aanhalingstekens.`);
    } else if (prop.type !== 'number' && typeof value !== 'string') {
      add(`${key} als tekst tussen aanhalingstekens`, `schrijf ${key}="…".`);
    }
  }
  uses.push({ name, props, line });
}

/**
 * Compiles-and-checks one MDX file (frontmatter included, so lines are the file's). Returns the tree
 * (undefined when it does not compile), the problems, and what the check looks at further.
 */
export function scanMdx(text) {
  /** @type {MdxProblem[]} */
  const problems = [];
  /** @type {ComponentUse[]} */
  const uses = [];
  /** @type {{ url: string, alt: string, line: number }[]} */
  const images = [];
  /** @type {{ value: string, line: number }[]} */
  const texts = [];
  let tree;
  try {
    tree = mdxToMdast(text);
  } catch (error) {
    return { tree, problems: [explainSyntaxError(error, text)], uses, images, texts };
  }
  const visit = (node) => {
    const line = node.position?.start.line ?? 1;
    const add = (expected, todo) => problems.push({ line, expected, found: snippet(text, node), todo });
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          'tekst in Markdown, zonder import of export',
          `een stuk mag geen code uitvoeren. De onderdelen ${componentList} zijn er vanzelf, zonder import; haal de regel weg.`,
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* opmerking */} is MDX's comment and runs nothing.
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value))
          add('tekst zonder {…}: accolades zijn in MDX code', 'bedoel je de accolade zelf? Schrijf \\{ en \\}. Een opmerking schrijf je als {/* … */}.');
        return;
      case 'html':
        add('Markdown of een onderdeel van de site', 'haal de HTML weg; opmerkingen schrijf je als {/* … */}.');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        element(node, text, problems, uses);
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = unsafeScheme(node.url);
        if (scheme) add('een webadres dat met https:// of / begint', schemeAdvice(scheme));
        else if (node.type === 'image') images.push({ url: node.url, alt: node.alt ?? '', line });
        break;
      }
      case 'text':
        texts.push({ value: node.value, line });
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { tree, problems, uses, images, texts };
}
