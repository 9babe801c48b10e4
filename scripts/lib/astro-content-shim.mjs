// What src/content.config.ts and src/schemas/ need from `astro:content` outside Astro: Astro's own
// defineCollection and reference(), taken from the installed astro package, not copied.
import { defineCollection } from 'astro/content/config';
import { createReference } from 'astro/content/runtime';

export { defineCollection };
export const reference = createReference();
