import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { signOut } from '../api/sign-out';
import { loginPath } from '../paths';

/** Logs out and reloads on the login page, so that nothing of this user stays in memory. */
export function useSignOut() {
  const { t } = useTranslation();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => window.location.assign(loginPath),
    onError: () => notifications.show({ color: 'red', message: t('auth.logout.failed') }),
  });
}
