import { describe, expect, it } from 'vitest';
import { defaultHolidayRules, type HolidayRules } from './holiday-rules.ts';
import { addCalendarDays } from './iso-date.ts';
import { createWorkdayCalendar } from './workday-calendar.ts';

const standard = createWorkdayCalendar(defaultHolidayRules);
const withRules = (rules: Partial<HolidayRules>) =>
  createWorkdayCalendar({ ...defaultHolidayRules, ...rules });
const workingDaysInYear = (calendar: typeof standard, year: number) =>
  calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
const validationFailed = expect.objectContaining({ code: 'VALIDATION_FAILED' });

describe('days off', () => {
  it('gives the days off of 2025 by the default rules: Bevrijdingsdag (lustrum), no Goede Vrijdag', () => {
    expect(standard.holidaysInYear(2025).map((h) => [h.date, h.name, h.kind])).toEqual([
      ['2025-01-01', 'Nieuwjaarsdag', 'national'],
      ['2025-04-20', 'Eerste Paasdag', 'national'],
      ['2025-04-21', 'Tweede Paasdag', 'national'],
      ['2025-04-26', 'Koningsdag', 'national'],
      ['2025-05-05', 'Bevrijdingsdag', 'cao'],
      ['2025-05-29', 'Hemelvaartsdag', 'national'],
      ['2025-06-08', 'Eerste Pinksterdag', 'national'],
      ['2025-06-09', 'Tweede Pinksterdag', 'national'],
      ['2025-12-25', 'Eerste Kerstdag', 'national'],
      ['2025-12-26', 'Tweede Kerstdag', 'national'],
    ]);
  });

  it('has no Bevrijdingsdag in 2026 and 2027 by the default rules', () => {
    expect(standard.holidaysInYear(2026).map((h) => h.name)).not.toContain('Bevrijdingsdag');
    expect(standard.isWorkingDay('2026-05-05')).toBe(true);
    expect(standard.isWorkingDay('2027-05-05')).toBe(true);
    expect(withRules({ bevrijdingsdag: 'always' }).isWorkingDay('2026-05-05')).toBe(false);
    expect(withRules({ bevrijdingsdag: 'never' }).isWorkingDay('2025-05-05')).toBe(true);
  });

  it('knows the weekday holidays of 2026 and 2027', () => {
    for (const d of ['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25']) {
      expect(standard.isWorkingDay(d), d).toBe(false);
    }
    for (const d of ['2027-01-01', '2027-03-29', '2027-04-27', '2027-05-06', '2027-05-17']) {
      expect(standard.isWorkingDay(d), d).toBe(false);
    }
    // Goede Vrijdag is a working day unless the organisation gives it off.
    expect(standard.isWorkingDay('2026-04-03')).toBe(true);
    expect(withRules({ goedeVrijdag: true }).isWorkingDay('2026-04-03')).toBe(false);
    // Ordinary days around them.
    expect(standard.isWorkingDay('2026-04-28')).toBe(true);
    expect(standard.isWorkingDay('2026-12-24')).toBe(true);
    expect(standard.isWorkingDay('2026-12-27')).toBe(false); // Sunday
  });

  it('counts the working days per year', () => {
    const variations: [Partial<HolidayRules>, number, number, number][] = [
      [{}, 254, 255, 256],
      [{ goedeVrijdag: true }, 253, 254, 255],
      [{ bevrijdingsdag: 'always' }, 254, 254, 255],
      [{ bevrijdingsdag: 'never' }, 255, 255, 256],
      [{ goedeVrijdag: true, bevrijdingsdag: 'always' }, 253, 253, 254],
    ];
    for (const [rules, in2025, in2026, in2027] of variations) {
      const calendar = withRules(rules);
      expect(
        [2025, 2026, 2027].map((y) => workingDaysInYear(calendar, y)),
        JSON.stringify(rules),
      ).toEqual([in2025, in2026, in2027]);
    }
  });

  it('closes the extra closed days of the organisation', () => {
    const calendar = withRules({ extraClosedDays: ['2025-12-24', '2025-12-25', '2025-12-27', '2026-01-02'] });
    expect(calendar.holidaysInYear(2025).slice(-4)).toEqual([
      { date: '2025-12-24', name: 'Sluitingsdag', kind: 'organisation' },
      { date: '2025-12-25', name: 'Eerste Kerstdag', kind: 'national' },
      { date: '2025-12-26', name: 'Tweede Kerstdag', kind: 'national' },
      { date: '2025-12-27', name: 'Sluitingsdag', kind: 'organisation' },
    ]);
    expect(workingDaysInYear(calendar, 2025)).toBe(253);
    expect(calendar.addWorkingDays('2025-12-23', 1)).toBe('2025-12-29');
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(standard.isWorkingDay('2025-12-24')).toBe(true);
  });
});

