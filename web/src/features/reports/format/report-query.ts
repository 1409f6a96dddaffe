import type { DownloadName, ReportFilters } from '../api/types';

/** Which filters each report takes. */
export const reportUses: Record<DownloadName, Array<keyof ReportFilters>> = {
  'klic-status': ['from', 'to', 'regionId', 'groupBy', 'basis'],
  'klic-expiry': ['regionId', 'withinWorkdays'],
  'open-evs': ['regionId'],
  'field-registrations': ['from', 'to', 'regionId', 'groupBy'],
  'field-registrations-list': ['from', 'to', 'regionId'],
};

/** The query string of a report: only the filters it takes, empty ones left out. */
export function reportQuery(name: DownloadName, filters: ReportFilters): string {
  const params = new URLSearchParams();
  for (const key of reportUses[name]) {
    const value = filters[key].trim();
    if (value !== '') params.set(key, value);
  }
  return params.toString();
}

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The first day of the month eleven months back up to today: the last twelve months, whole months. */
export function defaultFilters(today = new Date()): ReportFilters {
  const from = new Date(today.getFullYear(), today.getMonth() - 11, 1);
  return {
    from: isoDay(from),
    to: isoDay(today),
    regionId: '',
    groupBy: 'month',
    basis: 'melding',
    withinWorkdays: '',
  };
}
