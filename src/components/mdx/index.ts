import Citaat from './Citaat.astro';
import Figuur from './Figuur.astro';
import Foto from './Foto.astro';
import InHetKort from './InHetKort.astro';

/**
 * The components editors may use in a story's MDX without an import. Story pages pass this map
 * to <Content components={mdxComponents} />; docs/redactiegids.md explains each one.
 */
export const mdxComponents = { Citaat, InHetKort, Foto, Figuur };

/** Their names, for checks and editors that list what MDX may contain. */
export const mdxComponentNames = Object.keys(mdxComponents) as (keyof typeof mdxComponents)[];
