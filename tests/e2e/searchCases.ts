/**
 * What a reader types into /zoeken/ and the page they should find among the first three.
 * Used by tests/e2e/search.test.ts and by `npm run search:report`, which writes the table
 * of results for the record. Expected pages are public paths (src/lib/urls.ts).
 */
export interface SearchCase {
  /** What the case is about: a page kind, a word form, a typo. */
  topic: string;
  query: string;
  expected: string;
}

const m = (page: string) => `/monitor/2025/${page}/`;

export const searchCases: SearchCase[] = [
  // Every page kind.
  { topic: 'story: a village', query: 'Kloetinge', expected: '/het-buurtteam-in-kloetinge-is-een-voorbeeld/' },
  { topic: 'action: a village', query: 'Vreeswijk', expected: '/dorpsquiz-over-energie-in-vreeswijk/' },
  { topic: 'action: a neighbourhood with a hyphen', query: '110-Morgen', expected: '/de-groene-ambities-van-bewoners-uit-110-morgen/' },
  { topic: 'article: a person interviewed', query: 'Helga van Leur', expected: '/elke-duurzame-keuze-telt/' },
  { topic: 'article: two villages', query: 'Beilen Westerbork', expected: '/samenwerking-tussen-buurtteams-beilen-en-westerbork-loont/' },
  { topic: 'article: a word from the lead', query: 'gemeenteambtenaren', expected: '/training-samenwerken-met-bewonersinitiatieven/' },
  { topic: 'monitor chapter by its title word', query: 'aanbevelingen', expected: m('aanbevelingen') },
  { topic: 'monitor chapter', query: 'conclusies monitor', expected: m('conclusies') },
  { topic: 'monitor chapter by a word in its text', query: 'vragenlijst', expected: m('methode') },
  { topic: 'monitor chapter by a word in its title', query: 'rolverdeling', expected: m('ondersteuning-en-rollen') },
  { topic: 'monitor chapter: a law named in the text', query: 'Omgevingswet', expected: m('gemeenten-denken-bewoners-doen') },
  { topic: 'monitor figure by its subject', query: 'rapportcijfers', expected: m('rapportcijfers') },
  { topic: 'monitor figure by its title', query: 'samenwerkingsladder', expected: m('samenwerkingsladder') },
  { topic: 'monitor figure by its title words', query: 'vaste contactpersoon', expected: m('organisatie') },
  { topic: 'municipality page', query: 'gemeente Goes', expected: '/gemeente/goes/' },
  { topic: 'municipality page', query: 'gemeente Haarlemmermeer', expected: '/gemeente/haarlemmermeer/' },
  { topic: 'municipality page with a hyphen', query: 'Midden-Drenthe', expected: '/gemeente/midden-drenthe/' },
  { topic: 'municipality page by its province', query: 'Zeeland', expected: '/gemeente/goes/' },
  { topic: 'municipality finds the piece about its village', query: 'Molenlanden', expected: '/inwoners-aan-zet-in-bleskensgraaf/' },
  { topic: 'theme page', query: 'klimaatadaptatie', expected: '/thema/klimaatadaptatie/' },
  { topic: 'theme page by its full name', query: 'aardgasvrij wonen', expected: '/thema/aardgasvrij/' },
  { topic: 'theme page', query: 'thema vergroening', expected: '/thema/vergroening/' },
  { topic: 'edition page', query: 'inhoud magazine 2025', expected: '/editie/2025/' },
  { topic: 'about page', query: 'Stichting Buurkracht', expected: '/over/' },
  { topic: 'about page', query: 'colofon', expected: '/colofon/' },
  { topic: 'about page', query: 'toegankelijkheid', expected: '/toegankelijkheid/' },
  // Monitor numbers with a decimal comma.
  { topic: 'number: the grade both groups gave', query: '6,1', expected: m('rapportcijfers') },
  { topic: 'number: the pass mark', query: '5,5', expected: m('rapportcijfers') },
  { topic: 'number: a grade in the figure only', query: '4,7', expected: m('rapportcijfers') },
  { topic: 'number with a word', query: 'rapportcijfer 6,1', expected: m('rapportcijfers') },
  { topic: 'number: the average ladder step', query: '3,1', expected: m('samenwerkingsladder') },
  // Dutch word forms.
  { topic: 'singular finds plural (vowel)', query: 'zonnepaneel', expected: '/het-buurtteam-in-kloetinge-is-een-voorbeeld/' },
  { topic: 'singular finds plural (consonant)', query: 'regenton', expected: '/succesvolle-regentonactie-inspireert-tot-meer/' },
  { topic: 'singular finds plural', query: 'warmtepomp', expected: '/buren-in-vijfhuizen-bundelen-krachten/' },
  { topic: 'plural finds singular', query: 'warmtewandelingen', expected: '/warmtewandeling-in-westerbroek/' },
  { topic: 'plural finds singular (zz)', query: 'dorpsquizzen', expected: '/dorpsquiz-over-energie-in-vreeswijk/' },
  { topic: 'diminutive finds the word', query: 'regentonnetje', expected: '/succesvolle-regentonactie-inspireert-tot-meer/' },
  { topic: 'diminutive finds the word', query: 'bordspelletje', expected: '/bordspel-61-zonne-energieke-dagen-in-vijfhuizen/' },
  { topic: 'split compound finds the joined word', query: 'warmte camera', expected: '/warmtewandeling-in-westerbroek/' },
  { topic: 'split compound finds the joined word', query: 'regenton actie', expected: '/succesvolle-regentonactie-inspireert-tot-meer/' },
  { topic: 'split compound finds the joined word', query: 'glasisolatie actie', expected: '/samenwerking-tussen-buurtteams-beilen-en-westerbork-loont/' },
  { topic: 'split compound without diacritics', query: 'energie cooperatie', expected: '/inwoners-aan-zet-in-bleskensgraaf/' },
  // Typos.
  { topic: 'typo: a letter missing', query: 'regentn', expected: '/succesvolle-regentonactie-inspireert-tot-meer/' },
  { topic: 'typo: a municipality', query: 'molelanden', expected: '/gemeente/molenlanden/' },
  { topic: 'typo: a letter doubled', query: 'Kloetinnge', expected: '/het-buurtteam-in-kloetinge-is-een-voorbeeld/' },
  { topic: 'typo: a letter missing', query: 'westerbrok', expected: '/warmtewandeling-in-westerbroek/' },
  { topic: 'typo: two letters missing in a long word', query: 'klimaatadaptie', expected: '/thema/klimaatadaptatie/' },
  { topic: 'typo: a letter doubled in a compound', query: 'zonnepannelen', expected: '/het-buurtteam-in-kloetinge-is-een-voorbeeld/' },
  { topic: 'typo: letters swapped', query: 'Vreeswjik', expected: '/dorpsquiz-over-energie-in-vreeswijk/' },
  { topic: 'typo in a two-word query', query: 'warmte wandleing', expected: '/warmtewandeling-in-westerbroek/' },
];
