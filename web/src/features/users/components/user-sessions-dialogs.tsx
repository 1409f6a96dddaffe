import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { formatDateTime } from '@/shared/format/date-time';
import { ConfirmDialog } from '@/shared/ui/confirm-dialog';
import type { UserSession } from '../api/user-sessions';
import { useEndAllUserSessions, useEndUserSession } from '../hooks/use-user-sessions';

type Person = { id: string; name: string };

/** Ending one device's session: the person there is logged out at once. */
export function EndSessionDialog({
  user,
  session,
  onClose,
}: {
  user: Person;
  session: UserSession;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const end = useEndUserSession(user.id);
  const error = end.error;
  const current = isApiError(error) && error.fields?.sessionId === 'current_session';
  return (
    <ConfirmDialog
      opened
      title={t('users.sessions.endOne.title')}
      confirmLabel={t('users.sessions.endOne.confirm')}
      danger
      pending={end.isPending}
      error={current ? new Error(t('users.sessions.errors.currentSession')) : error}
      onCancel={onClose}
      onConfirm={() =>
        end.mutate(session.id, {
          onSuccess: () => {
            notifications.show({
              color: 'veldwerk',
              message: t('users.sessions.endOne.done', { device: session.device }),
            });
            onClose();
          },
        })
      }
    >
      <Text size="sm">
        {t('users.sessions.endOne.text', {
          name: user.name,
          device: session.device,
          lastActive: formatDateTime(session.lastActiveAt),
        })}
      </Text>
    </ConfirmDialog>
  );
}

/** Ending every session of the user; an admin ending their own keeps the one they work in. */
export function EndAllSessionsDialog({
  user,
  self,
  onClose,
}: {
  user: Person;
  self: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const endAll = useEndAllUserSessions(user.id);
  return (
    <ConfirmDialog
      opened
      title={t('users.sessions.endAllDialog.title')}
      confirmLabel={t('users.sessions.endAllDialog.confirm')}
      danger
      pending={endAll.isPending}
      error={endAll.error}
      onCancel={onClose}
      onConfirm={() =>
        endAll.mutate(undefined, {
          onSuccess: () => {
            notifications.show({
              color: 'veldwerk',
              message: t('users.sessions.endAllDialog.done', { name: user.name }),
            });
            onClose();
          },
        })
      }
    >
      <Text size="sm">
        {self
          ? t('users.sessions.endAllDialog.selfText')
          : t('users.sessions.endAllDialog.text', { name: user.name })}
      </Text>
    </ConfirmDialog>
  );
}
