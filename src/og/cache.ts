/**
 * Keeps drawn cards between builds, so a rebuild only draws the cards whose text or
 * template changed. The key covers the card's text and a fingerprint of the template:
 * three sample cards (short, medium, long title) drawn as SVG plus the PNG settings,
 * so any change to layout, fonts, palette or size steps invalidates every card.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Card, cardPng, cardSvg, pngOptions } from './card';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function templateFingerprint(): Promise<string> {
  const samples = [
    'Kort',
    'Een titel van gemiddelde lengte, ruim veertig',
    'Een lange titel die over de zeventig tekens gaat zodat de kleinste letter getest wordt',
  ];
  const svgs = await Promise.all(samples.map((title) => cardSvg({ title, eyebrow: 'Thema', siteName: 'Site' })));
  return sha(JSON.stringify([svgs, pngOptions]));
}

export async function cardCache(dir: string) {
  await mkdir(dir, { recursive: true });
  const fingerprint = await templateFingerprint();
  let hits = 0;
  return {
    /** Writes the card's PNG to `target`, from the cache when it was drawn before. */
    async write(card: Card, target: string) {
      const cached = join(dir, `${sha(JSON.stringify([fingerprint, card.title, card.eyebrow, card.siteName]))}.png`);
      const hit = await copyFile(cached, target).then(
        () => true,
        () => false,
      );
      if (hit) {
        hits++;
        return;
      }
      await writeFile(target, await cardPng(card));
      await copyFile(target, cached);
    },
    get hits() {
      return hits;
    },
  };
}
