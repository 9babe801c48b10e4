import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, parseRedirectsFile, redirectFor } from '../../scripts/lib/hostFiles.mjs';
import { deployTarget, hostPolicy, type RuleLink } from '../../src/lib/hostPolicy';
import { cspFirstInHead, parseCsp } from '../../src/lib/hostPolicy/csp';
import { caseForms, forgivingPaths, variants } from '../../src/lib/hostPolicy/forgiving';
import { dataCsp, pageCsp } from '../../src/lib/hostPolicy/headers';
import { type Host, hostLimits, nginxPattern, renderHeadersFile, renderNginx, renderRedirectsFile } from '../../src/lib/hostPolicy/render';

const hash = (n: number) => `'sha256-${String(n).padStart(43, 'A')}='`;
const meta = (scripts: string[], styles: string[]) =>
  `default-src 'self';img-src 'self' data:;connect-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}; style-src 'self' ${styles.join(' ')}`;
const metas = [meta([hash(1), hash(2)], [hash(10)]), meta([hash(2), hash(3)], [hash(11), hash(12)])];

const willis: RuleLink = {
  printedPath: '/samen-afval-prikken-in-willis/',
  vanityPath: '/m/willis',
  targetPath: '/samen-afval-prikken-in-willis/',
  taggedTarget: '/samen-afval-prikken-in-willis/?utm_source=magazine&utm_medium=qr-code&utm_campaign=inspiratie&utm_term=willis',
};
const morgen: RuleLink = {
  printedPath: '/de-groene-ambities-van-bewoners-uit-110-morgen',
  targetPath: '/de-groene-ambities-van-bewoners-uit-110-morgen/',
  taggedTarget: '/de-groene-ambities-van-bewoners-uit-110-morgen/?utm_source=magazine&utm_medium=qr-code&utm_campaign=inspiratie&utm_term=110-morgen',
};
const policy = hostPolicy(metas, [willis, morgen]);
const hosts: Host[] = ['cloudflare', 'netlify'];

describe('the page policy as an HTTP header', () => {
  it('allows every script hash any page declares and keeps style hashes in the pages', () => {
    const csp = pageCsp(metas);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", hash(1), hash(2), hash(3)]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('refuses a build whose pages declare no script policy, or allow inline scripts wholesale', () => {
    expect(() => pageCsp(["default-src 'self'"])).toThrow(/script-src/);
    expect(() => pageCsp(["script-src 'self' 'unsafe-inline'"])).toThrow(/unsafe-inline/);
  });

  it('moves the <meta> policy right after <meta charset>, before everything a page could inject', () => {
    const html =
      '<html><head><meta charset="utf-8"><title>x</title><script>1</script><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head></html>';
    const moved = cspFirstInHead(html);
    expect(moved.html).toBe(
      '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"><title>x</title><script>1</script></head></html>',
    );
    expect(moved.policy).toBe("script-src 'self'");
    expect(cspFirstInHead(moved.html).html).toBe(moved.html);
    expect(cspFirstInHead('<html><head></head></html>').policy).toBeUndefined();
  });
});

