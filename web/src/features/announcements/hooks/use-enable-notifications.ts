import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/shared/i18n';
import { consentKey } from '../api/notification-api';
import { type EnableOutcome, enableNotifications } from '../push/enable-notifications';
import { pushStateKey } from './use-push-state';

const messages: Record<
  Exclude<EnableOutcome, 'unsupported'>,
  { color: string; key: 'enabled' | 'notAllowed' | 'failed' }
> = {
  enabled: { color: 'veldwerk', key: 'enabled' },
  notAllowed: { color: 'orange', key: 'notAllowed' },
  failed: { color: 'red', key: 'failed' },
};

/** Consent "informed" plus the browser's permission and subscription; says how it went. */
export function useEnableNotifications() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => enableNotifications(language),
    onSuccess: (outcome) => {
      if (outcome === 'unsupported') return;
      const { color, key } = messages[outcome];
      notifications.show({ color, message: t(`announcements.bell.${key}`) });
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: consentKey }),
        queryClient.invalidateQueries({ queryKey: pushStateKey }),
      ]);
    },
  });
}
