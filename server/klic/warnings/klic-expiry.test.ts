import { describe, expect, it } from 'vitest';
import { createWorkdayCalendar, defaultHolidayRules } from '../../infra/workdays/index.ts';
import { klicExpiryDate } from './klic-expiry.ts';

const calendar = createWorkdayCalendar(defaultHolidayRules);

describe('klicExpiryDate: 20 working days after the melding', () => {
  it('is four weeks later when no holiday falls in between', () => {
    expect(klicExpiryDate(calendar, '2026-02-02')).toBe('2026-03-02');
    expect(klicExpiryDate(calendar, '2026-09-16')).toBe('2026-10-14');
  });

  it('skips Koningsdag and Hemelvaartsdag', () => {
    // Monday 27 April and Thursday 14 May 2026.
    expect(klicExpiryDate(calendar, '2026-04-20')).toBe('2026-05-20');
  });

  it('skips Tweede Paasdag', () => {
    // Monday 6 April and Koningsdag 27 April 2026; Goede Vrijdag is a working day by default.
    expect(klicExpiryDate(calendar, '2026-04-01')).toBe('2026-05-01');
  });

  it('skips Hemelvaartsdag and Tweede Pinksterdag', () => {
    expect(klicExpiryDate(calendar, '2026-05-01')).toBe('2026-06-02');
  });

  it('counts from the first working day after a melding on the Pinksteren weekend', () => {
    expect(klicExpiryDate(calendar, '2026-05-22')).toBe('2026-06-22');
    expect(klicExpiryDate(calendar, '2026-05-23')).toBe('2026-06-22');
    expect(klicExpiryDate(calendar, '2026-05-25')).toBe('2026-06-22');
  });

  it('skips both Kerstdagen and Nieuwjaarsdag across the year end', () => {
    // 25 December 2026 is a Friday, 26 December a Saturday, 1 January 2027 a Friday.
    expect(klicExpiryDate(calendar, '2026-12-24')).toBe('2027-01-25');
    expect(klicExpiryDate(calendar, '2026-12-14')).toBe('2027-01-13');
  });

  it('skips Bevrijdingsdag in a lustrum year only, by default', () => {
    // Koningsdag 2025 is on a Saturday; 5 May 2025 (lustrum) is a day off.
    expect(klicExpiryDate(calendar, '2025-04-25')).toBe('2025-05-26');
    const never = createWorkdayCalendar({ ...defaultHolidayRules, bevrijdingsdag: 'never' });
    expect(klicExpiryDate(never, '2025-04-25')).toBe('2025-05-23');
  });

  it("skips the organisation's own closed days and Goede Vrijdag when its rules say so", () => {
    const closedBetweenTheYears = createWorkdayCalendar({
      ...defaultHolidayRules,
      extraClosedDays: ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'],
    });
    expect(klicExpiryDate(closedBetweenTheYears, '2026-12-14')).toBe('2027-01-19');
    const goedeVrijdag = createWorkdayCalendar({ ...defaultHolidayRules, goedeVrijdag: true });
    expect(klicExpiryDate(goedeVrijdag, '2026-04-01')).toBe('2026-05-04');
  });

  it('always lands on a working day', () => {
    for (let day = 1; day <= 28; day++) {
      const expiry = klicExpiryDate(calendar, `2026-05-${String(day).padStart(2, '0')}`);
      expect(calendar.isWorkingDay(expiry), expiry).toBe(true);
    }
  });
});
