import { describe, expect, it } from 'vitest';
import { endOfAmsterdamDay, startOfAmsterdamDay } from './amsterdam-day.ts';

describe('a Dutch calendar day as instants', () => {
  it('starts at 23:00 UTC the evening before in winter and at 22:00 UTC in summer', () => {
    expect(startOfAmsterdamDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfAmsterdamDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('lasts 23 hours on the day summer time starts (29 March 2026)', () => {
    const start = startOfAmsterdamDay('2026-03-29');
    const end = endOfAmsterdamDay('2026-03-29');
    expect(start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(end.getTime() - start.getTime()).toBe(23 * 3_600_000);
  });

  it('lasts 25 hours on the day summer time ends (25 October 2026)', () => {
    const start = startOfAmsterdamDay('2026-10-25');
    const end = endOfAmsterdamDay('2026-10-25');
    expect(start.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(end.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(end.getTime() - start.getTime()).toBe(25 * 3_600_000);
  });

  it('crosses a year boundary and a leap day', () => {
    expect(endOfAmsterdamDay('2025-12-31').toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(startOfAmsterdamDay('2028-02-29').toISOString()).toBe('2028-02-28T23:00:00.000Z');
  });

  it('refuses a date that does not exist', () => {
    expect(() => startOfAmsterdamDay('2026-02-29')).toThrow();
  });
});
