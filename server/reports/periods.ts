import { addCalendarDays, type IsoDate, isoWeekday } from '../infra/workdays/index.ts';
import type { GroupBy } from './report-params.ts';

/** One bar of a period chart: a month ('2026-03') or an ISO week ('2026-W11'), and the day it starts. */
export type PeriodBucket = { period: string; start: IsoDate };

/** The first day of the month or the Monday of the ISO week that holds the day. */
export function bucketStart(day: IsoDate, groupBy: GroupBy): IsoDate {
  if (groupBy === 'month') return `${day.slice(0, 7)}-01`;
  return addCalendarDays(day, 1 - isoWeekday(day));
}

/** 'YYYY-MM' for a month, 'YYYY-Www' for the ISO week starting on a Monday. */
export function periodKey(start: IsoDate, groupBy: GroupBy): string {
  if (groupBy === 'month') return start.slice(0, 7);
  const thursday = addCalendarDays(start, 3);
  const year = thursday.slice(0, 4);
  const dayOfYear =
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

function nextStart(start: IsoDate, groupBy: GroupBy): IsoDate {
  if (groupBy === 'week') return addCalendarDays(start, 7);
  const [year, month] = start.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** Every month or week that overlaps the period, so a chart shows empty ones too. */
export function bucketsBetween(from: IsoDate, to: IsoDate, groupBy: GroupBy): PeriodBucket[] {
  const buckets: PeriodBucket[] = [];
  for (let start = bucketStart(from, groupBy); start <= to; start = nextStart(start, groupBy)) {
    buckets.push({ period: periodKey(start, groupBy), start });
  }
  return buckets;
}
