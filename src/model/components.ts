/**
 * What editors may write in the body of an MDX file besides Markdown: the site's own components
 * (provided automatically, never imported) and an allowlist of harmless HTML. The content check and
 * the build refuse everything else with the advice written here.
 */
import { photoFields } from './fields.ts';
import { photoFolder } from './media.ts';

export interface ComponentProp {
  readonly type: 'string' | 'number' | 'image';
  readonly required: boolean;
  readonly label: string;
  readonly hint: string;
  /** Fewest characters for text, lowest value for a number. */
  readonly min?: number;
  /** Most characters for text, highest value for a number. */
  readonly max?: number;
}

export interface MdxComponent {
  readonly label: string;
  readonly hint: string;
  readonly props: Readonly<Record<string, ComponentProp>>;
  /** What goes between the tags: nothing, or Markdown. */
  readonly children: 'none' | 'markdown';
  readonly example: string;
}

export const mdxComponents = {
  Citaat: {
    label: 'Citaat',
    hint: 'Een zin uit het stuk zelf, groot uitgelicht. Alleen woorden die ook in de tekst staan: geen nieuw citaat.',
    props: {},
    children: 'markdown',
    example: '<Citaat>Samen kom je verder dan alleen.</Citaat>',
  },
  InHetKort: {
    label: 'In het kort',
    hint: 'Een kader met de feiten op een rij; zet er een Markdown-lijst in, tussen de openingstag en de sluittag.',
    props: { titel: { type: 'string', required: true, label: 'Titel', hint: 'Kop boven het kader, bijvoorbeeld "In het kort".', min: 2 } },
    children: 'markdown',
    example: '<InHetKort titel="In het kort">\n\n- Eerste feit\n- Tweede feit\n\n</InHetKort>',
  },
  Foto: {
    label: 'Foto',
    hint: `Een foto in de tekst. De foto staat in content/${photoFolder}/; src is relatief aan dit bestand.`,
    props: {
      src: { type: 'image', required: true, label: 'Bestand', hint: `Pad naar de foto, bijvoorbeeld ../${photoFolder}/naam.jpg.` },
      // The lengths are the frontmatter photo's (photoFields): one photo, one set of rules.
      alt: {
        type: 'string',
        required: true,
        label: 'Alt-tekst',
        hint: 'Wat er op de foto te zien is, voor wie hem niet kan zien.',
        min: photoFields.alt.min,
        max: photoFields.alt.max,
      },
      credit: {
        type: 'string',
        required: true,
        label: 'Fotograaf',
        hint: 'Naam van de fotograaf of de bron, bijvoorbeeld "Foto: Anna de Vries".',
        min: photoFields.credit.min,
        max: photoFields.credit.max,
      },
      bijschrift: {
        type: 'string',
        required: false,
        label: 'Bijschrift',
        hint: 'Tekst onder de foto: wie of wat er te zien is, en waar.',
        min: photoFields.caption.min,
        max: photoFields.caption.max,
      },
    },
    children: 'none',
    example: `<Foto src="../${photoFolder}/naam.jpg" alt="Twee buren hangen een nestkast op" credit="Naam Fotograaf" bijschrift="…" />`,
  },
  Figuur: {
    label: 'Monitorfiguur',
    hint: 'Een figuur uit de nationale buurkracht monitor, met tabel en bron.',
    props: {
      jaar: {
        type: 'number',
        required: true,
        label: 'Jaar',
        hint: 'Het monitorjaar van de figuur, bijvoorbeeld 2025: een figuur blijft zo bij zijn eigen jaar.',
      },
      id: { type: 'string', required: true, label: 'Figuur', hint: 'De id van de figuur in content/monitor/<jaar>.yaml, onder figures.' },
    },
    children: 'none',
    example: '<Figuur jaar={2025} id="rapportcijfers" />',
  },
} as const satisfies Record<string, MdxComponent>;
export type MdxComponentName = keyof typeof mdxComponents;

/** Harmless HTML elements and the attributes each may carry (besides `lang` and `title`). */
export const allowedHtml: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  dd: [],
  del: [],
  details: ['open'],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  hr: [],
  i: [],
  ins: [],
  li: [],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
};
export const allowedGlobalAttributes = ['lang', 'title'] as const;

const link = 'Zet een gewone link in de tekst: [Lees verder op de site van de gemeente](https://…).';
const noCode = 'Een stuk mag geen code uitvoeren.';

/** Elements that are refused with a specific piece of advice; any other unknown element gets a general one. */
export const refusedHtml: Readonly<Record<string, string>> = {
  script: `${noCode} Haal het <script> weg; wat het moest tonen, beschrijf je in de tekst of met een link.`,
  style: 'Opmaak regelt de site zelf. Gebruik Markdown: **vet**, *cursief*, ## tussenkop, of een kader met <InHetKort>.',
  iframe: `Een ingesloten pagina of video kan niet. ${link} Een monitorfiguur plaats je met <Figuur id="…" />.`,
  object: `Ingesloten bestanden of plug-ins kunnen niet. ${link}`,
  embed: `Ingesloten bestanden of plug-ins kunnen niet. ${link}`,
  form: `Een formulier kan niet in een stuk. ${link}`,
  input: `Formuliervelden kunnen niet in een stuk. ${link}`,
  button: `Knoppen kunnen niet in een stuk. ${link}`,
  base: 'Dit regelt de site zelf in de kop van elke pagina; haal het weg.',
  meta: 'Dit regelt de site zelf in de kop van elke pagina (titel en omschrijving komen uit title en lead); haal het weg.',
  link: `Dit hoort in de kop van de pagina en regelt de site zelf; haal het weg. ${link}`,
  img: `Gebruik <Foto src="../${photoFolder}/naam.jpg" alt="…" credit="…" />: dan zijn alt-tekst en fotograaf er altijd.`,
  video: `Video kan niet in een stuk. ${link}`,
  audio: `Geluid kan niet in een stuk. ${link}`,
  svg: `Gebruik een afbeelding met <Foto … />, of een monitorfiguur met <Figuur id="…" />.`,
};
