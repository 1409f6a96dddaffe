import { hashKey, type QueryClient, queryOptions } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/shared/api';
import { fieldSessionStorageKey } from '@/shared/field-device';
import type { Session } from '@/shared/session';
import { forgetAllOffline } from '../offline';
import { isAnotherUser } from './owner-change';

export const fieldSessionKey = ['field', 'session'] as const;

/**
 * The logged-in worker. Without a connection the app still opens: the last known session is kept in
 * this browser and used until the server answers (`offline`: not confirmed by the server yet). A 401
 * means the session ended (logout, revoked by the admin): then null, and what the worker kept on the
 * device is forgotten.
 */
export type FieldSessionState = { session: Session; offline: boolean } | null;

async function fetchFieldSession(signal: AbortSignal, client: QueryClient): Promise<FieldSessionState> {
  try {
    const session = await apiRequest<Session>('/api/me', { signal });
    if (isAnotherUser(remembered(), session)) await forgetPreviousUser(client);
    remember(session);
    return { session, offline: false };
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      await forgetAllOffline();
      return null;
    }
    if (isApiError(error) && error.status === 0) {
      const stored = remembered();
      if (stored) return { session: stored, offline: true };
    }
    throw error;
  }
}

/**
 * Another user logged in on this device (e.g. in the office app): the previous worker's KLICs leave the
 * device and the pages ask their data again; the outbox keeps each user's entries itself.
 */
async function forgetPreviousUser(client: QueryClient): Promise<void> {
  await forgetAllOffline();
  const sessionHash = hashKey(fieldSessionKey);
  void client.resetQueries({ predicate: (query) => query.queryHash !== sessionHash });
}

export const fieldSessionQuery = queryOptions({
  queryKey: fieldSessionKey,
  queryFn: ({ signal, client }) => fetchFieldSession(signal, client),
  // A session the server has not confirmed is asked again as soon as it can be (reconnect, back to the app).
  staleTime: (query) => (query.state.data?.offline ? 0 : 5 * 60 * 1000),
  networkMode: 'always',
  // On a slow connection the app opens at once with the session last known on this device and asks the
  // server behind it (marked stale from the start); a 401 then still shows the login.
  initialData: () => {
    const stored = remembered();
    return stored ? { session: stored, offline: true } : undefined;
  },
  initialDataUpdatedAt: 0,
});

function remember(session: Session): void {
  try {
    window.localStorage.setItem(fieldSessionStorageKey, JSON.stringify(session));
  } catch {
    // Storage blocked: the app then needs a connection to open.
  }
}

function remembered(): Session | null {
  try {
    const value = window.localStorage.getItem(fieldSessionStorageKey);
    return value ? (JSON.parse(value) as Session) : null;
  } catch {
    return null;
  }
}

/** The office app's login page, coming back to this page of the field app afterwards. */
export function fieldLoginUrl(): string {
  const target = `${window.location.pathname}${window.location.search}`;
  return `/inloggen?${new URLSearchParams({ naar: target.startsWith('/veld') ? target : '/veld/' })}`;
}
