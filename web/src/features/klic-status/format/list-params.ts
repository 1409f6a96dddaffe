import type { ReceiptFilter, StatusListState, StatusSort } from '../api/types';

export const pageSize = 25;

export function statusParams(state: StatusListState): string {
  return new URLSearchParams({
    search: state.search.trim(),
    state: state.state,
    sort: state.sort,
    direction: state.direction,
    page: String(state.page),
    pageSize: String(pageSize),
  }).toString();
}

export function receiptParams(search: string, status: ReceiptFilter, page: number): string {
  return new URLSearchParams({
    search: search.trim(),
    status,
    page: String(page),
    pageSize: String(pageSize),
  }).toString();
}

/** A click on the sorted column turns the direction; another column starts ascending (dates newest first). */
export function nextSort(state: StatusListState, sort: StatusSort): StatusListState {
  if (state.sort === sort)
    return { ...state, direction: state.direction === 'asc' ? 'desc' : 'asc', page: 1 };
  const newestFirst = sort === 'receivedAt' || sort === 'expiresOn';
  return { ...state, sort, direction: newestFirst ? 'desc' : 'asc', page: 1 };
}
