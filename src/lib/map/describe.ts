import type { Place } from '../content';
import { formatList } from '../format';

const nouns: Record<Place['data']['type'], [singular: string, plural: string]> = {
  buurt: ['de buurt', 'de buurten'],
  wijk: ['de wijk', 'de wijken'],
  dorp: ['het dorp', 'de dorpen'],
  kern: ['de kern', 'de kernen'],
};

/** "het dorp Beilen", "de dorpen Beilen en Westerbork", "de wijk Vreeswijk en de buurt Willis". */
export function describePlaces(places: Pick<Place, 'data'>[]): string {
  const byType = new Map<Place['data']['type'], string[]>();
  for (const { data } of places) byType.set(data.type, [...(byType.get(data.type) ?? []), data.name]);
  return formatList([...byType].map(([type, names]) => `${nouns[type][names.length === 1 ? 0 : 1]} ${formatList(names)}`));
}
