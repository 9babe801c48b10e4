// Collections live in the top-level content/ folder (folders and file types: src/model/); the schemas
// live in src/schemas/. scripts/lib/check/schemas.mjs validates with this same object outside Astro.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { collections as model } from './model/collections.ts';
import type { CollectionName } from './model/types.ts';
import { action } from './schemas/action';
import { article } from './schemas/article';
import { campaign } from './schemas/campaign';
import { edition } from './schemas/edition';
import { monitor } from './schemas/monitor';
import { monitorChapter } from './schemas/monitorChapter';
import { page } from './schemas/page';
import { municipality, place } from './schemas/place';
import { dutchErrors } from './schemas/plain';
import { contentRoot } from './schemas/root';
import { theme } from './schemas/theme';

// Every schema error, ours or zod's own, reads "verwacht …, gevonden: …" in the build and the check alike.
z.config({ customError: dutchErrors });

/** content/<folder>/*<extension>, as the model says. */
const from = (name: CollectionName) => glob({ base: `${contentRoot}/${model[name].folder}`, pattern: `*${model[name].extension}` });

export const collections = {
  articles: defineCollection({ loader: from('articles'), schema: ({ image }) => article(image) }),
  actions: defineCollection({ loader: from('actions'), schema: ({ image }) => action(image) }),
  editions: defineCollection({ loader: from('editions'), schema: ({ image }) => edition(image) }),
  places: defineCollection({ loader: from('places'), schema: place }),
  municipalities: defineCollection({ loader: from('municipalities'), schema: municipality }),
  themes: defineCollection({ loader: from('themes'), schema: theme }),
  campaigns: defineCollection({ loader: from('campaigns'), schema: campaign }),
  monitor: defineCollection({ loader: from('monitor'), schema: monitor }),
  monitorChapters: defineCollection({ loader: from('monitorChapters'), schema: monitorChapter }),
  pages: defineCollection({ loader: from('pages'), schema: page }),
} satisfies Record<CollectionName, unknown>;
