import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { readPushState } from '../push/browser-push';

export const pushStateKey = ['announcements', 'push-state'] as const;

const pushStateQuery = queryOptions({
  queryKey: pushStateKey,
  queryFn: readPushState,
  staleTime: Number.POSITIVE_INFINITY,
  // Back from the browser's settings: the permission may have changed.
  refetchOnWindowFocus: 'always',
});

/** This browser's permission and subscription, re-read when the user changes the permission. */
export function usePushState() {
  const queryClient = useQueryClient();
  useEffect(() => {
    let status: PermissionStatus | undefined;
    const reread = () => void queryClient.invalidateQueries({ queryKey: pushStateKey });
    navigator.permissions
      ?.query({ name: 'notifications' })
      .then((permission) => {
        status = permission;
        status.addEventListener('change', reread);
      })
      .catch(() => {
        // Not every browser can watch this permission; focusing the window re-reads it anyway.
      });
    return () => status?.removeEventListener('change', reread);
  }, [queryClient]);
  return useQuery(pushStateQuery);
}
