import Holidays from 'date-holidays';
import type { IsoDate } from './iso-date.ts';

/** A holiday that is a day off only when the organisation's rules say so. */
export type ConditionalHoliday = 'goedeVrijdag' | 'bevrijdingsdag';

export type DutchHoliday = { date: IsoDate; name: string; conditional: ConditionalHoliday | null };

type Mapping = { name: string; conditional: ConditionalHoliday | null; everyYear: boolean };

/**
 * date-holidays' Dutch names (for NL, language 'nl') mapped to the names planners use. Everything else it
 * returns (Dodenherdenking, Sinterklaasavond, Oudejaarsavond, …) is not a day off and is left out.
 */
const mappings = new Map<string, Mapping>([
  ['Nieuwjaar', { name: 'Nieuwjaarsdag', conditional: null, everyYear: true }],
  ['Goede Vrijdag', { name: 'Goede Vrijdag', conditional: 'goedeVrijdag', everyYear: true }],
  ['Pasen', { name: 'Eerste Paasdag', conditional: null, everyYear: true }],
  ['Tweede paasdag', { name: 'Tweede Paasdag', conditional: null, everyYear: true }],
  ['Koninginnedag', { name: 'Koninginnedag', conditional: null, everyYear: false }],
  ['Koningsdag', { name: 'Koningsdag', conditional: null, everyYear: false }],
  ['Bevrijdingsdag', { name: 'Bevrijdingsdag', conditional: 'bevrijdingsdag', everyYear: true }],
  ['Hemelvaartsdag', { name: 'Hemelvaartsdag', conditional: null, everyYear: true }],
  ['Pinksteren', { name: 'Eerste Pinksterdag', conditional: null, everyYear: true }],
  ['Tweede pinksterdag', { name: 'Tweede Pinksterdag', conditional: null, everyYear: true }],
  ['Kerstmis', { name: 'Eerste Kerstdag', conditional: null, everyYear: true }],
  ['Tweede kerstdag', { name: 'Tweede Kerstdag', conditional: null, everyYear: true }],
]);

const everyYearCount = [...mappings.values()].filter((m) => m.everyYear).length;

let source: Holidays | undefined;
const cache = new Map<number, readonly DutchHoliday[]>();

/** The Dutch holidays of a year that can be a day off, sorted by date. Cached per year. */
export function dutchHolidays(year: number): readonly DutchHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  source ??= new Holidays('NL', { languages: ['nl'] });
  const holidays: DutchHoliday[] = [];
  let everyYearFound = 0;
  for (const h of source.getHolidays(year, 'nl')) {
    const mapping = mappings.get(h.name);
    if (!mapping) continue;
    if (mapping.everyYear) everyYearFound++;
    // h.date is local to Europe/Amsterdam: 'YYYY-MM-DD 00:00:00'.
    holidays.push({ date: h.date.slice(0, 10), name: mapping.name, conditional: mapping.conditional });
  }
  if (everyYearFound !== everyYearCount) {
    throw new Error(`date-holidays returned an unexpected set of NL holidays for ${year}`);
  }
  holidays.sort((a, b) => a.date.localeCompare(b.date));
  const frozen = Object.freeze(holidays.map((h) => Object.freeze(h)));
  cache.set(year, frozen);
  return frozen;
}
