import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ConsentChoice } from '../api/types';
import type { PushState } from '../push/browser-push';
import { subscribeThisBrowser } from '../push/enable-notifications';
import { pushStateKey } from './use-push-state';

/**
 * A user who chose "Informeer mij" and whose browser allows notifications gets a subscription bound to
 * them, once per page load: after allowing notifications in the browser's settings, or when someone else
 * used this browser before. Without success the bell simply stays.
 */
export function useSubscriptionSync(choice: ConsentChoice | null | undefined, push: PushState | undefined) {
  const queryClient = useQueryClient();
  const done = useRef(false);
  const ready = choice === 'informed' && push?.supported === true && push.permission === 'granted';
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    subscribeThisBrowser()
      .catch(() => undefined)
      .finally(() => void queryClient.invalidateQueries({ queryKey: pushStateKey }));
  }, [ready, queryClient]);
}
