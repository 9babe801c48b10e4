import { describe, expect, it } from 'vitest';
import { scanMdx, unsafeScheme } from '../../scripts/lib/mdx/scan.mjs';

const body = (text: string) => `---\ntitle: Proef\n---\n\n${text}\n`;
const problems = (text: string) => scanMdx(body(text)).problems.map((p) => `${p.line}: ${p.todo}`);

describe('the MDX scan the check and the build share', () => {
  it('lets an editor write Markdown, the site’s components, harmless HTML and comments', () => {
    const text = [
      '## Tussenkop',
      'Tekst met **vet**, een [link](https://www.buurkracht.nl/), een [mail](mailto:info@buurkracht.nl) en <abbr title="Omgevingswet">Ow</abbr>.',
      '{/* een opmerking voor de redactie */}',
      '<InHetKort titel="In het kort">\n\n- een feit\n\n</InHetKort>',
      '<Figuur jaar={2025} id="rapportcijfers" />',
      '<table><tbody><tr><th scope="row">Jaar</th><td colspan="2">2025</td></tr></tbody></table>',
    ].join('\n\n');
    expect(problems(text)).toEqual([]);
  });

  it('names the line of each refused construct', () => {
    expect(problems('Eerst gewone tekst.\n\n<script>alert(1)</script>')).toEqual([expect.stringMatching(/^7: Een stuk mag geen code uitvoeren/)]);
  });

  it('sees through the ways browsers read a javascript: URL', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' \njavascript:alert(1)', 'vbscript:x', 'data:text/html,x']) {
      expect(unsafeScheme(url), JSON.stringify(url)).toBeDefined();
    }
    for (const url of ['https://www.buurkracht.nl/', '/over/', '#inhoud', 'mailto:a@b.nl', 'tel:+31201234567', '../photos/a.jpg']) {
      expect(unsafeScheme(url), url).toBeUndefined();
    }
  });

  it('reads a colon in text as text: a credit "Foto: naam" is no address, a javascript: href still is', () => {
    expect(problems('<Foto src="../photos/a.jpg" alt="Twee buren bij een nestkast" credit="Foto: Anna de Vries" />')).toEqual([]);
    expect(problems('<a href="javascript:alert(1)">klik</a>')).toHaveLength(1);
  });

  it('checks a component’s props: required, known, and of the right type', () => {
    expect(problems('<Figuur jaar="2025" id="x" />')).toEqual([expect.stringMatching(/schrijf jaar=\{2025\}, zonder aanhalingstekens/)]);
    expect(problems('<InHetKort kop="x">\n\n- a\n\n</InHetKort>')).toEqual([
      expect.stringMatching(/haal kop weg/),
      expect.stringMatching(/vul titel in, bijvoorbeeld: <InHetKort titel="In het kort">/),
    ]);
  });

  it('explains a compile error in Dutch, with its line', () => {
    const [p] = scanMdx(body('Het kost <50 euro.')).problems;
    expect(p).toMatchObject({ line: 5, found: 'Het kost <50 euro.' });
    expect(p?.todo).toMatch(/minder dan 50 euro/);
  });
});
