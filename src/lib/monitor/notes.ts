/** Footnotes of one figure: each text once, numbered in the order rows first need them. */
export class NoteBook {
  readonly texts: string[] = [];

  /** The number of `text`, adding it when new. */
  add(text: string): number {
    const i = this.texts.indexOf(text);
    if (i >= 0) return i + 1;
    this.texts.push(text);
    return this.texts.length;
  }
}

const superscripts = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** Footnote marks as superscript digits, appended to a chart label ("Partnerschap¹"). */
export function marks(notes: readonly number[]): string {
  return notes
    .map((n) => {
      const mark = superscripts[n - 1];
      if (!mark) throw new Error(`A figure has more than ${superscripts.length} notes; combine some`);
      return mark;
    })
    .join('');
}
