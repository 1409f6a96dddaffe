import { queryOptions } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/shared/api';
import type { Session } from '@/shared/session';

export const sessionQueryKey = ['session'] as const;

/** The logged-in user, or null when there is no valid session (the server answers 401). */
async function fetchSession(signal: AbortSignal): Promise<Session | null> {
  try {
    return await apiRequest<Session>('/api/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: ({ signal }) => fetchSession(signal),
  staleTime: 5 * 60 * 1000,
});
