import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderPattern } from '../../src/model/placeholders.ts';
import { buildSite, cleanUp, copyContent, runScript } from './run';

afterAll(cleanUp);

const BUILD = 180_000;

describe('npm run new', () => {
  let content: string;
  const scaffold = (...args: string[]) => runScript('scripts/new-entry.mjs', args, { BUURKRACHT_CONTENT: content });

  beforeAll(() => {
    content = copyContent();
  });

  it('writes a draft success story with a placeholder illustration', () => {
    const result = scaffold('--kind', 'succesverhaal', '--title', 'Een proefverhaal uit de test');
    expect(result.status, result.output).toBe(0);
    const file = join(content, 'articles/een-proefverhaal-uit-de-test.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toMatch(/^kind: succesverhaal$/m);
    expect(text).toMatch(/^# Intro van één of twee zinnen/m);
    expect(existsSync(join(content, 'illustrations/een-proefverhaal-uit-de-test.png'))).toBe(true);
  });

  it('writes an action into the actions folder', () => {
    const result = scaffold('--kind', 'actie', '--title', 'Een proefactie', '--slug', 'proefactie-uit-de-test');
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(content, 'actions/proefactie-uit-de-test.mdx'))).toBe(true);
  });

  it('refuses to overwrite an existing entry, in either folder', () => {
    const before = readFileSync(join(content, 'actions/warmtewandeling-in-westerbroek.mdx'), 'utf8');
    const result = scaffold('--kind', 'interview', '--title', 'Iets', '--slug', 'warmtewandeling-in-westerbroek');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('bestaat al');
    expect(existsSync(join(content, 'articles/warmtewandeling-in-westerbroek.mdx'))).toBe(false);
    expect(readFileSync(join(content, 'actions/warmtewandeling-in-westerbroek.mdx'), 'utf8')).toBe(before);
  });

  it('refuses a slug reserved for a section of the site', () => {
    const result = scaffold('--kind', 'achtergrond', '--title', 'Plaatsen', '--slug', 'plaatsen');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('geen onderdeel van de site');
    expect(existsSync(join(content, 'articles/plaatsen.mdx'))).toBe(false);
  });

  it('refuses an unknown kind', () => {
    const result = scaffold('--kind', 'column', '--title', 'Een column');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('succesverhaal');
  });

  it(
    'a scaffolded draft builds without a page, and appears once draft is false',
    () => {
      for (const kind of ['interview', 'achtergrond', 'academie', 'partners']) {
        expect(scaffold('--kind', kind, '--title', `Proef ${kind}`).status).toBe(0);
      }
      const slugs = ['een-proefverhaal-uit-de-test', 'proefactie-uit-de-test', 'proef-interview', 'proef-achtergrond', 'proef-academie', 'proef-partners'];
      const drafts = buildSite(content);
      for (const slug of slugs) expect(existsSync(join(drafts, slug, 'index.html')), slug).toBe(false);

      for (const slug of slugs) {
        const file = [join(content, 'articles', `${slug}.mdx`), join(content, 'actions', `${slug}.mdx`)].find(existsSync) as string;
        // An editor replaces every [placeholder] before publishing; the check refuses a published one.
        const written = readFileSync(file, 'utf8').replace(new RegExp(placeholderPattern.source, 'g'), 'Proeftekst die de redactie zelf schreef voor deze test');
        writeFileSync(file, written.replace(/^draft: true$/m, 'draft: false'));
      }
      const published = buildSite(content);
      for (const slug of slugs) expect(existsSync(join(published, slug, 'index.html')), slug).toBe(true);
      expect(readFileSync(join(published, 'een-proefverhaal-uit-de-test/index.html'), 'utf8')).toContain('Een proefverhaal uit de test');
    },
    BUILD,
  );
});
