import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Citaat from '../../src/components/mdx/Citaat.astro';
import Figuur from '../../src/components/mdx/Figuur.astro';
import Foto from '../../src/components/mdx/Foto.astro';
import InHetKort from '../../src/components/mdx/InHetKort.astro';
import { mdxComponentNames, mdxComponents } from '../../src/components/mdx/index';
import { mdxComponents as model } from '../../src/model/index.ts';

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );

/** Text without Markdown marks and with single spaces, so a passage matches however it is wrapped. */
const plain = (text: string) => text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Every <Citaat> passage of an MDX body, and the body with the passages taken out. */
function citations(mdx: string): { passages: string[]; rest: string } {
  const body = mdx.replace(/^---[\s\S]*?\n---/, '');
  const passages = [...body.matchAll(/<Citaat>([\s\S]*?)<\/Citaat>/g)].map((m) => plain(m[1] ?? ''));
  return { passages, rest: plain(body.replace(/<Citaat>[\s\S]*?<\/Citaat>/g, ' ')) };
}

describe('editors’ MDX components', () => {
  it('are the four the editors’ guide documents', () => {
    expect([...mdxComponentNames].sort()).toEqual(['Citaat', 'Figuur', 'Foto', 'InHetKort']);
  });

  it('are exactly the ones the content model describes, so the check and the build agree', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual(Object.keys(model).sort());
  });

  it('a Citaat that repeats no words of the story is caught (the check can fail)', () => {
    const { passages, rest } = citations('---\ntitle: x\n---\nEen zin.\n\n<Citaat>Een verzonnen uitspraak.</Citaat>\n');
    expect(passages.every((p) => rest.includes(p))).toBe(false);
  });

  it('every Citaat in the content quotes the story’s own text', () => {
    const wrong = ['content', 'tests/fixtures/visual/content'].flatMap((root) =>
      mdxFiles(root).flatMap((file) => {
        const { passages, rest } = citations(readFileSync(file, 'utf8'));
        return passages.filter((p) => !rest.includes(p)).map((p) => `${file}: "${p}"`);
      }),
    );
    expect(wrong).toEqual([]);
  });

  const render = async (component: unknown, props: Record<string, unknown>, slot?: string) => {
    const container = await AstroContainer.create();
    return container.renderToString(component as never, {
      props,
      ...(slot ? { slots: { default: slot } } : {}),
      request: new Request('https://example.org/een-verhaal/'),
    });
  };

  it('stop the build with a Dutch message that names the page and the prop', async () => {
    await expect(render(Foto, { src: '../photos/x.jpg', alt: 'Een korte beschrijving van de foto.' })).rejects.toThrow(
      /<Foto> op \/een-verhaal\/ klopt niet:[\s\S]*credit: verwacht tekst tussen aanhalingstekens, zoals credit="Naam Fotograaf" \(Fotograaf: [\s\S]*gevonden: niets/,
    );
    await expect(render(Foto, { src: 'foto.gif', alt: 'Een korte beschrijving van de foto.', credit: 'Foto: iemand' })).rejects.toThrow(
      /src: verwacht een pad als/,
    );
    await expect(render(InHetKort, {}, '<ul><li>feit</li></ul>')).rejects.toThrow(/<InHetKort> op \/een-verhaal\/ klopt niet:[\s\S]*titel: verwacht tekst/);
    await expect(render(InHetKort, { titel: 'x' }, '<ul><li>feit</li></ul>')).rejects.toThrow(/titel: verwacht minstens 2 tekens \(Titel:/);
    await expect(render(Figuur, { jaar: '2025', id: 'rapportcijfers' })).rejects.toThrow(
      /jaar: verwacht een getal zonder aanhalingstekens, zoals jaar=\{2025\}/,
    );
    await expect(render(Citaat, {})).rejects.toThrow(/<Citaat> op \/een-verhaal\/ is leeg/);
  });

  it('accept only the props the content model names, like the content check', async () => {
    const foto = { src: '../photos/x.jpg', alt: 'Een korte beschrijving van de foto.', credit: 'Foto: iemand' };
    await expect(render(Foto, { ...foto, breed: true })).rejects.toThrow(/<Foto> kent breed niet; wel: src, alt, credit, bijschrift/);
    await expect(render(Foto, { ...foto, credit: 'x'.repeat(200) })).rejects.toThrow(/credit: verwacht hoogstens 120 tekens/);
    await expect(render(Citaat, { auteur: 'Piet' }, 'Een zin.')).rejects.toThrow(/<Citaat> kent auteur niet; wel: geen/);
  });

  it('render a fact box and a pull quote readers and screen readers can tell apart', async () => {
    const box = await render(InHetKort, { titel: 'In het kort' }, '<ul><li>Twintig panelen.</li></ul>');
    expect(box).toMatch(/<aside[^>]*aria-label="In het kort"/);
    const quote = await render(Citaat, {}, 'Een zin uit het verhaal.');
    expect(quote).toMatch(/aria-hidden="true"/);
    expect(quote).toMatch(/data-pagefind-ignore/);
  });
});
