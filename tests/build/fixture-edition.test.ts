import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lostUrls, readUrlList, redirectSources } from '../../scripts/gates/urls.mjs';
import { site } from '../../src/lib/site';
import { absolute, pagePath, paths, withCampaign } from '../../src/lib/urls';
import { buildSite, cleanUp, copyContent, repoRoot, runScript } from './run';
import { fileFor } from './site';

afterAll(cleanUp);

const fixture = join(repoRoot, 'tests/fixtures/edition-2031');
interface TocItem {
  title: string;
  article?: string;
  action?: string;
  about?: string;
  section?: string;
}
const tocOf = (file: string) => (yaml.load(readFileSync(file, 'utf8')) as { toc: TocItem[] }).toc;
/** Where a line of a printed table of contents leads, as the edition page links it. */
const targetOf = (item: TocItem, year: number) =>
  item.article || item.action
    ? paths.entry((item.article ?? item.action) as string)
    : item.about
      ? pagePath(item.about)
      : item.section === 'monitor'
        ? paths.monitor(year)
        : paths.actions();

let content: string;
let dist: string;
const html = (path: string) => readFileSync(join(dist, fileFor(path)), 'utf8');

beforeAll(() => {
  // The real content with the invented 2031 edition added: files only, no code.
  content = copyContent();
  cpSync(fixture, content, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  dist = buildSite(content);
}, 600_000);

describe('a new edition is content only: the 2031 test edition builds next to 2025', () => {
  it('passes the content check, as an editor would run it first', () => {
    const result = runScript('scripts/check-content.mjs', [], { BUURKRACHT_CONTENT: content });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/\d+ bestanden in orde/);
  }, 120_000);

  it('the home page and the header lead with the newest edition', () => {
    const home = html(paths.home());
    // The h1 names the site for screen readers (visually hidden), then the edition.
    expect(home).toMatch(/<h1[^>]*>(?:<span[^>]*>[^<]*<\/span>)?Buurkracht 2031 \(testeditie\)<\/h1>/);
    expect(home).toContain(`href="${paths.edition(2031)}"`);
    const header = html(paths.entry('warmtewandeling-in-westerbroek')).match(/<header[\s\S]*?<\/header>/)?.[0] ?? '';
    expect(header).toContain(`href="${paths.edition(2031)}"`);
    expect(header).not.toContain(`href="${paths.edition(2025)}"`);
  });

  it('the archive lists every edition, newest first', () => {
    const archive = html(paths.editions());
    const at = (year: number) => archive.indexOf(`href="${paths.edition(year)}"`);
    expect(at(2031)).toBeGreaterThan(-1);
    expect(at(2025)).toBeGreaterThan(at(2031));
  });

  it('each edition keeps its own printed contents, linked to its own pieces', () => {
    for (const [year, file] of [
      [2031, join(fixture, 'editions/2031.yaml')],
      [2025, join(repoRoot, 'content/editions/2025.yaml')],
    ] as const) {
      const page = html(paths.edition(year));
      const toc = tocOf(file);
      expect(toc.length).toBeGreaterThan(3);
      for (const item of toc) {
        expect(page, `${year}: ${item.title}`).toContain(`href="${targetOf(item, year)}"`);
        expect(existsSync(join(dist, fileFor(targetOf(item, year)))), targetOf(item, year)).toBe(true);
      }
    }
    expect(html(paths.edition(2025))).not.toContain('testerveen');
  });

  it('its printed code scans as the printed URL, and its short paths forward to the tagged story', async () => {
    const printed = absolute(withCampaign(paths.entry('testerveen-deelt-zijn-warmte'), { campaign: 'succesverhaal', term: 'testerveen' }), site.origin);
    const png = join(dist, paths.qrImage('2031-succesverhaal-testerveen', 'printed', 'png').slice(1));
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data).toBe(printed);
    for (const [name, target] of [
      ['testerveen', withCampaign(paths.entry('testerveen-deelt-zijn-warmte'), { campaign: 'succesverhaal', term: 'testerveen' })],
      ['lampionnentocht', withCampaign(paths.entry('lampionnentocht-langs-zuinige-huizen-in-testerveen'), { campaign: 'inspiratie', term: 'lampionnentocht' })],
    ] as const) {
      expect(existsSync(join(dist, paths.qrImage(`2031-${name === 'testerveen' ? 'succesverhaal' : 'inspiratie'}-${name}`, 'vanity', 'svg').slice(1)))).toBe(
        true,
      );
      expect(html(`${paths.vanity(name)}/`)).toContain(`url=${target.replaceAll('&', '&amp;')}`);
      expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain(`${paths.vanity(name)} ${target} 302`);
    }
  });

  it('its monitor year has its own pages: index, chapter and figure', () => {
    expect(html(paths.monitor(2031))).toContain('De testmonitor 2031 (verzonnen)');
    expect(html(paths.monitorChapter(2031, 'testmonitor-2031'))).toContain('Over deze testmonitor');
    expect(existsSync(join(dist, fileFor(paths.monitorFigure(2031, 'rapportcijfers'))))).toBe(true);
    expect(existsSync(join(dist, fileFor(paths.monitor(2025))))).toBe(true);
  });

  it('keeps every URL of the 2025 edition (the URL contract in deploy/public-urls.txt)', () => {
    const list = readUrlList(join(repoRoot, 'deploy/public-urls.txt'));
    expect(list.length).toBeGreaterThan(100);
    const redirects = redirectSources(readFileSync(join(dist, '_redirects'), 'utf8'));
    expect(lostUrls(list, dist, redirects)).toEqual([]);
  });
});
