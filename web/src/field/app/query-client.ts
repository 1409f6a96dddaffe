import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api';
import { fieldSessionKey } from '../session/field-session';

/**
 * Queries run also without a connection ('offlineFirst'): the service worker answers from what is kept
 * on the device. A 401 means the session ended: the session query is asked again and shows the login.
 */
export function createFieldQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error) && error.status === 401 && query.queryKey !== fieldSessionKey) {
          void client.invalidateQueries({ queryKey: fieldSessionKey });
        }
      },
    }),
    defaultOptions: {
      queries: {
        networkMode: 'offlineFirst',
        retry: (failures, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { networkMode: 'always' },
    },
  });
  return client;
}
