import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';

export type LogAction = 'create' | 'update' | 'delete' | 'security';

/** One row of `GET /api/logbook`. */
export type LogEntry = {
  id: number;
  createdAt: string;
  actorName: string | null;
  action: LogAction;
  event: string;
  entityType: string;
  entityId: string | null;
  entityLabel: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ipAddress: string | null;
};

export type LogbookFilters = {
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** Dutch calendar dates, yyyy-mm-dd. */
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
};

/** One page of the logbook, newest first; the previous page stays visible while the next one loads. */
export function logbookQuery(filters: LogbookFilters) {
  const search = new URLSearchParams({ page: String(filters.page), pageSize: String(filters.pageSize) });
  for (const key of ['entityType', 'entityId', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  return queryOptions({
    queryKey: ['logbook', filters],
    queryFn: ({ signal }) =>
      apiRequest<{ items: LogEntry[]; total: number }>(`/api/logbook?${search}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
