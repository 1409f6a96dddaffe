import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import { receiptParams, statusParams } from '../format/list-params';
import type { ReceiptFilter, ReceiptPage, StatusListState, StatusRow } from './types';

// Under ['klic'] so that every KLIC change elsewhere (which invalidates ['klic']) refreshes these lists too.
export function klicStatusQuery(state: StatusListState) {
  return queryOptions({
    queryKey: ['klic', 'status', state],
    queryFn: ({ signal }) =>
      apiRequest<{ items: StatusRow[]; total: number }>(`/api/klic/status?${statusParams(state)}`, {
        signal,
      }),
  });
}

export function klicReceiptsQuery(search: string, status: ReceiptFilter, page: number) {
  return queryOptions({
    queryKey: ['klic', 'receipts', search, status, page],
    queryFn: ({ signal }) =>
      apiRequest<ReceiptPage>(`/api/klic/receipts?${receiptParams(search, status, page)}`, { signal }),
  });
}
