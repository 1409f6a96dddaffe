import { describe, expect, it } from 'vitest';
import { bucketStart, bucketsBetween, periodKey } from './periods.ts';

describe('report periods', () => {
  it('groups a day into its month and its ISO week (Monday)', () => {
    expect(bucketStart('2026-03-15', 'month')).toBe('2026-03-01');
    expect(bucketStart('2026-03-15', 'week')).toBe('2026-03-09');
    expect(bucketStart('2026-03-09', 'week')).toBe('2026-03-09');
  });

  it('names ISO weeks by the year of their Thursday', () => {
    expect(periodKey('2026-03-09', 'week')).toBe('2026-W11');
    expect(periodKey('2024-12-30', 'week')).toBe('2025-W01');
    expect(periodKey('2020-12-28', 'week')).toBe('2020-W53');
    expect(periodKey('2026-01-05', 'week')).toBe('2026-W02');
  });

  it('lists every month or week that overlaps the period, also across a year end', () => {
    expect(bucketsBetween('2025-11-20', '2026-02-01', 'month').map((b) => b.period)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(bucketsBetween('2026-01-01', '2026-01-12', 'week')).toEqual([
      { period: '2026-W01', start: '2025-12-29' },
      { period: '2026-W02', start: '2026-01-05' },
      { period: '2026-W03', start: '2026-01-12' },
    ]);
  });

  it('stays small for the longest period allowed', () => {
    expect(bucketsBetween('2021-01-01', '2025-12-31', 'week').length).toBe(262);
    expect(bucketsBetween('2021-01-01', '2025-12-31', 'month').length).toBe(60);
  });
});
