import { describe, expect, it } from 'vitest';
import { nginxRules, redirectsFile } from '../../src/lib/hostRules';

const morgen = {
  printedPath: '/de-groene-ambities-van-bewoners-uit-110-morgen',
  vanityPath: '/m/110-morgen',
  targetPath: '/de-groene-ambities-van-bewoners-uit-110-morgen/',
  taggedTarget: '/de-groene-ambities-van-bewoners-uit-110-morgen/?utm_source=magazine&utm_medium=qr-code&utm_campaign=inspiratie&utm_term=110-morgen',
};
const kort = { targetPath: '/alleen-kort/', vanityPath: '/m/kort', taggedTarget: '/alleen-kort/?utm_source=magazine&utm_medium=qr-code&utm_campaign=x' };
const links = [morgen, kort];

describe('host rules for short paths', () => {
  it('nginx forwards both slash forms of a short path with the tags, temporarily so a target can still change', () => {
    const conf = nginxRules(links);
    expect(conf).toContain(`location = /m/110-morgen { return 302 "${morgen.taggedTarget}"; }`);
    expect(conf).toContain(`location = /m/110-morgen/ { return 302 "${morgen.taggedTarget}"; }`);
    expect(conf).toContain('location = /nginx-redirects.conf { return 404; }');
    expect(conf).not.toMatch(/\b301\b/);
  });

  it('_redirects serves a printed slashless path as the story (200) and forwards short paths with the tags', () => {
    const lines = redirectsFile(links).trim().split('\n');
    expect(lines).toContain('/de-groene-ambities-van-bewoners-uit-110-morgen /de-groene-ambities-van-bewoners-uit-110-morgen/ 200');
    expect(lines).toContain(`/m/kort ${kort.taggedTarget} 302`);
    expect(lines).toContain(`/m/kort/ ${kort.taggedTarget} 302`);
    // A story reached only through a short path needs no rewrite of its own.
    expect(lines.some((l) => l.startsWith('/alleen-kort '))).toBe(false);
  });
});
