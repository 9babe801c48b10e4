import { z } from 'astro/zod';

/**
 * Checks the props an editor wrote on an MDX component and stops the build with a Dutch message
 * that names the component, the page and every wrong or missing prop.
 */
export function editorProps<T extends z.ZodType>(component: string, schema: T, props: unknown, page: URL): z.infer<T> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || 'props'}: ${i.message}`).join('\n');
  throw new Error(`<${component}> op ${page.pathname} klopt niet:\n${problems}\nZie docs/redactiegids.md, "Foto's, citaten en kaders in een stuk".`);
}

/** A required text prop with a Dutch message when it is missing or empty. */
export const text = (what: string, min = 1) =>
  z
    .string({ error: `verwacht ${what}` })
    .trim()
    .min(min, { error: `verwacht ${what} van minstens ${min} tekens` });
