import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, copyContent, runScript } from './run';

afterAll(cleanUp);

const check = (content?: string) => runScript('scripts/check-content.mjs', [], content ? { BUURKRACHT_CONTENT: content } : {});
const SLOW = 60_000;

describe('npm run check:content', () => {
  it(
    'passes on the real content',
    () => {
      const result = check();
      expect(result.status, result.output).toBe(0);
    },
    SLOW,
  );

  it(
    'names file, field, expected and found for a theme that does not exist',
    () => {
      const content = copyContent();
      const file = join(content, 'actions/warmtewandeling-in-westerbroek.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('  - energiebesparing', '  - energie'));
      const result = check(content);
      expect(result.status).toBe(1);
      expect(result.output).toMatch(
        /warmtewandeling-in-westerbroek\.mdx:\d+\n\s+regel:\s+\d+\n\s+veld:\s+themes\[0\]\n\s+verwacht: een bestaand thema[^\n]*energiebesparing[^\n]*\n\s+gevonden: "energie"/,
      );
    },
    SLOW,
  );

  it(
    'reports a schema error in Dutch, with the value that was found',
    () => {
      const content = copyContent();
      const file = join(content, 'places/vijfhuizen.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('lat: 52.3500', 'lat: 4.6794'));
      const result = check(content);
      expect(result.status).toBe(1);
      expect(result.output).toMatch(/veld:\s+coordinates\.lat\n\s+verwacht: een getal van minstens 50,7\n\s+gevonden: 4\.6794/);
    },
    SLOW,
  );

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
});
