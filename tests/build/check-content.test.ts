import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksFor, previousSite } from './blocks';
import { cleanUp, copyContent, repoRoot, runScript } from './run';

afterAll(cleanUp);

const check = (content?: string) => runScript('scripts/check-content.mjs', [], content ? { BUURKRACHT_CONTENT: content } : {});
const SLOW = 120_000;
const original = (file: string) => readFileSync(join(repoRoot, 'content', file), 'utf8');
const lines = (text: string) => text.split('\n').length;

/** A real PNG of side × side black pixels: 1-bit grey, so even 30,000 px a side is a small file. */
function hugePng(side: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, no interlace
  const rows = Buffer.alloc((1 + Math.ceil(side / 8)) * side); // filter byte 0 and black pixels on every row
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Sets a frontmatter field of an MDX or YAML text, adding it when absent. */
const setField = (text: string, field: string, value: string) =>
  new RegExp(`^${field}:.*$`, 'm').test(text)
    ? text.replace(new RegExp(`^${field}:.*$`, 'm'), `${field}: ${value}`)
    : text.replace(/^---\n/, `---\n${field}: ${value}\n`);

interface Case {
  /** What an editor did. */
  name: string;
  /** The content file the report must name (relative to content/). */
  file: string;
  /** Makes the mistake in a copy of content/; returns the line the report must name, when known. */
  change: (content: string) => number | undefined;
  expect: RegExp[];
}

const cases: Case[] = [
  {
    name: 'MDX that does not compile: a component opened and never closed',
    file: 'articles/elke-duurzame-keuze-telt.mdx',
    change: (c) => {
      const text = `${original('articles/elke-duurzame-keuze-telt.mdx')}\n<InHetKort titel="Kort">\n\n- nog open\n`;
      writeFileSync(join(c, 'articles/elke-duurzame-keuze-telt.mdx'), text);
      return lines(text) - 3;
    },
    expect: [/verwacht: een sluittag <\/InHetKort>/, /wat nu: +Sluit <InHetKort> af met <\/InHetKort>/],
  },
  {
    name: 'a < in running text ("<50 euro")',
    file: 'articles/samen-sterk-voor-sterke-buurten.mdx',
    change: (c) => {
      appendFileSync(join(c, 'articles/samen-sterk-voor-sterke-buurten.mdx'), '\nHet kost <50 euro per huis.\n');
      return lines(original('articles/samen-sterk-voor-sterke-buurten.mdx')) + 1;
    },
    expect: [/gevonden: Het kost <50 euro per huis\./, /minder dan 50 euro/, /backslash voor: \\</],
  },
  {
    name: 'a { in running text ("{website}")',
    file: 'articles/structurele-samenwerking-werpt-vruchten-af.mdx',
    change: (c) => {
      appendFileSync(join(c, 'articles/structurele-samenwerking-werpt-vruchten-af.mdx'), '\nKijk op {website} voor meer.\n');
      return lines(original('articles/structurele-samenwerking-werpt-vruchten-af.mdx')) + 1;
    },
    expect: [/gevonden: Kijk op \{website\} voor meer\./, /Schrijf \\\{ en \\\}/],
  },
  {
    name: 'an image in the body that does not exist',
    file: 'articles/training-samenwerken-met-bewonersinitiatieven.mdx',
    change: (c) => {
      appendFileSync(
        join(c, 'articles/training-samenwerken-met-bewonersinitiatieven.mdx'),
        '\n![Een beeld dat er niet is, midden in de tekst](../illustrations/bestaat-niet.png)\n',
      );
      return lines(original('articles/training-samenwerken-met-bewonersinitiatieven.mdx')) + 1;
    },
    expect: [/verwacht: een bestaand beeldbestand/, /gevonden: \.\.\/illustrations\/bestaat-niet\.png \(niet gevonden/],
  },
  {
    name: 'a file that is not UTF-8 (café saved as Windows-1252)',
    file: 'articles/van-goede-bedoelingen-naar-echte-samenwerking.mdx',
    change: (c) => {
      appendFileSync(join(c, 'articles/van-goede-bedoelingen-naar-echte-samenwerking.mdx'), Buffer.from('\nKoffie in het caf\xe9.\n', 'latin1'));
      return lines(original('articles/van-goede-bedoelingen-naar-echte-samenwerking.mdx')) + 1;
    },
    expect: [/veld: +\(codering\)/, /verwacht: tekst in UTF-8/, /Sla het bestand op als UTF-8/],
  },
  {
    name: 'a frontmatter slug: that another piece already has',
    file: 'articles/een-tweede-warmtewandeling.mdx',
    change: (c) => {
      writeFileSync(
        join(c, 'articles/een-tweede-warmtewandeling.mdx'),
        setField(original('articles/elke-duurzame-keuze-telt.mdx'), 'slug', 'warmtewandeling-in-westerbroek'),
      );
      return 2;
    },
    expect: [
      /veld: +slug/,
      /artikelen en acties delen dezelfde webadressen/,
      /gevonden: warmtewandeling-in-westerbroek \(ook .*actions\/warmtewandeling-in-westerbroek\.mdx\)/,
      /Kies een andere slug/,
    ],
  },
  {
    name: 'a frontmatter slug: reserved for a section',
    file: 'articles/zoek-het-maar-uit.mdx',
    change: (c) => {
      writeFileSync(join(c, 'articles/zoek-het-maar-uit.mdx'), setField(original('articles/elke-duurzame-keuze-telt.mdx'), 'slug', 'zoeken'));
      return 2;
    },
    expect: [/veld: +slug/, /geen onderdeel van de site/, /gevonden: zoeken/],
  },
  {
    name: 'a file called 404.mdx',
    file: 'actions/404.mdx',
    change: (c) => {
      cpSync(join(repoRoot, 'content/actions/warmtewandeling-in-westerbroek.mdx'), join(c, 'actions/404.mdx'));
      return undefined;
    },
    expect: [/veld: +\(bestandsnaam\)/, /geen onderdeel van de site is \(niet: .*404\)/, /Hernoem het bestand/],
  },
  {
    name: 'placeholders from npm run new left in a published piece',
    file: 'articles/inwoners-aan-zet-in-bleskensgraaf.mdx',
    change: (c) => {
      const text = setField(
        original('articles/inwoners-aan-zet-in-bleskensgraaf.mdx'),
        'lead',
        '"[Schrijf hier in één of twee zinnen waar dit stuk over gaat.]"',
      );
      writeFileSync(join(c, 'articles/inwoners-aan-zet-in-bleskensgraaf.mdx'), `${text}\n## [Tussenkop]\n`);
      return lines(text) + 1;
    },
    expect: [/gevonden: \[Tussenkop\]/, /veld: +lead\n\s+verwacht: je eigen tekst\n\s+gevonden: \[Schrijf hier/, /Vervang de tijdelijke tekst/],
  },
  {
    name: 'an image of 30,000 × 30,000 px',
    file: 'actions/dorpsquiz-over-energie-in-vreeswijk.mdx',
    change: (c) => {
      writeFileSync(join(c, 'illustrations/reuzenbeeld.png'), hugePng(30_000));
      const text = original('actions/dorpsquiz-over-energie-in-vreeswijk.mdx').replace(/src: .*/, 'src: ../illustrations/reuzenbeeld.png');
      writeFileSync(join(c, 'actions/dorpsquiz-over-energie-in-vreeswijk.mdx'), text);
      return text.split('\n').findIndex((l) => l.includes('reuzenbeeld')) + 1;
    },
    expect: [/veld: +hero\.src/, /hoogstens 8\.000 px aan elke kant/, /30000 × 30000 px/, /Verklein het beeld/],
  },
  {
    name: 'an image over 20 MB',
    file: 'actions/samen-afval-prikken-in-willis.mdx',
    change: (c) => {
      writeFileSync(
        join(c, 'actions/samen-afval-prikken-in-willis.mdx'),
        original('actions/samen-afval-prikken-in-willis.mdx').replace(/src: .*/, 'src: ../illustrations/zwaar.png'),
      );
      return undefined;
    },
    expect: [/veld: +hero\.src/, /hoogstens 20,0 MB/, /gevonden: \.\.\/illustrations\/zwaar\.png \(2\d,\d MB\)/],
  },
  {
    name: 'an image that is damaged (half a file)',
    file: 'actions/bordspel-61-zonne-energieke-dagen-in-vijfhuizen.mdx',
    change: (c) => {
      const png = readFileSync(join(repoRoot, 'content/illustrations/editie-2025.png'));
      writeFileSync(join(c, 'illustrations/half.png'), png.subarray(0, png.length / 2));
      writeFileSync(
        join(c, 'actions/bordspel-61-zonne-energieke-dagen-in-vijfhuizen.mdx'),
        original('actions/bordspel-61-zonne-energieke-dagen-in-vijfhuizen.mdx').replace(/src: .*/, 'src: ../illustrations/half.png'),
      );
      return undefined;
    },
    expect: [/verwacht: een beeldbestand dat te openen is/, /kapot of geen beeld/, /Exporteer het beeld opnieuw/],
  },
  {
    name: 'a photo without a credit',
    file: 'actions/de-groene-ambities-van-bewoners-uit-110-morgen.mdx',
    change: (c) => {
      cpSync(join(repoRoot, 'tests/fixtures/edition-2031/photos'), join(c, 'photos'), { recursive: true });
      writeFileSync(
        join(c, 'actions/de-groene-ambities-van-bewoners-uit-110-morgen.mdx'),
        original('actions/de-groene-ambities-van-bewoners-uit-110-morgen.mdx').replace(
          /^hero:/m,
          'photo:\n  src: ../photos/testerveen-warmtenet.jpg\n  alt: Een testbeeld in warme kleuren, alleen voor deze controle.\nhero:',
        ),
      );
      return undefined;
    },
    expect: [/veld: +photo\.credit/, /de naam van de fotograaf/],
  },
  {
    name: 'a photo where the drawn illustration belongs',
    file: 'articles/samenwerking-tussen-buurtteams-beilen-en-westerbork-loont.mdx',
    change: (c) => {
      cpSync(join(repoRoot, 'tests/fixtures/edition-2031/photos'), join(c, 'photos'), { recursive: true });
      writeFileSync(
        join(c, 'articles/samenwerking-tussen-buurtteams-beilen-en-westerbork-loont.mdx'),
        original('articles/samenwerking-tussen-buurtteams-beilen-en-westerbork-loont.mdx').replace(/src: .*/, 'src: ../photos/testerveen-warmtenet.jpg'),
      );
      return undefined;
    },
    expect: [/veld: +hero\.src/, /zet de foto onder photo:/i],
  },
  {
    name: 'a photo in the text as a Markdown image, and a <Foto> whose alt text and credit are too short',
    file: 'articles/buren-in-vijfhuizen-bundelen-krachten.mdx',
    change: (c) => {
      // Runs after the case above, which put the fixture photo in content/photos/.
      const file = 'articles/buren-in-vijfhuizen-bundelen-krachten.mdx';
      appendFileSync(
        join(c, file),
        '\n![Buren bij het warmtenet in de straat](../photos/testerveen-warmtenet.jpg)\n\n<Foto src="../photos/testerveen-warmtenet.jpg" alt="Foto" credit="X" />\n',
      );
      return lines(original(file)) + 1;
    },
    expect: [
      /veld: +\(tekst\) foto\n\s+verwacht: een foto als <Foto src="…" alt="…" credit="…" \/>/,
      /Schrijf <Foto src="\.\.\/photos\/testerveen-warmtenet\.jpg" alt="Buren bij het warmtenet in de straat" credit="…" \/>/,
      /veld: +\(tekst\) alt\n\s+verwacht: een alt-tekst van minstens 10 tekens/,
      /veld: +\(tekst\) credit\n\s+verwacht: de naam van de fotograaf/,
    ],
  },
  {
    name: 'a reference written with a capital, as printed',
    file: 'actions/warmtewandeling-in-westerbroek.mdx',
    change: (c) => {
      const text = original('actions/warmtewandeling-in-westerbroek.mdx').replace('place: westerbroek', 'place: Westerbroek');
      writeFileSync(join(c, 'actions/warmtewandeling-in-westerbroek.mdx'), text);
      return text.split('\n').indexOf('place: Westerbroek') + 1;
    },
    expect: [
      /veld: +place/,
      /verwacht: een bestaande plaats in content\/places\//,
      /gevonden: "Westerbroek" \(bedoel je "westerbroek"\?\)/,
      /Schrijf westerbroek/,
    ],
  },
  {
    name: 'a reference with a typo',
    file: 'actions/succesvolle-regentonactie-inspireert-tot-meer.mdx',
    change: (c) => {
      const text = original('actions/succesvolle-regentonactie-inspireert-tot-meer.mdx').replace(/^themes:\n {2}- \S+/m, 'themes:\n  - vergroenning');
      writeFileSync(join(c, 'actions/succesvolle-regentonactie-inspireert-tot-meer.mdx'), text);
      return text.split('\n').indexOf('  - vergroenning') + 1;
    },
    expect: [/veld: +themes\[0\]/, /een bestaand thema in content\/themes\//, /gevonden: "vergroenning" \(bedoel je "vergroening"\?\)/],
  },
  {
    name: 'a place name that starts with an apostrophe',
    file: 'places/s-heer-arendskerke.yaml',
    change: (c) => {
      writeFileSync(
        join(c, 'places/s-heer-arendskerke.yaml'),
        "name: 's-Heer Arendskerke\ntype: dorp\nmunicipality: goes\ncoordinates:\n  lat: 51.49\n  lon: 3.82\n",
      );
      return 1;
    },
    expect: [
      /veld: +name/,
      /verwacht: een naam met apostrof tussen dubbele aanhalingstekens/,
      /gevonden: name: 's-Heer Arendskerke\n/,
      /Schrijf name: "'s-Heer Arendskerke"/,
    ],
  },
  {
    name: 'a component the site does not have, and a photo component without credit',
    file: 'monitor-chapters/methode.mdx',
    change: (c) => {
      appendFileSync(
        join(c, 'monitor-chapters/methode.mdx'),
        '\n<Kader>Tekst in een kader.</Kader>\n\n<Foto src="../illustrations/editie-2025.png" alt="De omslag van het magazine van 2025." />\n',
      );
      return undefined;
    },
    expect: [/<Kader> bestaat niet\. Kies een van <Citaat>, <InHetKort>, <Foto>, <Figuur>/, /verwacht: <Foto> met credit="…"/],
  },
  {
    name: 'a monitor figure that does not exist',
    file: 'monitor-chapters/aanbevelingen.mdx',
    change: (c) => {
      appendFileSync(join(c, 'monitor-chapters/aanbevelingen.mdx'), '\n<Figuur id="bestaat-niet" />\n');
      return lines(original('monitor-chapters/aanbevelingen.mdx')) + 1;
    },
    expect: [/verwacht: een figuur uit content\/monitor\/2025\.yaml \(rapportcijfers, /, /gevonden: id="bestaat-niet"/],
  },
  {
    name: 'an edition whose file name is not its year',
    file: 'editions/2030.yaml',
    change: (c) => {
      writeFileSync(join(c, 'editions/2030.yaml'), original('editions/2025.yaml'));
      return original('editions/2025.yaml').split('\n').indexOf('year: 2025') + 1;
    },
    expect: [/veld: +year/, /het jaar uit de bestandsnaam \(2030\)/, /gevonden: 2025/],
  },
  {
    name: 'a printed link to a draft, and one whose path is not where the story lives',
    file: 'campaigns/2025-verkeerd.yaml',
    change: (c) => {
      writeFileSync(join(c, 'articles/een-concept.mdx'), setField(original('articles/elke-duurzame-keuze-telt.mdx'), 'draft', 'true'));
      writeFileSync(join(c, 'campaigns/2025-verkeerd.yaml'), 'path: /een-concept/\nutmCampaign: test\nedition: 2025\narticle: een-concept\n');
      writeFileSync(join(c, 'campaigns/2025-elders.yaml'), 'path: /ergens-anders/\nutmCampaign: test\nedition: 2025\narticle: elke-duurzame-keuze-telt\n');
      return 4;
    },
    expect: [/veld: +article/, /een gepubliceerd stuk/, /een-concept, dat nog draft: true heeft/],
  },
  {
    name: 'a printed path that is not the story’s address',
    file: 'campaigns/2025-elders.yaml',
    change: () => 1,
    expect: [/veld: +path/, /het webadres van het stuk \(\/elke-duurzame-keuze-telt\/\)/, /gevonden: \/ergens-anders\//],
  },
  {
    name: 'a schema error: swapped coordinates',
    file: 'places/vijfhuizen.yaml',
    change: (c) => {
      const file = join(c, 'places/vijfhuizen.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('lat: 52.3500', 'lat: 4.6794'));
      return 5;
    },
    expect: [/veld: +coordinates\.lat\n\s+verwacht: een getal van minstens 50,7\n\s+gevonden: 4\.6794\n\s+wat nu: +Breedtegraad/],
  },
  {
    name: 'a required field left out: the model’s hint says what belongs there',
    file: 'pages/colofon.mdx',
    change: (c) => {
      writeFileSync(join(c, 'pages/colofon.mdx'), original('pages/colofon.mdx').replace(/^updated:.*\n/m, ''));
      return undefined;
    },
    expect: [/veld: +updated\n\s+verwacht: een datum als JJJJ-MM-DD\n\s+gevonden: niets \(het veld ontbreekt\)\n\s+wat nu: +Datum van de laatste wijziging/],
  },
];

describe('npm run check:content', () => {
  it(
    'passes on the real content',
    () => {
      const result = check();
      expect(result.status, result.output).toBe(0);
      expect(result.output).toMatch(/\d+ bestanden in orde \(\d+,\d s\)/);
    },
    SLOW,
  );

  describe('finds every mistake the build would stop on, and the build refuses the same content', () => {
    let content: string;
    let found: { status: number | null; output: string };
    let built: { status: number | null; output: string };
    let out: string;
    const expectedLines = new Map<string, number | undefined>();

    beforeAll(async () => {
      content = copyContent();
      const heavy = await sharp(randomBytes(2700 * 2700 * 3), { raw: { width: 2700, height: 2700, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer();
      writeFileSync(join(content, 'illustrations/zwaar.png'), heavy);
      for (const c of cases) expectedLines.set(c.name, c.change(content));
      found = check(content);
      out = previousSite();
      built = runScript('scripts/build.mjs', ['--outDir', out], { BUURKRACHT_CONTENT: content });
    }, 300_000);

    it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
      expect(found.status).toBe(1);
      const report = blocksFor(found.output, `${c.file}`);
      expect(report, found.output.slice(-3000)).not.toBe('');
      for (const pattern of c.expect) expect(report).toMatch(pattern);
      const line = expectedLines.get(c.name);
      if (line) expect(report).toContain(`${c.file}:${line}\n  regel:    ${line}\n`);
      expect(built.status).not.toBe(0);
      for (const pattern of c.expect) expect(blocksFor(built.output, c.file)).toMatch(pattern);
    });

    it('the refused build leaves the previous site untouched', () => {
      expect(built.output).toContain('De build is gestopt door de controle van de content');
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
    });
  });

  it(
    'refuses an article named like a section of the site',
    () => {
      const content = copyContent();
      renameSync(join(content, 'articles/elke-duurzame-keuze-telt.mdx'), join(content, 'articles/zoeken.mdx'));
      const result = check(content);
      expect(result.status).toBe(1);
      expect(result.output).toMatch(/zoeken\.mdx\n\s+veld:\s+\(bestandsnaam\)\n\s+verwacht: een naam die geen onderdeel van de site is/);
    },
    SLOW,
  );

  it(
    'keeps placeholders in a draft: they are only an error once the piece is published',
    () => {
      const content = copyContent();
      const result = runScript('scripts/new-entry.mjs', ['--kind', 'succesverhaal', '--title', 'Nog niet af'], { BUURKRACHT_CONTENT: content });
      expect(result.status, result.output).toBe(0);
      expect(check(content).status).toBe(0);
      const file = join(content, 'articles/nog-niet-af.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
      expect(blocksFor(check(content).output, 'nog-niet-af.mdx')).toMatch(/gevonden: \[Tussenkop\]/);
    },
    SLOW,
  );

  it(
    'warns, without failing, about likely misspellings in titles, leads and text, with file, line and a suggestion',
    () => {
      const content = copyContent();
      const file = join(content, 'articles/elke-duurzame-keuze-telt.mdx');
      const text = readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Elke duurzame keuze telt voor de samewerking');
      writeFileSync(file, `${text}\nDe energietransietie gaat door.\n`);
      const result = check(content);
      expect(result.status, result.output).toBe(0);
      expect(result.output).toMatch(/Let op \(\d+\):/);
      const report = blocksFor(result.output, 'elke-duurzame-keuze-telt.mdx');
      expect(report).toContain(`elke-duurzame-keuze-telt.mdx:2\n  regel:    2\n  veld:     (spelling, kop)`);
      expect(report).toMatch(/gevonden: "samewerking" \(bedoel je "samenwerking"\?\)/);
      expect(report).toContain(`elke-duurzame-keuze-telt.mdx:${lines(text) + 1}\n`);
      expect(report).toMatch(/gevonden: "energietransietie" \(bedoel je "energietransitie"\?\)/);
      // Names and places that the content itself defines are no misspellings.
      expect(result.output).not.toMatch(/gevonden: "(Bleskensgraaf|Vijfhuizen|Molenlanden|Westerbroek)"/);
    },
    SLOW,
  );
});
