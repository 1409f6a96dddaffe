/** Dates and times as Dutch users read them: dd-mm-jjjj and 24-hour HH:mm, always in Amsterdam time. */
const timeZone = 'Europe/Amsterdam';

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const timeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

type DateInput = Date | string | number;

function toDate(value: DateInput): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** `dd-mm-jjjj`, e.g. 05-03-2025; an empty string for an invalid date. */
export function formatDate(value: DateInput): string {
  const date = toDate(value);
  if (!date) return '';
  const parts = dateFormat.formatToParts(date);
  return `${part(parts, 'day')}-${part(parts, 'month')}-${part(parts, 'year')}`;
}

/** `HH:mm` on a 24-hour clock, e.g. 14:05; an empty string for an invalid date. */
export function formatTime(value: DateInput): string {
  const date = toDate(value);
  if (!date) return '';
  const parts = timeFormat.formatToParts(date);
  return `${part(parts, 'hour')}:${part(parts, 'minute')}`;
}

/** `dd-mm-jjjj HH:mm`; an empty string for an invalid date. */
export function formatDateTime(value: DateInput): string {
  const date = toDate(value);
  return date ? `${formatDate(date)} ${formatTime(date)}` : '';
}
