import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { OutboxMail, OutboxPage } from './types';

export const outboxPageSize = 50;

/** One page of the outbox, newest first; the previous page stays visible while the next one loads. */
export function outboxPageQuery(page: number) {
  const search = new URLSearchParams({ page: String(page), pageSize: String(outboxPageSize) });
  return queryOptions({
    queryKey: ['mail', 'outbox', 'page', page],
    queryFn: ({ signal }) => apiRequest<OutboxPage>(`/api/mail/outbox?${search}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function outboxMailQuery(id: string) {
  return queryOptions({
    queryKey: ['mail', 'outbox', 'mail', id],
    queryFn: ({ signal }) => apiRequest<OutboxMail>(`/api/mail/outbox/${encodeURIComponent(id)}`, { signal }),
  });
}
