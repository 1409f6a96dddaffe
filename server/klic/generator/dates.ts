/** Date and time texts as the Kadaster writes them: local Dutch time with its UTC offset. */
const DUTCH_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** e.g. '2026-03-12T09:28:28.000+01:00'. */
export function dutchDateTime(date: Date): string {
  const parts = Object.fromEntries(DUTCH_TIME.formatToParts(date).map((part) => [part.type, part.value]));
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.000${offset}`;
}

/** e.g. '2026-03-12' (the Dutch calendar day). */
export const dutchDate = (date: Date) => dutchDateTime(date).slice(0, 10);

export const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);
