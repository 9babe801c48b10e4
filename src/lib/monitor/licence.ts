/**
 * The terms on which the monitor's figures and data may be reused: ONE setting for every figure,
 * download, citation, data page, JSON-LD block and datapackage.json.
 *
 * The publisher has not chosen an open licence (the magazine's colophon reserves all rights), so the
 * site claims none: quoting with attribution is allowed, other reuse needs permission. To grant a
 * licence, set `chosenLicence` to one of the keys of `openLicences` (see docs/redactiegids.md,
 * "Licentie van de monitorcijfers"). Nothing else needs to change.
 */
import { site } from '../site';

export const openLicences = {
  'CC-BY-4.0': {
    name: 'CC BY 4.0',
    title: 'Creative Commons Naamsvermelding 4.0 Internationaal',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
    terms: 'je mag ze delen en bewerken, ook commercieel, als je de bron noemt',
  },
  'CC-BY-SA-4.0': {
    name: 'CC BY-SA 4.0',
    title: 'Creative Commons Naamsvermelding-GelijkDelen 4.0 Internationaal',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.nl',
    terms: 'je mag ze delen en bewerken als je de bron noemt en je bewerking onder dezelfde licentie deelt',
  },
  'CC0-1.0': {
    name: 'CC0 1.0',
    title: 'Creative Commons Publiek Domein Verklaring 1.0',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
    terms: 'je mag ze zonder voorwaarden gebruiken; een bronvermelding stellen we op prijs',
  },
} as const;
export type LicenceId = keyof typeof openLicences;

/** THE setting. `null`: no open licence (quote with attribution, ask for anything else). */
export const chosenLicence: LicenceId | null = null;

export interface ReuseTerms {
  /** The SPDX id of an open licence, or null when none is granted. */
  licence: LicenceId | null;
  /** One line for figures, files and footers ("Citeren met bronvermelding mag; …"). */
  line: string;
  /** A sentence or two for the data page and the figure page, addressing the reader. */
  statement: string;
  /** A licence URL (open licence) or the page section that states the terms. */
  url: string | undefined;
  name: string | undefined;
}

/** The terms under `choice` (by default the site's setting), in words and links. */
export function reuseTerms(publisher: string, choice: LicenceId | null = chosenLicence): ReuseTerms {
  if (choice) {
    const l = openLicences[choice];
    return {
      licence: choice,
      name: l.name,
      url: l.url,
      line: `Licentie: ${l.name} (${l.url})`,
      statement: `De cijfers en figuren vallen onder de licentie ${l.title} (${l.name}): ${l.terms}. Noem als bron ${publisher} en de monitor.`,
    };
  }
  const mail = site.publisher.email;
  return {
    licence: null,
    name: undefined,
    url: undefined,
    line: `© ${publisher}. Citeren met bronvermelding mag; voor ander hergebruik is toestemming nodig (${mail}).`,
    statement: `Je mag de cijfers en figuren citeren, met ${publisher} en de monitor als bron. Voor ander hergebruik, zoals overnemen in een eigen publicatie of bewerken, vraag je eerst toestemming via ${mail}. Er geldt (nog) geen open licentie.`,
  };
}
