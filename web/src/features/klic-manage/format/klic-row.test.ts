import { describe, expect, it } from 'vitest';
import type { ProjectKlic } from '../api/types';
import { amsterdamToday, assignedWorkers, isExpired, matchesSearch, workersWhoRemoved } from './klic-row';

const klic = (fieldWorkers: ProjectKlic['fieldWorkers']): ProjectKlic => ({
  id: 'k',
  meldnummer: '26O0001',
  subProject: null,
  toelichting: '',
  extraField: '',
  fieldWorkers,
  ev: false,
  evHandled: false,
  expiresOn: null,
  receivedAt: null,
  state: 'complete',
  volgnummer: 1,
  hasReceipt: false,
  currentDeliveryId: null,
});

describe('klic rows', () => {
  it("takes today's date in Amsterdam, also just after midnight there", () => {
    expect(amsterdamToday(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
  });

  it('calls a KLIC expired only from the day after its Verloopdatum', () => {
    expect(isExpired('2026-04-01', '2026-04-01')).toBe(false);
    expect(isExpired('2026-03-31', '2026-04-01')).toBe(true);
    expect(isExpired(null, '2026-04-01')).toBe(false);
  });

  it('lists each worker once, by name; for release only those who removed a KLIC', () => {
    const anna = { userId: 'a', name: 'Anna', removedFromDevice: true };
    const bert = { userId: 'b', name: 'Bert', removedFromDevice: false };
    const klics = [klic([bert, anna]), klic([{ ...anna, removedFromDevice: false }, anna])];
    expect(workersWhoRemoved(klics).map((w) => w.name)).toEqual(['Anna']);
    expect(assignedWorkers(klics).map((w) => w.name)).toEqual(['Anna', 'Bert']);
  });

  it('finds unlinked KLICs by number or reference, ignoring case', () => {
    const unlinked = { meldnummer: '26O0001', referentie: 'P-100;Fase A' };
    expect(matchesSearch(unlinked, ' fase a ')).toBe(true);
    expect(matchesSearch(unlinked, '26o')).toBe(true);
    expect(matchesSearch({ ...unlinked, referentie: null }, 'fase')).toBe(false);
  });
});
