import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { AbortKind } from '../outbox';

export type AbortReason = { id: string; text: string; position: number };

const reasonLists: Record<AbortKind, string> = { execution: 'abortExecution', inspection: 'abortInspection' };

/**
 * The organisation's reasons for an abort. A normal GET: the service worker keeps the last answer, and
 * the offline sync fetches both lists ahead, for use without a connection.
 */
export function abortReasonsQuery(kind: AbortKind) {
  const list = reasonLists[kind];
  return queryOptions({
    queryKey: ['field', 'reason-lists', list] as const,
    queryFn: ({ signal }) =>
      apiRequest<{ items: AbortReason[] }>(`/api/reason-lists/${list}`, { signal }).then(
        (body) => body.items,
      ),
    staleTime: 5 * 60 * 1000,
  });
}
