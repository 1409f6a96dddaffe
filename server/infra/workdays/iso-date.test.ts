import { describe, expect, it } from 'vitest';
import { addCalendarDays, isIsoDate, isoDate, isoWeekday, toAmsterdamDate } from './iso-date.ts';

describe('iso dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-04-31', '2025-1-1', '25-01-01', '0999-01-01', '']) {
      expect(isIsoDate(bad)).toBe(false);
    }
    for (const bad of ['2025-01-01T00:00:00Z', ' 2025-01-01', '2025/01/01', '+02025-01-01']) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(isIsoDate(20250101)).toBe(false);
  });

  it('throws VALIDATION_FAILED with the bad value', () => {
    expect(() => isoDate('2025-02-29')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', params: { value: '2025-02-29' } }),
    );
  });

  it('adds calendar days across month, leap day, DST change and year end', () => {
    expect(addCalendarDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(addCalendarDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addCalendarDays('2025-10-25', 2)).toBe('2025-10-27');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addCalendarDays('2025-06-15', 0)).toBe('2025-06-15');
    expect(addCalendarDays('2025-01-01', 365)).toBe('2026-01-01');
    expect(() => addCalendarDays('2025-01-01', 0.5)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });

  it('gives the ISO weekday, Monday = 1', () => {
    expect(isoWeekday('2025-04-21')).toBe(1); // Tweede Paasdag 2025
    expect(isoWeekday('2025-04-26')).toBe(6); // Koningsdag 2025, a Saturday
    expect(isoWeekday('2025-04-27')).toBe(7);
    expect(isoWeekday('2026-12-25')).toBe(5);
    expect(isoWeekday('2027-04-27')).toBe(2);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('gives the calendar date in Amsterdam, in winter and summer time', () => {
    // Winter time (UTC+1).
    expect(toAmsterdamDate(new Date('2025-12-31T22:59:59Z'))).toBe('2025-12-31');
    expect(toAmsterdamDate(new Date('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
    // Summer time (UTC+2).
    expect(toAmsterdamDate(new Date('2025-06-30T21:59:59Z'))).toBe('2025-06-30');
    expect(toAmsterdamDate(new Date('2025-06-30T22:00:00Z'))).toBe('2025-07-01');
    // The nights of the clock changes.
    expect(toAmsterdamDate(new Date('2025-03-30T22:30:00Z'))).toBe('2025-03-31');
    expect(toAmsterdamDate(new Date('2025-10-26T22:30:00Z'))).toBe('2025-10-26');
    expect(() => toAmsterdamDate(new Date('nonsense'))).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
