import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './run';

const out = join(mkdtempSync(join(tmpdir(), 'buurkracht-log-')), 'dist');
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the build log', () => {
  it('has no warnings beyond the known per-MDX "module level directive" notice (withastro/astro#18087)', () => {
    const { status, output } = runScript('scripts/build.mjs', ['--outDir', out], { NO_COLOR: '1', FORCE_COLOR: '0' });
    expect(status, output.slice(-3000)).toBe(0);
    const warnings = output
      .split('\n')
      .filter((line) => /\bWARN\b|\bwarning\b/i.test(line))
      .filter((line) => !line.includes('MODULE_LEVEL_DIRECTIVE'));
    expect(warnings).toEqual([]);
  }, 180_000);
});
