import { describe, expect, it } from 'vitest';
import { dutchDateFromIso, isoFromDutchDate } from './dutch-date';

describe('Dutch dates in the logbook filter', () => {
  it('reads dd-mm-jjjj and the usual variants', () => {
    expect(isoFromDutchDate('05-03-2025')).toBe('2025-03-05');
    expect(isoFromDutchDate('5-3-2025')).toBe('2025-03-05');
    expect(isoFromDutchDate(' 05/03/2025 ')).toBe('2025-03-05');
    expect(isoFromDutchDate('29.02.2024')).toBe('2024-02-29');
  });

  it('refuses what is no real date', () => {
    for (const text of [
      '',
      '2025-03-05',
      '31-04-2025',
      '29-02-2025',
      '00-01-2025',
      '05-13-2025',
      'gisteren',
    ]) {
      expect(isoFromDutchDate(text)).toBeNull();
    }
  });

  it('writes an ISO date the Dutch way', () => {
    expect(dutchDateFromIso('2025-03-05')).toBe('05-03-2025');
  });
});
