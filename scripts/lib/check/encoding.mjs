// Content files are UTF-8. A file saved as Windows-1252 ("café" as one byte) stops the build with an
// error that names no cause; here it is the line and what to do.
const decoder = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The first line that is not UTF-8, as a problem, or undefined. */
export function encodingProblem(bytes) {
  try {
    decoder.decode(bytes);
    return undefined;
  } catch {}
  let start = 0;
  for (let line = 1, i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const chunk = bytes.subarray(start, i);
    try {
      decoder.decode(chunk);
    } catch {
      return {
        line,
        field: '(codering)',
        expected: 'tekst in UTF-8',
        found: lenient.decode(chunk).trim().slice(0, 100),
        todo: 'sla het bestand op als UTF-8 (in je editor: "Opslaan met codering" of "Save with encoding" → UTF-8) en controleer de letters met accenten.',
      };
    }
    line++;
    start = i + 1;
  }
  return undefined;
}
