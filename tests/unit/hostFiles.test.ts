import { describe, expect, it } from 'vitest';
import { headersFor, hostOf, parseHeadersFile, parseRedirectsFile, patternToRegExp, redirectFor } from '../../scripts/lib/hostFiles.mjs';

// The readers stand in for the hosts in tests and in `npm start`; these cases come from the hosts'
// documentation (Cloudflare Pages: Headers, Redirects) and Netlify's open-source header matcher.
describe('reading _headers like Cloudflare Pages', () => {
  const rules = parseHeadersFile(`/secure/page
  X-Frame-Options: DENY
/static/*
  Access-Control-Allow-Origin: *
  X-Robots-Tag: nosnippet
/*
  X-Robots-Tag: noindex
/*.jpg
  ! Access-Control-Allow-Origin
`);

  it('applies every matching rule and joins a header set twice with a comma', () => {
    expect(headersFor(rules, '/static/styles.css')).toEqual({ 'access-control-allow-origin': '*', 'x-robots-tag': 'nosnippet, noindex' });
    expect(headersFor(rules, '/secure/page')).toEqual({ 'x-frame-options': 'DENY', 'x-robots-tag': 'noindex' });
  });

  it('detaches a header with "! Name"', () => {
    expect(headersFor(rules, '/static/photo.jpg')).toEqual({ 'x-robots-tag': 'nosnippet, noindex' });
  });

  it('matches case-sensitively; :name is one segment, * anything', () => {
    expect(patternToRegExp('/movies/:title').test('/movies/up')).toBe(true);
    expect(patternToRegExp('/movies/:title').test('/movies/up/down')).toBe(false);
    expect(patternToRegExp('/static/*').test('/STATIC/x')).toBe(false);
    expect(patternToRegExp('/*.svg').test('/a/b/c.svg')).toBe(true);
  });
});

describe('reading _headers like Netlify', () => {
  it('lets a later matching rule replace a value, ignores "!" lines, and matches without regard to case or a final slash', () => {
    const rules = parseHeadersFile('/*\n  A: 1\n  B: 1\n/x/*\n  ! A\n  A: 2\n');
    expect(headersFor(rules, '/x/y', 'netlify')).toEqual({ a: '2', b: '1' });
    expect(patternToRegExp('/x/*', 'netlify').test('/X')).toBe(true);
    expect(patternToRegExp('/about', 'netlify').test('/about/')).toBe(true);
  });
});

describe('reading _redirects', () => {
  const rules = parseRedirectsFile('/blog/* /posts/:splat 301\n/home /  301\n/old /new 301\n/a /b 200\n/shadowed /target 301\n/forced /target 301!\n');

  it('Cloudflare: plain paths first, then patterns; the query stays when the target has none', () => {
    expect(redirectFor(rules, '/home?x=1')).toEqual({ status: 301, location: '/?x=1' });
    expect(redirectFor(rules, '/a?utm=1')).toEqual({ rewrite: '/b' });
    expect(redirectFor(rules, '/nothing')).toBeUndefined();
  });

  it('Netlify: an unforced rule steps aside for an existing file; a forced one does not', () => {
    const exists = (p: string) => p === '/shadowed' || p === '/forced';
    expect(redirectFor(rules, '/shadowed', 'netlify', exists)).toBeUndefined();
    expect(redirectFor(rules, '/forced', 'netlify', exists)).toEqual({ status: 301, location: '/target' });
  });

  it('refuses a rule without a status (the hosts default to different ones)', () => {
    expect(() => parseRedirectsFile('/a /b\n')).toThrow(/no status code/);
  });

  it('tells which host a generated file was written for', () => {
    expect(hostOf('# host: netlify\n/*\n  A: 1\n')).toBe('netlify');
    expect(hostOf('/*\n  A: 1\n')).toBe('cloudflare');
  });
});
