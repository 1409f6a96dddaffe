import { formatDate } from '@/shared/format/date-time';

/** A calendar day 'YYYY-MM-DD' as the reader writes it (noon UTC, so no time zone moves it); '–' for none. */
export function formatDay(day: string | null): string {
  return day ? formatDate(`${day}T12:00:00Z`) : '–';
}
