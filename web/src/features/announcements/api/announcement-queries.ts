import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { Announcement, AnnouncementKind, AnnouncementPage, NewAnnouncement } from './types';

export const announcementsKey = ['announcements', 'list'] as const;
export const announcementPageSize = 25;

/** Current and planned notices of one kind, for the public pages (no login needed). */
export function publicAnnouncementsQuery(kind: AnnouncementKind) {
  return queryOptions({
    queryKey: ['announcements', 'public', kind],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Announcement[] }>(`/api/public/announcements?kind=${kind}`, { signal }),
    // People keep an outage page open to see when it is over.
    refetchInterval: 60_000,
  });
}

export function announcementPageQuery(page: number, kind: AnnouncementKind | null) {
  const search = new URLSearchParams({ page: String(page), pageSize: String(announcementPageSize) });
  if (kind) search.set('kind', kind);
  return queryOptions({
    queryKey: [...announcementsKey, page, kind],
    queryFn: ({ signal }) => apiRequest<AnnouncementPage>(`/api/announcements?${search}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function publishAnnouncement(input: NewAnnouncement): Promise<Announcement> {
  return apiRequest<Announcement>('/api/announcements', { method: 'POST', body: input });
}

/** Ends a running maintenance or a resolved outage now: it leaves the public pages. */
export function endAnnouncement(id: string): Promise<Announcement> {
  return apiRequest<Announcement>(`/api/announcements/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: { endsAt: new Date().toISOString() },
  });
}

export function removeAnnouncement(id: string): Promise<void> {
  return apiRequest<void>(`/api/announcements/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
