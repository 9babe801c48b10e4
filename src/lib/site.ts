/** Site-wide settings, resolved once and imported everywhere instead of magic strings. */
export const site = {
  name: 'Buurkracht Magazine',
  shortName: 'Buurkracht',
  /** The canonical origin; the printed QR codes point here too. */
  origin: 'https://www.buurkracht.nl',
  locale: 'nl-NL',
  lang: 'nl',
  description: 'De online editie van het magazine van Stichting Buurkracht: verhalen van buurtteams, inspirerende acties en de nationale buurkracht monitor.',
  publisher: {
    name: 'Stichting Buurkracht',
    url: 'https://www.buurkracht.nl/',
    email: 'support@buurkracht.nl',
  },
} as const;
