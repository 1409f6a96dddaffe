import { queryOptions } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/shared/api';
import type { Session } from '@/shared/session';

const storageKey = 'veldwerk.field.session';

export const fieldSessionKey = ['field', 'session'] as const;

/**
 * The logged-in worker. Without a connection the app still opens: the last known session is kept in
 * this browser and used until the server answers. A 401 means the session ended (logout,
 * revoked by the admin): then null, and the stored copy is forgotten.
 */
export type FieldSessionState = { session: Session; offline: boolean } | null;

async function fetchFieldSession(signal: AbortSignal): Promise<FieldSessionState> {
  try {
    const session = await apiRequest<Session>('/api/me', { signal });
    remember(session);
    return { session, offline: false };
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      forgetFieldSession();
      return null;
    }
    if (isApiError(error) && error.status === 0) {
      const stored = remembered();
      if (stored) return { session: stored, offline: true };
    }
    throw error;
  }
}

export const fieldSessionQuery = queryOptions({
  queryKey: fieldSessionKey,
  queryFn: ({ signal }) => fetchFieldSession(signal),
  staleTime: 5 * 60 * 1000,
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
    window.localStorage.setItem(storageKey, JSON.stringify(session));
  } catch {
    // Storage blocked: the app then needs a connection to open.
  }
}

function remembered(): Session | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return value ? (JSON.parse(value) as Session) : null;
  } catch {
    return null;
  }
}

export function forgetFieldSession(): void {
  try {
    window.localStorage.removeItem(storageKey);
  } catch {
    // Nothing stored.
  }
}

/** The office app's login page, coming back to this page of the field app afterwards. */
export function fieldLoginUrl(): string {
  const target = `${window.location.pathname}${window.location.search}`;
  return `/inloggen?${new URLSearchParams({ naar: target.startsWith('/veld') ? target : '/veld/' })}`;
}
