import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { ReasonItem, ReasonList } from './types';

export const reasonListsKey = ['reason-lists'] as const;
const url = (list: ReasonList, id?: string) =>
  `/api/reason-lists/${list}${id ? `/${encodeURIComponent(id)}` : ''}`;

export function reasonListQuery(list: ReasonList) {
  return queryOptions({
    queryKey: [...reasonListsKey, list],
    queryFn: ({ signal }) => apiRequest<{ items: ReasonItem[] }>(url(list), { signal }),
  });
}

export function addReason(list: ReasonList, text: string) {
  return apiRequest<{ item: ReasonItem }>(url(list), { method: 'POST', body: { text } });
}

export function updateReason(list: ReasonList, id: string, change: { text?: string; position?: number }) {
  return apiRequest<{ items: ReasonItem[] }>(url(list, id), { method: 'PATCH', body: change });
}

export function removeReason(list: ReasonList, id: string) {
  return apiRequest<void>(url(list, id), { method: 'DELETE' });
}
