import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '@/shared/api';
import { forgetAllOffline } from '../offline';
import { fieldSessionKey, forgetFieldSession } from '../session/field-session';

/**
 * Ends the session on this device (needs a connection); the stored session and the worker's KLICs kept
 * on the device are forgotten (the outbox in IndexedDB stays).
 */
export function useLogout(): () => void {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useCallback(() => {
    if (!navigator.onLine) {
      window.alert(t('field.logoutOfflineRefused'));
      return;
    }
    void apiRequest('/api/auth/sign-out', { method: 'POST', body: {} })
      .catch(() => undefined)
      .then(() => {
        void forgetAllOffline();
        forgetFieldSession();
        queryClient.setQueryData(fieldSessionKey, null);
      });
  }, [queryClient, t]);
}
