import { AppError } from '../errors/app-error.ts';

/**
 * A calendar date as 'YYYY-MM-DD' (years 1000–9999), without time or time zone. Planning works in
 * calendar dates; arithmetic is done on whole days in UTC so no time zone or DST shift can move a date.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^[1-9]\d{3}-\d{2}-\d{2}$/;

const amsterdamDateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function invalid(value: string | number): AppError {
  return new AppError('VALIDATION_FAILED', { params: { value } });
}

/** Days since 1970-01-01, or NaN when the value is not a real calendar date (such as '2025-02-29'). */
function parseDayNumber(value: string): number {
  if (!ISO_DATE.test(value)) return Number.NaN;
  const ms = Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
  return new Date(ms).toISOString().startsWith(value) ? ms / MS_PER_DAY : Number.NaN;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(parseDayNumber(value));
}

/** Returns the value as an IsoDate, or throws VALIDATION_FAILED. */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw invalid(String(value));
  return value;
}

/** Days since 1970-01-01 (negative before); throws VALIDATION_FAILED for a bad date. */
export function toDayNumber(d: IsoDate): number {
  const day = parseDayNumber(d);
  if (Number.isNaN(day)) throw invalid(String(d));
  return day;
}

export function fromDayNumber(day: number): IsoDate {
  const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  if (!ISO_DATE.test(iso)) throw invalid(iso);
  return iso;
}

export function yearOfDayNumber(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOfDayNumber(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(d));
}

export function assertWholeNumber(n: number): void {
  if (!Number.isSafeInteger(n)) throw invalid(String(n));
}

/** The date n calendar days after d (before d when n is negative). */
export function addCalendarDays(d: IsoDate, n: number): IsoDate {
  assertWholeNumber(n);
  return fromDayNumber(toDayNumber(d) + n);
}

/** The calendar date of an instant as seen in the Netherlands (Europe/Amsterdam). */
export function toAmsterdamDate(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw invalid(String(instant));
  const parts = amsterdamDateFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return isoDate(`${part('year')}-${part('month')}-${part('day')}`);
}
