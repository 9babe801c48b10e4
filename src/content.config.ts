// Collections live in the top-level content/ folder; the schemas live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { action } from './schemas/action';
import { article } from './schemas/article';
import { campaign } from './schemas/campaign';
import { edition } from './schemas/edition';
import { monitor } from './schemas/monitor';
import { monitorChapter } from './schemas/monitorChapter';
import { page } from './schemas/page';
import { municipality, place } from './schemas/place';
import { contentRoot } from './schemas/root';
import { theme } from './schemas/theme';

const from = (folder: string, pattern: string) => glob({ base: `${contentRoot}/${folder}`, pattern });

export const collections = {
  // One MDX file per article; the file name is its URL.
  articles: defineCollection({ loader: from('articles', '*.mdx'), schema: ({ image }) => article(image) }),
  // The short "inspirerende acties".
  actions: defineCollection({ loader: from('actions', '*.mdx'), schema: ({ image }) => action(image) }),
  // One YAML file per printed edition, with its table of contents.
  editions: defineCollection({ loader: from('editions', '*.yaml'), schema: ({ image }) => edition(image) }),
  places: defineCollection({ loader: from('places', '*.yaml'), schema: place }),
  municipalities: defineCollection({ loader: from('municipalities', '*.yaml'), schema: municipality }),
  themes: defineCollection({ loader: from('themes', '*.yaml'), schema: theme }),
  // The printed QR links (and their short /m/ paths), one YAML file each.
  campaigns: defineCollection({ loader: from('campaigns', '*.yaml'), schema: campaign }),
  // One YAML file per monitor year with every figure of the magazine's monitor section.
  monitor: defineCollection({ loader: from('monitor', '*.yaml'), schema: monitor }),
  // One MDX file per monitor chapter.
  monitorChapters: defineCollection({ loader: from('monitor-chapters', '*.mdx'), schema: monitorChapter }),
  // About, colophon, accessibility statement.
  pages: defineCollection({ loader: from('pages', '*.mdx'), schema: page }),
};
