/**
 * The eight URLs printed as QR codes in the 2025 magazine, copied verbatim from the print
 * (../shared/source). Kept apart from content/campaigns on purpose: the tests check the site
 * against print, not against its own data.
 */
export interface PrintedLink {
  url: string;
  /** The story the scan must land on. */
  story: string;
  /** What the magazine note must say. */
  note: string;
}

const q = 'utm_source=magazine&utm_medium=qr-code';

export const printedLinks: PrintedLink[] = [
  {
    url: `https://www.buurkracht.nl/het-buurtteam-in-kloetinge-is-een-voorbeeld/?${q}&utm_campaign=succesverhaal&utm_term=kloetinge`,
    story: '/het-buurtteam-in-kloetinge-is-een-voorbeeld/',
    note: 'Uit het magazine Buurkracht 2025, pagina 31',
  },
  {
    url: `https://www.buurkracht.nl/buren-in-vijfhuizen-bundelen-krachten/?${q}&utm_campaign=succesverhaal&utm_term=vijfhuizen`,
    story: '/buren-in-vijfhuizen-bundelen-krachten/',
    note: 'Uit het magazine Buurkracht 2025',
  },
  {
    url: `https://www.buurkracht.nl/samenwerking-tussen-buurtteams-beilen-en-westerbork-loont/?${q}&utm_campaign=succesverhaal`,
    story: '/samenwerking-tussen-buurtteams-beilen-en-westerbork-loont/',
    note: 'Uit het magazine Buurkracht 2025',
  },
  {
    url: `https://www.buurkracht.nl/de-groene-ambities-van-bewoners-uit-110-morgen?${q}&utm_campaign=inspiratie&utm_term=110-morgen`,
    story: '/de-groene-ambities-van-bewoners-uit-110-morgen/',
    note: 'Uit het magazine Buurkracht 2025, pagina 16',
  },
  {
    url: `https://www.buurkracht.nl/buren-in-vijfhuizen-bundelen-krachten/?${q}&utm_campaign=inspiratie&utm_term=vijfhuizen`,
    story: '/buren-in-vijfhuizen-bundelen-krachten/',
    note: 'Uit het magazine Buurkracht 2025, pagina 17',
  },
  {
    url: `https://www.buurkracht.nl/succesvolle-regentonactie-inspireert-tot-meer/?${q}&utm_campaign=inspiratie&utm_term=den-hout`,
    story: '/succesvolle-regentonactie-inspireert-tot-meer/',
    note: 'Uit het magazine Buurkracht 2025, pagina 18',
  },
  {
    url: `https://www.buurkracht.nl/samen-afval-prikken-in-willis/?${q}&utm_campaign=inspiratie&utm_term=willis`,
    story: '/samen-afval-prikken-in-willis/',
    note: 'Uit het magazine Buurkracht 2025, pagina 19',
  },
  {
    url: `https://www.buurkracht.nl/training-samenwerken-met-bewonersinitiatieven/?${q}&utm_campaign=academie&utm_term=training`,
    story: '/training-samenwerken-met-bewonersinitiatieven/',
    note: 'Uit het magazine Buurkracht 2025, pagina 32',
  },
];

/** The same link on the test server, with the path's trailing slash as printed, added or removed. */
export function onServer(url: string, base: string, slash: 'as printed' | 'with' | 'without'): string {
  const u = new URL(url);
  if (slash === 'with' && !u.pathname.endsWith('/')) u.pathname += '/';
  if (slash === 'without') u.pathname = u.pathname.replace(/\/$/, '');
  return `${base}${u.pathname}${u.search}`;
}

/** One printed link by its place in the list above (fails loudly instead of yielding undefined). */
export function printed(index: number): PrintedLink {
  const link = printedLinks[index];
  if (!link) throw new Error(`there is no printed link number ${index}`);
  return link;
}
