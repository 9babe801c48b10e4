/**
 * Dutch word forms that Pagefind's Snowball stemmer does not bring together.
 * Search asks Pagefind for each form a reader's word can take in the text
 * (the surface forms, so Pagefind stems them exactly as it stemmed the page):
 * singular and plural, the word inside a diminutive, and the spelling change
 * between a closed and an open syllable (zonnepaneel, zonnepanelen).
 * Compounds written apart or together are handled per query (joinedForms,
 * splitForms). All functions take and return lower-case words.
 */

const vowel = /[aeiouy]/;

/**
 * The vowel rule: a long vowel is written double in a closed syllable and single
 * in an open one, so "paneel" and "panelen" stem apart. Returns the other
 * spelling (paneel → panel, which Pagefind's prefix match takes to panelen;
 * panelen → paneel), or null when the word has no such syllable.
 */
export function vowelVariant(word: string): string | null {
  if (word.length < 5) return null;
  const closed = word.replace(/([^aeiou])(aa|ee|oo|uu)([^aeiouyj])$/, (_, c: string, vv: string, d: string) => c + vv[0] + d);
  if (closed !== word) return closed;
  const open = word.replace(/([^aeiou])([aeou])([^aeiouyj])en$/, (_, c: string, v: string, d: string) => c + v + v + d);
  return open !== word ? open : null;
}

/** Undoes the doubled consonant of a short vowel: tonn → ton, quizz → quiz. */
function undouble(stem: string): string {
  return /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** The singulars a plural can come from: regentonnen → regenton, panelen → paneel, huizen → huis, gemeenten → gemeente. */
export function singularForms(word: string): string[] {
  const out: string[] = [];
  if (word.length < 4) return out;
  if (word.endsWith('eren') && word.length > 6) out.push(word.slice(0, -4)); // kinderen → kind
  if (word.endsWith('en') && word.length > 4) {
    const stem = word.slice(0, -2);
    if (/([^aeiou])\1$/.test(stem))
      out.push(undouble(stem)); // regentonnen → regenton
    else if (/(^|[^aeiou])[aeou][^aeiouyjw]$/.test(stem)) {
      // An open syllable: the singular doubles the vowel (panelen → paneel, buren → buur).
      out.push(
        stem
          .replace(/([aeou])([^aeiouyjw])$/, '$1$1$2')
          .replace(/z$/, 's')
          .replace(/v$/, 'f'),
      );
    } else if (/(ui|ei|ij|ou|au|ie|oe|eu|[^aeiou])[zv]$/.test(stem)) {
      out.push(stem.replace(/z$/, 's').replace(/v$/, 'f')); // huizen → huis, brieven → brief
    }
    if (!out.includes(stem)) out.push(stem); // pompen → pomp, wandelingen → wandeling
    if (/[^e]e?n$/.test(word) && !stem.endsWith('e')) out.push(`${stem}e`); // gemeenten → gemeente
  } else if (/[^s']s$/.test(word) && word.length > 4) {
    out.push(word.slice(0, -1)); // buurtteams → buurtteam, bewoners → bewoner, huisjes → huisje
  }
  return out;
}

/** The plurals of a singular: zonnepaneel → zonnepanelen, regenton → regentonnen, huis → huizen, buurtteam → buurtteams. */
export function pluralForms(word: string): string[] {
  if (word.length < 3) return [];
  if (/([^aeiou](el|em|er)|e|ie)$/.test(word) || /[aiouy]$/.test(word)) return [`${word}s`];
  if (word.endsWith('en')) return [];
  const out: string[] = [];
  const closed = word.match(/([^aeiou])(aa|ee|oo|uu)([^aeiouyj])$/);
  if (closed) {
    // paneel → panelen, huis → huizen (s and f voice between vowels).
    out.push(`${word.slice(0, -3)}${closed[2]?.[0]}${voice(closed[3] ?? '')}en`);
  } else if (/(ui|ei|ij|ou|au|ie|oe|eu)[sf]$/.test(word)) {
    out.push(`${word.slice(0, -1)}${voice(word.slice(-1))}en`);
  } else if (/[^aeiou][aeiou][bdfgklmnprstz]$/.test(word) && !/(ing|heid)$/.test(word)) {
    out.push(`${word}${word.slice(-1)}en`); // regenton → regentonnen
  } else {
    out.push(`${word}en`);
  }
  out.push(`${word}s`); // buurtteam → buurtteams: Dutch takes many -s plurals from English.
  return out;
}

function voice(consonant: string): string {
  return consonant === 's' ? 'z' : consonant === 'f' ? 'v' : consonant;
}

/** The word inside a diminutive: regentonnetje → regenton, boompje → boom, huisje → huis, figuurtjes → figuur. */
export function diminutiveBase(word: string): string[] {
  const w = word.replace(/jes$/, 'je');
  if (!w.endsWith('je') || w.length < 6) return [];
  if (w.endsWith('etje')) {
    const stem = w.slice(0, -4);
    if (/([^aeiou])\1$/.test(stem)) return [undouble(stem)]; // zonnetje → zon
  }
  if (w.endsWith('pje') && w.at(-4) === 'm') return [w.slice(0, -3)]; // boompje → boom
  const out: string[] = [];
  if (w.endsWith('tje')) {
    const stem = w.slice(0, -3);
    // figuurtje → figuur, stoeltje → stoel, autootje → auto
    if (/([lnrw]|[aeiou])$/.test(stem)) out.push(/[^aeiou](aa|oo|uu)$/.test(stem) ? stem.slice(0, -1) : stem);
  }
  out.push(w.slice(0, -2)); // huisje → huis, straatje → straat, buurtje → buurt
  return out;
}

/**
 * Every other form a single word can take in the text, the word itself left out;
 * numbers, short words and words with a hyphen have none.
 */
export function wordForms(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 4 || !/^\p{L}+$/u.test(w) || !vowel.test(w)) return [];
  const forms = new Set<string>();
  const add = (f: string | null | undefined) => {
    if (f && f !== w && f.length >= 3) forms.add(f);
  };
  const bases = diminutiveBase(w);
  for (const b of bases) {
    add(b);
    for (const p of pluralForms(b)) add(p);
  }
  if (bases.length === 0) {
    for (const s of singularForms(w)) add(s);
    for (const p of pluralForms(w)) add(p);
  }
  add(vowelVariant(w));
  return [...forms];
}

/** Adjacent words written together, as Dutch writes compounds: "warmte camera" → "warmtecamera". */
export function joinedForms(words: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i] ?? '', words[i + 1] ?? ''];
    if (a.length < 3 || b.length < 3 || /\d/.test(a + b)) continue;
    out.push([...words.slice(0, i), a + b, ...words.slice(i + 2)]);
  }
  return out;
}

/**
 * A compound written apart, where both parts are words the site uses:
 * "warmtecamera" → ["warmte camera"]. The linking -s- and -e(n)- may sit between
 * the parts (gemeentehuis, dorpsquiz, zonnepanelen).
 */
export function splitForms(word: string, known: (w: string) => boolean): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  for (let i = 3; i <= w.length - 3; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (!known(tail)) continue;
    for (const h of [head, head.replace(/s$/, ''), head.replace(/(en|e)$/, '')]) {
      if (h.length >= 3 && known(h)) {
        out.push(`${h} ${tail}`);
        break;
      }
    }
  }
  return [...new Set(out)];
}