describe('working day arithmetic', () => {
  it('adds working days across Easter, Koningsdag, Hemelvaart and Pinksteren', () => {
    expect(standard.addWorkingDays('2025-04-17', 1)).toBe('2025-04-18');
    expect(standard.addWorkingDays('2025-04-17', 2)).toBe('2025-04-22');
    expect(withRules({ goedeVrijdag: true }).addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    expect(standard.addWorkingDays('2025-05-02', 1)).toBe('2025-05-06');
    expect(standard.addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    expect(standard.addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(standard.addWorkingDays('2027-05-04', 2)).toBe('2027-05-07');
    expect(standard.addWorkingDays('2027-05-14', 1)).toBe('2027-05-18');
  });

  it('adds working days across Christmas and the new year, forwards and backwards', () => {
    expect(standard.addWorkingDays('2025-12-24', 1)).toBe('2025-12-29');
    expect(standard.addWorkingDays('2025-12-24', 4)).toBe('2026-01-02');
    expect(standard.addWorkingDays('2026-01-02', -1)).toBe('2025-12-31');
    expect(standard.addWorkingDays('2026-01-02', -4)).toBe('2025-12-24');
    expect(standard.addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(standard.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(standard.addWorkingDays('2025-12-27', 1)).toBe('2025-12-29');
    expect(standard.addWorkingDays('2025-12-27', -1)).toBe('2025-12-24');
    expect(standard.addWorkingDays('2025-12-25', 0)).toBe('2025-12-25');
  });

  it('counts working days between two dates, from excluded and to included', () => {
    expect(standard.workingDaysBetween('2025-12-24', '2026-01-02')).toBe(4);
    expect(standard.workingDaysBetween('2026-01-02', '2025-12-24')).toBe(-4);
    expect(standard.workingDaysBetween('2025-12-27', '2025-12-29')).toBe(1);
    expect(standard.workingDaysBetween('2025-12-27', '2025-12-24')).toBe(-1);
    expect(standard.workingDaysBetween('2025-12-25', '2025-12-25')).toBe(0);
    expect(standard.workingDaysBetween('2025-12-28', '2025-12-27')).toBe(0);
  });

  it('gives the next working day', () => {
    expect(standard.nextWorkingDay('2025-12-25')).toBe('2025-12-29');
    expect(standard.nextWorkingDay('2025-12-29')).toBe('2025-12-29');
    expect(standard.nextWorkingDay('2026-04-03')).toBe('2026-04-03');
    expect(withRules({ goedeVrijdag: true }).nextWorkingDay('2026-04-03')).toBe('2026-04-07');
  });

  it('keeps addWorkingDays and workingDaysBetween consistent for every start date of 2025–2027', () => {
    const steps = [-40, -23, -7, -2, -1, 0, 1, 2, 5, 13, 40];
    for (let a = '2024-12-01'; a <= '2027-12-31'; a = addCalendarDays(a, 1)) {
      for (const n of steps) {
        const b = standard.addWorkingDays(a, n);
        expect(standard.workingDaysBetween(a, b), `${a} + ${n}`).toBe(n);
        if (n !== 0) expect(standard.isWorkingDay(b)).toBe(true);
        if (standard.isWorkingDay(a)) {
          expect(standard.addWorkingDays(b, -n)).toBe(a);
          expect(standard.workingDaysBetween(b, a)).toBe(0 - n);
        }
      }
    }
  });

  it('adds 10,000 working days quickly', () => {
    const start = performance.now();
    const end = standard.addWorkingDays('2025-01-01', 10_000);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(end.startsWith('2064-')).toBe(true);
    expect(standard.workingDaysBetween('2025-01-01', end)).toBe(10_000);
  });
});

describe('bad input', () => {
  it('rejects bad dates, counts, years and rules with VALIDATION_FAILED', () => {
    expect(() => standard.isWorkingDay('2025-02-29')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', params: { value: '2025-02-29' } }),
    );
    expect(() => standard.addWorkingDays('2025/01/01', 1)).toThrow(validationFailed);
    expect(() => standard.addWorkingDays('2025-01-01', 1.5)).toThrow(validationFailed);
    expect(() => standard.addWorkingDays('2025-01-01', Number.NaN)).toThrow(validationFailed);
    expect(() => standard.workingDaysBetween('2025-01-01', '')).toThrow(validationFailed);
    expect(() => standard.nextWorkingDay('tomorrow')).toThrow(validationFailed);
    expect(() => standard.holidaysInYear(2025.5)).toThrow(validationFailed);
    expect(() => standard.holidaysInYear(10_000)).toThrow(validationFailed);
    expect(() => withRules({ extraClosedDays: ['2025-02-30'] })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', fields: { 'extraClosedDays.0': 'custom' } }),
    );
  });
});
