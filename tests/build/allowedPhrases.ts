/**
 * Names and titles of eight words or more that the site may quote exactly as the
 * magazine prints them. Only proper names and titles belong here, never sentences.
 */
export const allowedPhrases = [
  // The PBL publication the monitor article cites (March 2023).
  'Betrokken burgers – onmisbaar voor een toekomstbestendige leefomgeving',
  'Planbureau voor de Leefomgeving',
];
