// The visual editor in local mode (npm run redactie), as an editor uses it: forms generated from the
// content model, pick-lists of existing themes and municipalities, a photo upload, a component in the
// body, and the content check's Dutch verdict after saving. Runs on a throwaway copy of content/.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../build/run';
import { useBrowser } from './browser';
import { choose, type Editor, field, newEntry, save, startEditor, uploadPhoto } from './editor';

const browser = useBrowser();
let editor: Editor;
let photos: string;

beforeAll(async () => {
  editor = await startEditor();
  photos = mkdtempSync(join(tmpdir(), 'buurkracht-photo-'));
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#4a7f5a' } })
    .jpeg()
    .toFile(join(photos, 'buurtfoto.jpg'));
});
afterAll(() => {
  editor?.stop();
  rmSync(photos, { recursive: true, force: true });
});

describe('the visual editor (npm run redactie)', () => {
  it('an editor writes an article with a photo, a quote and a photo in the text; it lands as a checked MDX file in content/', async () => {
    const page = await browser().newPage();
    // Works offline: the editor loads nothing from a CDN or any other host.
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      if (!/^(http:\/\/127\.0\.0\.1:45(09|10)\/|blob:|data:)/.test(r.url())) elsewhere.push(r.url());
    });
    await newEntry(page, 'articles');
    await field(page, 'title').fill('Buren bouwen samen een zonnedak');
    await field(page, 'lead').fill('In een straat in Goes leggen twaalf buren samen zonnepanelen op één groot dak, en delen ze de opbrengst eerlijk.');
    await choose(page, 'edition', 'Buurkracht 2025');
    await choose(page, 'kind', 'Achtergrond');
    await choose(page, 'municipalities', 'Goes');
    await choose(page, 'themes', 'Duurzame energie');
    // A photo on top: with one, the piece needs no drawn illustration.
    const photo = field(page, 'photo');
    await uploadPhoto(page, photo, join(photos, 'buurtfoto.jpg'));
    await field(photo, 'alt').fill('Twaalf buren staan op een plat dak vol zonnepanelen');
    await field(photo, 'credit').fill('Fotograaf Test');
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.insertText(
      'Het begon met een vraag op de buurtapp. Samen kom je verder dan alleen, zeiden de buren. Een half jaar later ligt er een zonnedak.',
    );
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Voeg component toe' }).click();
    await page.getByRole('menuitem', { name: 'Citaat' }).click();
    await field(page, 'children').fill('Samen kom je verder dan alleen.');
    await page.getByRole('button', { name: 'Voeg component toe' }).click();
    await page.getByRole('menuitem', { name: 'Foto' }).click();
    const foto = page.locator('[id^="undefined-field-"]').last();
    await foto.getByRole('button', { name: 'Kies een afbeelding' }).click();
    await page.getByRole('button', { name: 'Gebruik selectie' }).waitFor();
    await page.locator('[class*="CardImage"], img[src^="blob:"], img[src^="data:"]').last().click();
    await page.getByRole('button', { name: 'Gebruik selectie' }).click();
    await field(foto, 'alt').fill('De buren tillen een zonnepaneel het dak op');
    await field(foto, 'credit').fill('Fotograaf Test');
    await save(page);

    // The editor shows the content check's verdict on the saved file.
    await expect(page.locator('#inhoudscontrole h2').textContent()).resolves.toBe(
      'Gecontroleerd: content/articles/buren-bouwen-samen-een-zonnedak.mdx is in orde.',
    );
    const mdx = readFileSync(join(editor.contentDir, 'articles/buren-bouwen-samen-een-zonnedak.mdx'), 'utf8');
    for (const line of [
      'title: Buren bouwen samen een zonnedak',
      'kind: achtergrond',
      '  - goes',
      '  - duurzame-energie',
      '  src: ../photos/buurtfoto.jpg',
      '  credit: Fotograaf Test',
    ]) {
      expect(mdx.split('\n')).toContain(line);
    }
    expect(mdx).toContain('<Citaat>\n\nSamen kom je verder dan alleen.\n\n</Citaat>');
    expect(mdx).toContain('<Foto src="../photos/buurtfoto.jpg" alt="De buren tillen een zonnepaneel het dak op" credit="Fotograaf Test" />');
    expect(existsSync(join(editor.contentDir, 'photos/buurtfoto.jpg'))).toBe(true);
    expect(elsewhere).toEqual([]);
    const checked = runScript('scripts/check-content.mjs', [], { BUURKRACHT_CONTENT: editor.contentDir });
    expect(checked.status, checked.output).toBe(0);
    await page.close();
  });

  it('the production build makes a page of that article, with its photos and the quote', () => {
    const out = join(photos, 'dist');
    const built = runScript('scripts/build.mjs', ['--outDir', out], { BUURKRACHT_CONTENT: editor.contentDir });
    expect(built.status, built.output.slice(-2000)).toBe(0);
    const html = readFileSync(join(out, 'buren-bouwen-samen-een-zonnedak/index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>Buren bouwen samen een zonnedak<\/h1>/);
    expect(html).toContain('Samen kom je verder dan alleen.');
    expect(html).toContain('alt="Twaalf buren staan op een plat dak vol zonnepanelen"');
    expect(html).toContain('alt="De buren tillen een zonnepaneel het dak op"');
  }, 120_000);

  it('a missing required field is named in Dutch and nothing is saved; a photo without credit gets the check’s Dutch message', async () => {
    const page = await browser().newPage();
    await newEntry(page, 'articles');
    await field(page, 'title').fill('Een stuk zonder intro');
    await save(page);
    await page.getByText('Intro: vul dit veld in, het is verplicht.').first().waitFor();
    await page.getByText('Niet opgeslagen: vul eerst de verplichte velden in').waitFor();
    expect(existsSync(join(editor.contentDir, 'articles/een-stuk-zonder-intro.mdx'))).toBe(false);

    // Everything the form asks for, but the photo has no credit: only the content check knows that rule.
    await field(page, 'lead').fill('Een intro die lang genoeg is om door de controle te komen, over een dorp in Goes.');
    await choose(page, 'edition', 'Buurkracht 2025');
    await choose(page, 'kind', 'Achtergrond');
    await choose(page, 'themes', 'Vergroening');
    const photo = field(page, 'photo');
    await uploadPhoto(page, photo, join(photos, 'buurtfoto.jpg'));
    await field(photo, 'alt').fill('Een straat met geveltuinen en bloeiende bomen');
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.insertText('Een korte tekst.');
    await save(page);
    const report = page.locator('#inhoudscontrole');
    await expect(report.locator('h2').textContent()).resolves.toBe(
      'Opgeslagen, maar nog niet klaar om te publiceren: content/articles/een-stuk-zonder-intro.mdx',
    );
    const text = await report.locator('pre').textContent();
    expect(text).toContain('veld:     photo.credit');
    expect(text).toMatch(/verwacht: .*fotograaf/i);
    rmSync(join(editor.contentDir, 'articles/een-stuk-zonder-intro.mdx'));
    await page.close();
  });
});
