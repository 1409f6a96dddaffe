import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { Right } from '@/shared/session';

export type Region = { id: string; name: string; userCount: number };
export type RegionUser = { id: string; name: string; username: string; rights: Right[] };

/** The same key as the users feature's region list: both read `GET /api/regions`. */
export const regionsKey = ['regions'] as const;

export function regionsQuery() {
  return queryOptions({
    queryKey: regionsKey,
    queryFn: ({ signal }) => apiRequest<{ items: Region[] }>('/api/regions', { signal }),
  });
}

export function regionUsersQuery(regionId: string) {
  return queryOptions({
    queryKey: [...regionsKey, regionId, 'users'],
    queryFn: ({ signal }) =>
      apiRequest<{ items: RegionUser[] }>(`/api/regions/${encodeURIComponent(regionId)}/users`, { signal }),
  });
}

type UserPage = { items: RegionUser[]; total: number };
const userPageSize = 100;

/** Every active user of the organisation (page by page), to choose from when assigning. */
export function activeUsersQuery() {
  return queryOptions({
    queryKey: ['users', 'all-active'],
    queryFn: async ({ signal }) => {
      const users: RegionUser[] = [];
      for (let page = 1; ; page++) {
        const search = new URLSearchParams({
          status: 'active',
          page: String(page),
          pageSize: String(userPageSize),
        });
        const result = await apiRequest<UserPage>(`/api/users?${search}`, { signal });
        users.push(...result.items);
        if (result.items.length === 0 || users.length >= result.total) return users;
      }
    },
  });
}

const regionPath = (id: string) => `/api/regions/${encodeURIComponent(id)}`;

export function createRegion(name: string): Promise<Region> {
  return apiRequest<Region>('/api/regions', { method: 'POST', body: { name } });
}

export function renameRegion(id: string, name: string): Promise<Region> {
  return apiRequest<Region>(regionPath(id), { method: 'PATCH', body: { name } });
}

export function removeRegion(id: string): Promise<void> {
  return apiRequest<void>(regionPath(id), { method: 'DELETE' });
}

export function setRegionUsers(id: string, userIds: string[]): Promise<{ items: RegionUser[] }> {
  return apiRequest<{ items: RegionUser[] }>(`${regionPath(id)}/users`, { method: 'PUT', body: { userIds } });
}
