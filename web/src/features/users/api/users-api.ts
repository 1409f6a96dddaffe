import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { NewUser, RegionRef, UserData, UserDetail, UserFilters, UserSummary, UsersPage } from './types';

export const usersPageSize = 25;
export const usersKey = ['users'] as const;
/** The same key as the regions feature's list, so that changes here refresh the counts there. */
export const regionsKey = ['regions'] as const;

function usersSearch(filters: UserFilters): URLSearchParams {
  const search = new URLSearchParams({
    status: filters.status,
    page: String(filters.page),
    pageSize: String(usersPageSize),
  });
  if (filters.search.trim()) search.set('search', filters.search.trim());
  if (filters.right) search.set('right', filters.right);
  if (filters.regionId) search.set('regionId', filters.regionId);
  return search;
}

/** One page of users; the previous page stays visible while the next one loads. */
export function usersPageQuery(filters: UserFilters) {
  return queryOptions({
    queryKey: [...usersKey, 'page', filters],
    queryFn: ({ signal }) => apiRequest<UsersPage>(`/api/users?${usersSearch(filters)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function userQuery(id: string) {
  return queryOptions({
    queryKey: [...usersKey, 'detail', id],
    queryFn: ({ signal }) => apiRequest<UserDetail>(`/api/users/${encodeURIComponent(id)}`, { signal }),
  });
}

export function regionsQuery() {
  return queryOptions({
    queryKey: regionsKey,
    queryFn: ({ signal }) => apiRequest<{ items: RegionRef[] }>('/api/regions', { signal }),
    select: (data) => data.items,
  });
}

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export function createUser(body: NewUser): Promise<UserSummary> {
  return apiRequest<UserSummary>('/api/users', { method: 'POST', body });
}

export function updateUser(id: string, changes: Partial<UserData>): Promise<UserSummary> {
  return apiRequest<UserSummary>(userPath(id), { method: 'PATCH', body: changes });
}

export function setUserPassword(
  id: string,
  body: { password: string; mustChangePassword: boolean },
): Promise<void> {
  return apiRequest<void>(`${userPath(id)}/password`, { method: 'POST', body });
}

export function resendInvitation(id: string): Promise<void> {
  return apiRequest<void>(`${userPath(id)}/invitation`, { method: 'POST', body: {} });
}

export function removeUser(id: string): Promise<void> {
  return apiRequest<void>(userPath(id), { method: 'DELETE' });
}

export function restoreUser(id: string): Promise<UserSummary> {
  return apiRequest<UserSummary>(`${userPath(id)}/restore`, { method: 'POST', body: {} });
}
