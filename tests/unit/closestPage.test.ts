import { describe, expect, it } from 'vitest';
import { closestPage, editDistance, normalisePath } from '../../src/lib/closestPage';

const pages = [
  '/',
  '/samen-afval-prikken-in-willis/',
  '/samen-sterk-voor-sterke-buurten/',
  '/artikelen/',
  '/acties/',
  '/thema/vergroening/',
  '/thema/energie/',
  '/monitor/2025/relatietype/',
];

describe('the page a near miss on the 404 page offers', () => {
  it('ignores capitals, percent-encoding and what sticks to the end of a copied address', () => {
    expect(normalisePath('/Samen-Afval-Prikken-In-Willis/%E2%80%9D')).toBe('/samen-afval-prikken-in-willis');
    expect(normalisePath('/over/index.html')).toBe('/over');
    expect(closestPage('/THEMA/VERGROENING).', pages)).toBe('/thema/vergroening/');
  });

  it('finds a story behind a typo, a missing letter or a section name in the singular', () => {
    expect(closestPage('/samen-afval-prikken-in-wilis/', pages)).toBe('/samen-afval-prikken-in-willis/');
    expect(closestPage('/samen-afval-prikkn-in-willis', pages)).toBe('/samen-afval-prikken-in-willis/');
    expect(closestPage('/artikel/', pages)).toBe('/artikelen/');
    expect(closestPage('/thema/energy/', pages)).toBe('/thema/energie/');
  });

  it('finds the story of an address cut off mid-word', () => {
    expect(closestPage('/samen-afval-prik', pages)).toBe('/samen-afval-prikken-in-willis/');
  });

  it('offers nothing when nothing is close, and never the home page', () => {
    expect(closestPage('/recepten/appeltaart/', pages)).toBeUndefined();
    expect(closestPage('/', pages)).toBeUndefined();
    expect(closestPage('/xyz', pages)).toBeUndefined();
  });

  it('counts edits and gives up past the limit', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
