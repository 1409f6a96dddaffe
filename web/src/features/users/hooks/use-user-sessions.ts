import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endAllUserSessions, endUserSession, userSessionsKey } from '../api/user-sessions';

/** After ending sessions, also when it failed (someone else may have ended them first), reload the list. */
function useRefreshSessions(userId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: userSessionsKey(userId) }),
      queryClient.invalidateQueries({ queryKey: ['logbook'] }),
    ]);
}

export function useEndUserSession(userId: string) {
  const refresh = useRefreshSessions(userId);
  return useMutation({
    mutationFn: (sessionId: string) => endUserSession(userId, sessionId),
    onSettled: refresh,
  });
}

export function useEndAllUserSessions(userId: string) {
  const refresh = useRefreshSessions(userId);
  return useMutation({ mutationFn: () => endAllUserSessions(userId), onSettled: refresh });
}
