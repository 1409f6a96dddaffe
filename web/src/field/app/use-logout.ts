import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/shared/api';
import { forgetAllOffline } from '../offline';
import { fieldSessionKey } from '../session/field-session';

async function endSession(): Promise<void> {
  try {
    await apiRequest('/api/auth/sign-out', { method: 'POST', body: {} });
  } catch (error) {
    // A session that had already ended counts as logged out.
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
}

/**
 * Ends the session on this device (needs a connection). Only once the server ended it are the stored
 * session and the worker's KLICs kept on the device forgotten (the outbox in IndexedDB stays); when it
 * fails, everything stays as it was and the worker can try again.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await endSession();
      await forgetAllOffline();
    },
    onSuccess: () => queryClient.setQueryData(fieldSessionKey, null),
  });
}
