import type { KlicFieldWorker, ProjectKlic } from '../api/types';

/** Today's calendar date in Amsterdam, `jjjj-mm-dd`. */
export function amsterdamToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** A Verloopdatum before today: the KLIC may no longer be used for digging. */
export function isExpired(expiresOn: string | null, today: string): boolean {
  return expiresOn !== null && expiresOn < today;
}

/** The workers who removed one of these KLICs from their device, once each, by name. */
export function workersWhoRemoved(klics: ProjectKlic[]): KlicFieldWorker[] {
  const byId = new Map<string, KlicFieldWorker>();
  for (const klic of klics)
    for (const worker of klic.fieldWorkers) if (worker.removedFromDevice) byId.set(worker.userId, worker);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The workers holding any of these KLICs, once each, by name. */
export function assignedWorkers(klics: ProjectKlic[]): KlicFieldWorker[] {
  const byId = new Map<string, KlicFieldWorker>();
  for (const klic of klics) for (const worker of klic.fieldWorkers) byId.set(worker.userId, worker);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Unlinked KLICs whose number or reference contains the search text. */
export function matchesSearch(
  klic: { meldnummer: string; referentie: string | null },
  search: string,
): boolean {
  const text = search.trim().toLowerCase();
  if (!text) return true;
  return klic.meldnummer.toLowerCase().includes(text) || (klic.referentie ?? '').toLowerCase().includes(text);
}
