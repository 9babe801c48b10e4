/**
 * Temporary texts the scaffold writes ("[Tussenkop]"). A published entry may not keep one; the check
 * finds them with the same pattern the scaffold writes them in.
 */

/** A placeholder as the scaffold writes it. */
export const placeholder = (text: string) => `[${text}]`;

/** Square brackets around text that starts with a capital: "[Schrijf hier…]", not a Markdown link. */
export const placeholderPattern = /\[[A-ZÀ-Ý][^\]\n]*\]/;
