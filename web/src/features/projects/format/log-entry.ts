import type { ProjectLogEntry } from '../api/types';

export const loggedFields = [
  'number',
  'description',
  'regionId',
  'status',
  'startDate',
  'klicValidityOverride',
  'fieldWorkers',
  'linkedKlics',
  'unlinkedKlics',
] as const;
export type LoggedField = (typeof loggedFields)[number];

export type LoggedValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'status'; status: string }
  | { kind: 'region'; regionId: string };

export type LoggedChange = { field: LoggedField; before: LoggedValue | null; after: LoggedValue };

function loggedValue(field: LoggedField, value: unknown): LoggedValue {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (Array.isArray(value))
    return value.length ? { kind: 'text', text: value.join(', ') } : { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (field === 'status') return { kind: 'status', status: String(value) };
  if (field === 'regionId') return { kind: 'region', regionId: String(value) };
  if (field === 'startDate') return { kind: 'date', date: String(value) };
  return { kind: 'text', text: String(value) };
}

/**
 * What an entry changed, field by field in a fixed order. A new project shows its values without a before;
 * a deleted one shows what it was.
 */
export function changesOf(entry: ProjectLogEntry): LoggedChange[] {
  const source = entry.action === 'delete' ? { ...entry.after, ...entry.before } : (entry.after ?? {});
  const before = entry.action === 'update' ? (entry.before ?? {}) : null;
  return loggedFields
    .filter((field) => field in source)
    .map((field) => ({
      field,
      before: before && field in before ? loggedValue(field, before[field]) : null,
      after: loggedValue(field, source[field]),
    }));
}