describe('the generated _headers, read the way each host reads it', () => {
  for (const host of hosts) {
    const rules = parseHeadersFile(renderHeadersFile(policy, host));
    const get = (path: string) => headersFor(rules, path, host);

    it(`${host}: pages may not be framed, embeds may, and both carry the script hashes`, () => {
      expect(parseCsp(get('/over/')['content-security-policy'] ?? '').get('frame-ancestors')).toEqual(["'none'"]);
      expect(parseCsp(get('/embed/monitor/2025/x/')['content-security-policy'] ?? '').get('frame-ancestors')).toEqual(['*']);
      expect(parseCsp(get('/monitor/2025/x/embed/')['content-security-policy'] ?? '').get('frame-ancestors')).toEqual(['*']);
      expect(get('/over/')['content-security-policy']).toContain(hash(3));
    });

    it(`${host}: SVG, JSON, CSV and XML get the restrictive policy, also under an embed path`, () => {
      expect(get('/monitor/2025/x/x.svg')['content-security-policy']).toBe(dataCsp.svg);
      expect(get('/monitor/2025/data.json')['content-security-policy']).toBe(dataCsp.json);
      expect(get('/monitor/2025/data.csv')['content-security-policy']).toBe(dataCsp.csv);
      expect(get('/rss.xml')['content-security-policy']).toBe(dataCsp.xml);
      expect(get('/embed/x/chart.svg')['content-security-policy']).toBe(dataCsp.svg);
    });

    it(`${host}: hashed files are kept a year, everything else revalidates; the security headers are everywhere`, () => {
      expect(get('/_astro/a.B1c2.js')['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(get('/pagefind/fragment/nl_1a2b3c4.pf_fragment')['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(get('/pagefind/pagefind.nl_7c222fa5bc.pf_meta')['cache-control']).toBe('public, max-age=31536000, immutable');
      for (const path of ['/', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/monitor/2025/data.csv'])
        expect(get(path)['cache-control'], path).toBe('no-cache');
      for (const path of ['/', '/_astro/a.js', '/rss.xml']) expect(get(path)['strict-transport-security'], path).toMatch(/^max-age=\d+; includeSubDomains$/);
      expect(get('/')['x-frame-options']).toBeUndefined();
    });
  }

  it('only the Cloudflare file uses the "! Name" detach syntax', () => {
    expect(renderHeadersFile(policy, 'cloudflare')).toMatch(/^ {2}! Content-Security-Policy$/m);
    expect(renderHeadersFile(policy, 'netlify')).not.toMatch(/^\s*!/m);
  });

  it("refuses a policy line longer than Cloudflare's 2,000 characters", () => {
    const huge = hostPolicy(
      [
        meta(
          Array.from({ length: 40 }, (_, i) => hash(i)),
          [],
        ),
      ],
      [],
    );
    expect(() => renderHeadersFile(huge, 'cloudflare')).toThrow(/over the host limit of 2000/);
  });
});

describe('printed links that forgive', () => {
  it('knows the ways a short code gets typed, most common first', () => {
    expect(caseForms('/m/willis')).toEqual(['/m/willis', '/M/WILLIS', '/M/willis', '/M/Willis', '/m/Willis']);
    expect(caseForms('/m/bordspel-vijfhuizen')).toContain('/M/Bordspel-Vijfhuizen');
  });

  it('lists variants of every printed path and short code, never the forms the site serves itself', () => {
    const bases = forgivingPaths([willis, morgen]);
    expect(bases).toEqual([
      { base: '/samen-afval-prikken-in-willis', canonical: '/samen-afval-prikken-in-willis/' },
      { base: '/m/willis', canonical: '/m/willis' },
      { base: '/de-groene-ambities-van-bewoners-uit-110-morgen', canonical: '/de-groene-ambities-van-bewoners-uit-110-morgen/' },
    ]);
    const paths = bases.flatMap(variants).map((v) => v.path);
    for (const served of ['/samen-afval-prikken-in-willis', '/samen-afval-prikken-in-willis/', '/m/willis', '/m/willis/']) expect(paths).not.toContain(served);
    for (const typed of [
      '/M/WILLIS',
      '/m/willis.',
      '/SAMEN-AFVAL-PRIKKEN-IN-WILLIS/',
      '/samen-afval-prikken-in-willis%20',
      '/Samen-afval-prikken-in-willis)',
    ]) {
      expect(paths, typed).toContain(typed);
    }
    // Two marks in a row are left to nginx's regex and the 404 page: listing them would pass the hosts' limits.
    expect(paths).not.toContain('/samen-afval-prikken-in-willis).');
  });

  for (const host of hosts) {
    it(`${host}: a variant answers one 301 to its path with the query kept; short paths and slashless printed paths still work`, () => {
      const rules = parseRedirectsFile(renderRedirectsFile(policy, host).text);
      const at = (url: string) => redirectFor(rules, url, host, () => false);
      expect(at('/M/WILLIS')).toEqual({ status: 301, location: '/m/willis' });
      expect(at('/SAMEN-AFVAL-PRIKKEN-IN-WILLIS.?utm_source=magazine&x=1')).toEqual({
        status: 301,
        location: '/samen-afval-prikken-in-willis/?utm_source=magazine&x=1',
      });
      expect(at('/De-groene-ambities-van-bewoners-uit-110-morgen%20?utm_term=110-morgen')).toEqual({
        status: 301,
        location: '/de-groene-ambities-van-bewoners-uit-110-morgen/?utm_term=110-morgen',
      });
      expect(at('/m/willis')).toEqual({ status: 302, location: willis.taggedTarget });
      expect(at('/de-groene-ambities-van-bewoners-uit-110-morgen?utm_source=magazine')).toEqual({
        rewrite: '/de-groene-ambities-van-bewoners-uit-110-morgen/',
      });
      expect(at('/samen-afval-prikken-in-willis/?utm_source=magazine')).toBeUndefined();
    });
  }

  it('Netlify forces the short paths and rewrites, where a file would otherwise win', () => {
    const rules = parseRedirectsFile(renderRedirectsFile(policy, 'netlify').text);
    expect(redirectFor(rules, '/m/willis', 'netlify', () => true)).toEqual({ status: 302, location: willis.taggedTarget });
    expect(parseRedirectsFile(renderRedirectsFile(policy, 'cloudflare').text).some((r) => r.force)).toBe(false);
  });

  it('hand-written redirects come first', () => {
    const { text } = renderRedirectsFile(policy, 'cloudflare', '# moved\n/oud/ /nieuw/ 301\n');
    expect(parseRedirectsFile(text)[0]).toEqual({ from: '/oud/', to: '/nieuw/', status: 301, force: false });
  });

  it("stays within Cloudflare's 2,000 static redirects by leaving out the least likely variants, and says how many", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...willis, vanityPath: `/m/code-${i}`, targetPath: `/verhaal-${i}/`, printedPath: `/verhaal-${i}/` }));
    const { text, dropped } = renderRedirectsFile(hostPolicy(metas, many), 'cloudflare');
    const rules = parseRedirectsFile(text);
    expect(rules.length).toBe(hostLimits.staticRedirects);
    expect(dropped).toBeGreaterThan(0);
    // The capitals a QR generator produces survive for every link; a rare mark after a slash goes first.
    for (let i = 0; i < 30; i++) expect(rules.some((r) => r.from === `/M/CODE-${i}`)).toBe(true);
    expect(rules.some((r) => r.from.endsWith('/%E2%80%9D'))).toBe(false);
  });

  it('every generated line fits the hosts', () => {
    const lines = renderRedirectsFile(policy, 'cloudflare').text.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(hostLimits.redirectLineLength);
  });
});

