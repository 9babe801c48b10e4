import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/format';

describe('counts in running text', () => {
  it('writes numbers under twenty in words, with the singular for one', () => {
    expect(formatCount(1, 'verhaal', 'verhalen')).toBe('één verhaal');
    expect(formatCount(12, 'gemeente', 'gemeenten')).toBe('twaalf gemeenten');
    expect(formatCount(19, 'plaats', 'plaatsen')).toBe('negentien plaatsen');
  });

  it('writes twenty and more in figures, grouped the Dutch way', () => {
    expect(formatCount(24, 'verhaal', 'verhalen')).toBe('24 verhalen');
    expect(formatCount(1250, 'verhaal', 'verhalen')).toBe('1.250 verhalen');
  });
});
