import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import { usersKey } from './users-api';

/** One device a user is logged in on, as `GET /api/users/:id/sessions` describes it. Times are ISO. */
export type UserSession = {
  id: string;
  /** "Chrome op Android", in the language the app asked for. */
  device: string;
  browser: string | null;
  platform: string | null;
  ipAddress: string | null;
  createdAt: string;
  lastActiveAt: string;
  expiresAt: string;
  /** The admin's own session in this browser. */
  current: boolean;
};

export type UserSessions = { items: UserSession[]; total: number };

const sessionsPath = (userId: string) => `/api/users/${encodeURIComponent(userId)}/sessions`;

export const userSessionsKey = (userId: string) => [...usersKey, 'sessions', userId] as const;

export function userSessionsQuery(userId: string) {
  return queryOptions({
    queryKey: userSessionsKey(userId),
    queryFn: ({ signal }) => apiRequest<UserSessions>(sessionsPath(userId), { signal }),
  });
}

export function endUserSession(userId: string, sessionId: string): Promise<void> {
  return apiRequest<void>(`${sessionsPath(userId)}/${encodeURIComponent(sessionId)}`, { method: 'DELETE' });
}

export function endAllUserSessions(userId: string): Promise<void> {
  return apiRequest<void>(sessionsPath(userId), { method: 'DELETE' });
}
