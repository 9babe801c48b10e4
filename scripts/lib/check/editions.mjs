// What the build needs across collections beyond references: printed links that land on a published
// piece at the printed path, tables of contents that link to pages that exist, and the fixed pages.
import { relative } from 'node:path';
import { pagePath, paths } from '../../../src/lib/urls.ts';
import { lineOf } from '../entries.mjs';
import { idOf } from './slugs.mjs';

const requiredPages = ['over', 'colofon', 'toegankelijkheid'];

function checkCampaigns(content, findings) {
  const pieces = new Map([...content.articles, ...content.actions].map((e) => [idOf(e), e]));
  const seen = new Map();
  for (const entry of content.campaigns) {
    const { data } = entry;
    if (!data) continue;
    const field = data.article !== undefined ? 'article' : 'action';
    const target = pieces.get(String(data[field]));
    if (target?.data?.draft === true) {
      findings.error({
        file: entry.file,
        line: lineOf(entry, [field]),
        field,
        expected: 'een gepubliceerd stuk: de gedrukte code moet op een pagina uitkomen',
        found: `${data[field]}, dat nog draft: true heeft`,
        todo: 'publiceer het stuk (draft: false) voordat de code gedrukt of gebruikt wordt.',
      });
    }
    if (target && typeof data.path === 'string') {
      const url = paths.entry(idOf(target));
      if (data.path.replace(/\/$/, '') !== url.replace(/\/$/, '')) {
        findings.error({
          file: entry.file,
          line: lineOf(entry, ['path']),
          field: 'path',
          expected: `het webadres van het stuk (${url}): wat gedrukt is, kan niet meer veranderen`,
          found: data.path,
          todo: 'laat de link naar het stuk wijzen dat op dat adres staat, of geef het stuk die bestandsnaam.',
        });
      }
    }
    for (const [key, shown] of [
      [data.vanity && `vanity:${data.vanity}`, `vanity: ${data.vanity}`],
      [data.path && `path:${data.path.replace(/\/$/, '')}?${data.utmCampaign}&${data.utmTerm ?? ''}`, `path: ${data.path}`],
    ]) {
      if (!key) continue;
      const other = seen.get(key);
      if (other) {
        findings.error({
          file: entry.file,
          line: lineOf(entry, [key.startsWith('vanity') ? 'vanity' : 'path']),
          field: key.startsWith('vanity') ? 'vanity' : 'path',
          expected: 'een link die nog niet bestaat: elke code moet één ding betekenen',
          found: `${shown} (ook ${relative(process.cwd(), other.file)})`,
          todo: 'kies een andere korte naam of andere utm-tags.',
        });
      } else seen.set(key, entry);
    }
  }
}

function checkEditions(content, findings) {
  const byId = (name) => new Map(content[name].map((e) => [idOf(e), e]));
  const pieces = { article: byId('articles'), action: byId('actions') };
  const monitorYears = new Set(content.monitor.map((m) => String(m.data?.year ?? m.id)));
  for (const entry of content.editions) {
    (Array.isArray(entry.data?.toc) ? entry.data.toc : []).forEach((item, i) => {
      const at = (field) => ({ file: entry.file, line: lineOf(entry, ['toc', i, field]), field: `toc[${i}].${field}` });
      for (const field of ['article', 'action']) {
        if (pieces[field].get(String(item?.[field]))?.data?.draft === true) {
          findings.warn({
            ...at(field),
            expected: 'een gepubliceerd stuk (de inhoudsopgave linkt ernaar)',
            found: `${item[field]}, dat nog draft: true heeft`,
            todo: 'publiceer het stuk, of wacht met de editie.',
          });
        }
      }
      if (typeof item?.about === 'string' && content.pages.some((p) => p.id === item.about)) {
        try {
          pagePath(item.about);
        } catch {
          findings.error({
            ...at('about'),
            expected: `een vaste pagina met een eigen adres (${requiredPages.join(', ')})`,
            found: item.about,
            todo: 'kies een van deze pagina’s.',
          });
        }
      }
      if (item?.section === 'monitor' && !monitorYears.has(String(entry.data.year))) {
        findings.error({
          ...at('section'),
          expected: `een monitor van hetzelfde jaar in content/monitor/${entry.data.year}.yaml`,
          found: 'geen monitor voor dit jaar',
          todo: `voeg content/monitor/${entry.data.year}.yaml toe, of haal deze regel weg tot de monitor klaar is.`,
        });
      }
    });
  }
}

export function checkEditionsAndLinks(content, contentDir, findings) {
  checkCampaigns(content, findings);
  checkEditions(content, findings);
  for (const [name, what] of [
    ['editions', 'minstens één editie in content/editions/: de site opent met de nieuwste'],
    ['monitor', 'minstens één monitorjaar in content/monitor/'],
  ]) {
    if (content[name].length === 0) findings.error({ file: contentDir, field: '(map)', expected: what, found: 'geen', todo: 'voeg het bestand toe.' });
  }
  for (const id of requiredPages) {
    if (!content.pages.some((p) => p.id === id)) {
      findings.error({
        file: `${contentDir}/pages/${id}.mdx`,
        field: '(bestand)',
        expected: 'deze vaste pagina: de site linkt ernaar',
        found: 'geen bestand',
        todo: 'zet het bestand terug.',
      });
    }
  }
}
