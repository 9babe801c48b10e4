/** The page types the screenshot tests photograph, in the fixture content; one sample each. */
export const visualPages = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/denkdorp-legt-zonnepanelen-op-het-dorpshuis/' },
  { name: 'action', path: '/tuinruil-in-testerveen/' },
  { name: 'article-list', path: '/artikelen/' },
  { name: 'theme', path: '/thema/sociale-verbinding/' },
  { name: 'municipality', path: '/gemeente/proefgemeente/' },
  { name: 'map', path: '/gemeente/' },
  { name: 'edition', path: '/editie/2099/' },
  { name: 'monitor', path: '/monitor/2099/' },
  { name: 'monitor-figure', path: '/monitor/2099/rapportcijfers/' },
] as const;

export const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 900 },
] as const;

export const schemes = ['light', 'dark'] as const;

/**
 * How different a screenshot may be from its reference: a pixel counts as changed past pixelmatch's
 * colour threshold (anti-aliasing ignored), and at most this share of pixels may change. Small
 * enough that a changed colour, font size or spacing in the header or a card fails.
 */
export const tolerance = { threshold: 0.05, maxChangedShare: 0.001 } as const;
