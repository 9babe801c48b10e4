import { z } from 'astro/zod';
import { expected } from './plain';

/** A headline: short enough for a search result and a social card. */
export const title = z
  .string({ error: expected('een titel (tekst)') })
  .trim()
  .min(3, { error: expected('een titel van minstens 3 tekens') })
  .max(90, { error: expected('een titel van hoogstens 90 tekens (langer wordt afgekapt in zoekmachines)') })
  .describe('Titel van het stuk, zonder punt aan het eind. Hoogstens 90 tekens.');

/** The lead doubles as meta description, so it follows the 50-200 character range search engines show. */
export const lead = z
  .string({ error: expected('een intro (tekst)') })
  .trim()
  .min(50, { error: expected('een intro van minstens 50 tekens') })
  .max(220, { error: expected('een intro van hoogstens 220 tekens') })
  .describe('Intro van één of twee zinnen (50-220 tekens). Wordt ook de omschrijving in zoekmachines.');
