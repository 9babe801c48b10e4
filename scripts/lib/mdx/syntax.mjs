// MDX that does not compile: the parser's English message turned into what an editor can act on.
// Most come from a `<` or `{` in running text, which MDX reads as the start of a tag or of code.

const lessThan = {
  expected: 'een < alleen aan het begin van een toegestane tag, zoals <InHetKort titel="…">',
  todo: 'bedoel je "kleiner dan" of "minder dan"? Schrijf het in woorden ("minder dan 50 euro"), of zet er een backslash voor: \\<',
};
const brace = {
  expected: 'een { alleen om een getal in een onderdeel, zoals jaar={2025}',
  todo: 'een accolade in de tekst begint in MDX een stukje code. Bedoel je de accolade zelf? Schrijf \\{ en \\}.',
};

/**
 * [pattern on the parser's message, what it means] in order; the first match wins.
 * @type {[RegExp, { expected: string, todo: string } | ((m: RegExpMatchArray) => { expected: string, todo: string })][]}
 */
const known = [
  [
    /to create a comment in MDX/,
    { expected: 'een opmerking als {/* … */}', todo: 'MDX kent geen <!-- … -->: schrijf {/* opmerking */} of haal de opmerking weg.' },
  ],
  [/Unexpected character after `<`|before name|Unexpected character .* in name/, lessThan],
  [/in expression|Could not parse expression|closing brace/, brace],
  [
    /Expected a closing tag for `<([^>]*)>`/,
    (m) => ({
      expected: `een sluittag </${m[1]}> bij de openingstag`,
      todo: `sluit <${m[1]}> af met </${m[1]}>, of schrijf <${m[1]} … /> als er niets tussen hoort.`,
    }),
  ],
  [
    /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
    (m) => ({ expected: `eerst </${m[2]}>, dan </${m[1]}>: tags sluiten in omgekeerde volgorde`, todo: `zet </${m[2]}> vóór </${m[1]}>.` }),
  ],
  [
    /Unexpected closing tag `<\/([^>]*)>`/,
    (m) => ({ expected: 'een sluittag alleen na zijn openingstag', todo: `haal </${m[1]}> weg of zet de openingstag <${m[1]}> ervoor.` }),
  ],
];

/**
 * Line and Dutch explanation of a compile error; `found` is the source line where it happened.
 * @returns {{ line: number, expected: string, found: string, todo: string }}
 */
export function explainSyntaxError(error, text) {
  const message = String(error?.message ?? error);
  const [, line = '1'] = message.match(/^(\d+):(\d+)/) ?? [];
  const source = text.split(/\r?\n/)[Number(line) - 1]?.trim() ?? '';
  for (const [pattern, meaning] of known) {
    const m = message.match(pattern);
    if (m) {
      const { expected, todo } = typeof meaning === 'function' ? meaning(m) : meaning;
      return { line: Number(line), expected, found: source || message, todo };
    }
  }
  return {
    line: Number(line),
    expected: 'geldige MDX: Markdown, de onderdelen van de site en eenvoudige HTML',
    found: `${source} (${message.replace(/^\d+:\d+: /, '')})`,
    todo: 'kijk of elke tag gesloten is en of er een losse < of { in de tekst staat (schrijf dan \\< of \\{).',
  };
}
