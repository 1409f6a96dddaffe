import { QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '@/features/auth';
import { isApiError } from '@/shared/api';

/**
 * A 401 on any call means the session ended: forget the session, and the login guard sends the user to
 * the login page (and back here afterwards). Client errors are not retried; network errors twice.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== sessionQueryKey[0]) {
          client.setQueryData(sessionQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failures, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
  return client;
}