describe('the nginx include', () => {
  const conf = renderNginx(policy);

  it('hides the host files, forwards short paths and lets every variant through one regex per path', () => {
    expect(conf).toContain('location ~ "^/(?:_headers|_redirects|nginx-host\\\\.conf)$" { return 404; }');
    expect(conf).toContain(`location = /m/willis { return 302 "${willis.taggedTarget}"; }`);
    expect(conf).toMatch(/location ~ "\^\(\?!\/m\/willis\/\?\$\)\/\(\?i\)m\/willis.*" \{ return 301 \/m\/willis\$is_args\$args; \}/);
  });

  it('sets each varying header from rules in the same order as _headers', () => {
    expect(conf).toContain(`if ($uri ~ "${nginxPattern('/*.svg').replace(/\\/g, '\\\\')}") { set $policy_content_security_policy "${dataCsp.svg}"; }`);
    expect(conf.indexOf('^/embed/')).toBeLessThan(conf.indexOf('.svg$'));
    expect(conf).toContain('add_header Cache-Control $policy_cache_control always;');
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });

  it('translates _headers patterns into anchored regexes', () => {
    expect(nginxPattern('/monitor/:year/:figure/embed/*')).toBe('^/monitor/[^/]+/[^/]+/embed/.*$');
    expect(nginxPattern('/pagefind/*.pf_meta')).toBe('^/pagefind/.*\\.pf_meta$');
  });
});

describe('which host the build writes rules for', () => {
  it('follows BUURKRACHT_HOST, then the hosts’ own build variables, else nginx', () => {
    expect(deployTarget({})).toBe('nginx');
    expect(deployTarget({ NETLIFY: 'true' })).toBe('netlify');
    expect(deployTarget({ CF_PAGES: '1' })).toBe('cloudflare');
    expect(deployTarget({ CF_PAGES: '1', BUURKRACHT_HOST: 'nginx' })).toBe('nginx');
    expect(() => deployTarget({ BUURKRACHT_HOST: 'apache' })).toThrow(/expected nginx, cloudflare or netlify/);
  });
});
