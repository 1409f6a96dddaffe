import type { i18n as I18n, TFunction } from 'i18next';
import { formatDateTime } from '@/shared/format/date-time';
import type { LogEntry } from '../api/logbook-api';

/**
 * The logbook names events, entity types and fields with stable codes that grow with every module;
 * their texts are looked up, and an unknown one still reads as something sensible.
 */
function lookup(i18n: I18n, key: string): string | null {
  const language = i18n.resolvedLanguage ?? i18n.language;
  const value = i18n.getResource(language, 'translation', key) ?? i18n.getResource('nl', 'translation', key);
  return typeof value === 'string' ? value : null;
}

export function entityTypeText(i18n: I18n, entityType: string): string {
  return lookup(i18n, `logbook.entity.${entityType}`) ?? entityType;
}

/** "Gebruiker verwijderd", or for an event without its own text "Gewijzigd: Regio". */
export function eventText(t: TFunction, i18n: I18n, entry: LogEntry): string {
  return (
    lookup(i18n, `logbook.events.${entry.event}`) ??
    `${t(`logbook.actions.${entry.action}`)}: ${entityTypeText(i18n, entry.entityType)}`
  );
}

export function fieldText(i18n: I18n, field: string): string {
  return lookup(i18n, `logbook.fields.${field}`) ?? field;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A before or after value as a person reads it: dates the Dutch way, rights and kinds by name. */
export function valueText(t: TFunction, i18n: I18n, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('logbook.values.empty');
  if (typeof value === 'boolean') return value ? t('logbook.values.yes') : t('logbook.values.no');
  if (Array.isArray(value)) {
    return value.length === 0
      ? t('logbook.values.empty')
      : value.map((item) => valueText(t, i18n, field, item)).join(', ');
  }
  if (typeof value === 'string') {
    if (field === 'rights') return lookup(i18n, `users.rightsShort.${value}`) ?? value;
    if (field === 'kind' || field === 'setup') return lookup(i18n, `logbook.values.${value}`) ?? value;
    if (isoDateTime.test(value)) return formatDateTime(value) || value;
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export type FieldChange = {
  field: string;
  before: unknown;
  after: unknown;
  hasBefore: boolean;
  hasAfter: boolean;
};

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Each field that the entry mentions, with what it was and what it became, in the order of the form.
 * A new or removed item leaves out its empty fields: only a change is worth showing as "(leeg)".
 */
export function fieldChanges(i18n: I18n, entry: LogEntry): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const known = Object.keys(i18n.getResource('nl', 'translation', 'logbook.fields') ?? {});
  const rank = (field: string) => (known.includes(field) ? known.indexOf(field) : known.length);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(
    (a, b) => rank(a) - rank(b),
  );
  return fields
    .map((field) => ({
      field,
      before: before[field],
      after: after[field],
      hasBefore: entry.before !== null && field in before,
      hasAfter: entry.after !== null && field in after,
    }))
    .filter(
      (change) =>
        (change.hasBefore && change.hasAfter) || !isEmpty(change.hasAfter ? change.after : change.before),
    );
}
