import { describe, expect, it } from 'vitest';
import { dutchHolidays } from './dutch-holidays.ts';

const listed = (year: number) => dutchHolidays(year).map((h) => [h.date, h.name, h.conditional]);

describe('dutch holidays from date-holidays', () => {
  it('lists 2025 with Dutch names, Goede Vrijdag and Bevrijdingsdag marked conditional', () => {
    expect(listed(2025)).toEqual([
      ['2025-01-01', 'Nieuwjaarsdag', null],
      ['2025-04-18', 'Goede Vrijdag', 'goedeVrijdag'],
      ['2025-04-20', 'Eerste Paasdag', null],
      ['2025-04-21', 'Tweede Paasdag', null],
      ['2025-04-26', 'Koningsdag', null], // 27 April 2025 was a Sunday
      ['2025-05-05', 'Bevrijdingsdag', 'bevrijdingsdag'],
      ['2025-05-29', 'Hemelvaartsdag', null],
      ['2025-06-08', 'Eerste Pinksterdag', null],
      ['2025-06-09', 'Tweede Pinksterdag', null],
      ['2025-12-25', 'Eerste Kerstdag', null],
      ['2025-12-26', 'Tweede Kerstdag', null],
    ]);
  });

  it('lists 2026 and 2027', () => {
    expect(dutchHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(dutchHolidays(2027).map((h) => h.date)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-28',
      '2027-03-29',
      '2027-04-27',
      '2027-05-05',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
  });

  it('leaves out observances such as Dodenherdenking, Sinterklaas and Oudejaarsavond', () => {
    const dates = dutchHolidays(2025).map((h) => h.date);
    expect(dates).not.toContain('2025-05-04');
    expect(dates).not.toContain('2025-12-05');
    expect(dates).not.toContain('2025-12-31');
  });

  it('moves Koningsdag to Saturday when 27 April is a Sunday, and knew Koninginnedag before 2014', () => {
    expect(listed(2031)).toContainEqual(['2031-04-26', 'Koningsdag', null]);
    expect(listed(2013)).toContainEqual(['2013-04-30', 'Koninginnedag', null]);
  });

  it('returns the cached list for a year', () => {
    expect(dutchHolidays(2026)).toBe(dutchHolidays(2026));
  });
});
