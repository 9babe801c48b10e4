/**
 * The messages between an embed page and the loader on the host page, namespaced so no other
 * script's messages are mistaken for ours. src/lib/monitor/loader.js spells the same strings.
 */
export const embedMessages = { height: 'buurkracht-embed:height', ask: 'buurkracht-embed:ask' } as const;
