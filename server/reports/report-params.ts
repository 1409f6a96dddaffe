import { z } from 'zod';
import { AppError } from '../infra/errors/app-error.ts';
import { addCalendarDays, type IsoDate, toAmsterdamDate } from '../infra/workdays/index.ts';
import './report-messages.ts';

const maxPeriodYears = 5;

const regionId = z.string().min(1).max(100).optional();
const isoDate = z.iso.date().optional();

/** `?from=&to=&regionId=`: the period defaults to the twelve months up to today. */
export const periodQuery = z.object({ from: isoDate, to: isoDate, regionId });
export const groupedQuery = periodQuery.extend({ groupBy: z.enum(['month', 'week']).default('month') });
export const klicStatusQuery = groupedQuery.extend({
  basis: z.enum(['melding', 'received']).default('melding'),
});
export const expiryQuery = z.object({
  regionId,
  withinWorkdays: z.coerce.number().int().min(1).max(60).optional(),
});
export const regionQuery = z.object({ regionId });

export type GroupBy = 'month' | 'week';
export type Period = { from: IsoDate; to: IsoDate };

function addYears(day: IsoDate, years: number): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

/** The requested period, or the last twelve months; refused when reversed or longer than five years. */
export function reportPeriod(
  query: { from?: string | undefined; to?: string | undefined },
  now = new Date(),
): Period {
  const to = query.to ?? toAmsterdamDate(now);
  const from = query.from ?? addCalendarDays(addYears(to, -1), 1);
  if (from > to)
    throw new AppError('VALIDATION_FAILED', {
      reason: 'reports.period_reversed',
      fields: { to: 'before_from' },
    });
  if (to >= addYears(from, maxPeriodYears))
    throw new AppError('VALIDATION_FAILED', {
      reason: 'reports.period_too_long',
      params: { years: maxPeriodYears },
      fields: { to: 'period_too_long' },
    });
  return { from, to };
}
