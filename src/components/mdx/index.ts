import { type MdxComponentName, mdxComponents as model } from '../../model/index.ts';
import Citaat from './Citaat.astro';
import Figuur from './Figuur.astro';
import Foto from './Foto.astro';
import InHetKort from './InHetKort.astro';

/**
 * The components editors may use in a story's MDX without an import. Story pages pass this map
 * to <Content components={mdxComponents} />; docs/redactiegids.md explains each one. `satisfies`
 * makes `astro check` refuse a component the content model (src/model/components.ts) does not
 * describe, or one it describes that has no implementation here.
 */
export const mdxComponents = { Citaat, InHetKort, Foto, Figuur } satisfies Record<MdxComponentName, unknown>;

/** Their names, for checks and editors that list what MDX may contain: the content model's. */
export const mdxComponentNames = Object.keys(model) as MdxComponentName[];
