import { createHash } from 'node:crypto';

/**
 * The one place analytics is configured. Off by default (`provider: null`). Every provider here
 * runs cookieless and stores no personal data; see docs/analytics.md before switching one on.
 */
export interface AnalyticsConfig {
  provider: 'plausible' | 'umami' | 'matomo' | null;
  /** Plausible: the site's domain; Umami: the website id (a UUID); Matomo: the numeric site id. */
  siteId: string;
  /** Origin of the analytics server, e.g. https://plausible.io or https://stats.example.nl */
  host: string;
}

export const analytics: AnalyticsConfig = {
  provider: null,
  siteId: '',
  host: '',
};

/** What the page head prints: one external script, plus Matomo's tiny inline settings. */
export interface AnalyticsTags {
  src: string;
  attrs: Record<string, string>;
  /** Matomo reads its settings from window._paq, which must exist before matomo.js runs. */
  inline?: string;
}

export function analyticsTags(config: AnalyticsConfig = analytics): AnalyticsTags | null {
  if (!config.provider) return null;
  if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(config.host)) throw new Error(`analytics.host must be an https origin without path, not "${config.host}"`);
  if (!/^[\w.-]+$/.test(config.siteId)) throw new Error(`analytics.siteId "${config.siteId}" is empty or has characters no provider uses`);
  switch (config.provider) {
    case 'plausible':
      return {
        src: `${config.host}/js/script.js`,
        attrs: { 'data-domain': config.siteId },
      };
    case 'umami':
      return {
        src: `${config.host}/script.js`,
        attrs: { 'data-website-id': config.siteId },
      };
    case 'matomo': {
      const settings = [['disableCookies'], ['setTrackerUrl', `${config.host}/matomo.php`], ['setSiteId', config.siteId], ['trackPageView']];
      return {
        src: `${config.host}/matomo.js`,
        attrs: {},
        inline: `window._paq=${JSON.stringify(settings)};`,
      };
    }
  }
}

/** Sources the CSP must allow for the configured provider; empty when analytics is off. */
export function analyticsCsp(config: AnalyticsConfig = analytics): {
  scriptResources: string[];
  connectResources: string[];
  scriptHashes: `sha256-${string}`[];
} {
  const tags = analyticsTags(config);
  if (!tags) return { scriptResources: [], connectResources: [], scriptHashes: [] };
  const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;
  return {
    scriptResources: [config.host],
    connectResources: [config.host],
    scriptHashes: tags.inline ? [hash(tags.inline)] : [],
  };
}
