import type { Language } from '../../infra/i18n/language.ts';
import { type RegistrationTexts, registrationTexts } from './registration-texts.ts';

/** The note travels in the details; the report shows it on its own line. */
export const noteKey = 'note';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'nl-NL');

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as the planner reads it, in both languages: 14-03-2026 09:05, Amsterdam time. */
export function formatDateTime(value: Date): string {
  const part = Object.fromEntries(amsterdam.formatToParts(value).map((each) => [each.type, each.value]));
  return `${part.day}-${part.month}-${part.year} ${part.hour}:${part.minute}`;
}

/** 'YYYY-MM-DD' as 14-03-2026; a timestamp as date and time; anything else as it is. */
export function formatDay(value: string): string {
  if (isoDay.test(value)) return value.split('-').reverse().join('-');
  if (isoInstant.test(value) && !Number.isNaN(Date.parse(value))) {
    return formatDateTime(new Date(value));
  }
  return value;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2 }).format(value);
}

/** A detail's value as text: Ja/Nee, a Dutch number or date, a list joined with commas. */
export function formatValue(value: unknown, texts: RegistrationTexts, language: Language): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'string') return formatDay(value);
  if (Array.isArray(value)) return value.map((each) => formatValue(each, texts, language)).join(', ');
  return JSON.stringify(value);
}

export type DetailLine = { key: string; label: string; value: string };

/**
 * The kind's details as labelled lines in the order of the form (the database keeps JSON keys in its own
 * order), without the note and without empty values.
 */
export function detailLines(details: Record<string, unknown>, language: Language): DetailLine[] {
  const texts = registrationTexts(language);
  const order = Object.keys(texts.details);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.entries(details)
    .filter(([key]) => key !== noteKey)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, value]) => ({
      key,
      label: texts.details[key] ?? key,
      value: formatValue(value, texts, language),
    }))
    .filter((line) => line.value !== '');
}

export function noteOf(details: Record<string, unknown>): string {
  const note = details[noteKey];
  return typeof note === 'string' ? note.trim() : '';
}
