import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'buurkracht-campaigns-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Real content with one change, built by the real build wrapper. */
function buildWith(name: string, change: (content: string) => void) {
  const content = join(work, `content-${name}`);
  cpSync('content', content, { recursive: true });
  change(content);
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', join(work, `dist-${name}`)], {
    env: { ...process.env, BUURKRACHT_CONTENT: content },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: r.status, log: `${r.stdout}\n${r.stderr}` };
}

describe('a printed link without a page fails the build', () => {
  it('a link to an article that does not exist names the campaign file and the missing article', () => {
    const { status, log } = buildWith('unknown', (content) =>
      writeFileSync(join(content, 'campaigns', '2025-kapot.yaml'), 'path: /bestaat-niet/\nutmCampaign: succesverhaal\nedition: 2025\narticle: bestaat-niet\n'),
    );
    expect(status, log).not.toBe(0);
    expect(log).toContain('2025-kapot');
    expect(log).toContain('"bestaat-niet"');
  });

  it('a link whose story became a draft fails instead of printing a dead code', () => {
    const { status, log } = buildWith('draft', (content) => {
      const file = join(content, 'articles', 'het-buurtteam-in-kloetinge-is-een-voorbeeld.mdx');
      const text = readFileSync(file, 'utf8').replace(/^draft:.*\n/m, '');
      writeFileSync(file, text.replace(/^---\n/, '---\ndraft: true\n'));
    });
    expect(status, log).not.toBe(0);
    // The content check stops it before Astro runs, naming the campaign file and what to do.
    expect(log).toContain('campaigns/2025-succesverhaal-kloetinge.yaml');
    expect(log).toContain('het-buurtteam-in-kloetinge-is-een-voorbeeld, dat nog draft: true heeft');
  });

  it('a printed path that is not where its story lives fails, because print cannot move', () => {
    const { status, log } = buildWith('moved', (content) =>
      writeFileSync(
        join(content, 'campaigns', '2025-verkeerd.yaml'),
        'path: /ergens-anders/\nutmCampaign: succesverhaal\nutmTerm: test\nedition: 2025\narticle: het-buurtteam-in-kloetinge-is-een-voorbeeld\n',
      ),
    );
    expect(status, log).not.toBe(0);
    expect(log).toContain('campaigns/2025-verkeerd.yaml');
    expect(log).toContain('het webadres van het stuk (/het-buurtteam-in-kloetinge-is-een-voorbeeld/)');
  });
});
