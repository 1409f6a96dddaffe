import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { ConfirmDialog } from '@/shared/ui/confirm-dialog';
import type { UserSummary } from '../api/types';
import { useRemoveUser, useResendInvitation } from '../hooks/use-user-mutations';

type Props = { user: UserSummary; onClose: () => void };

/** Removal explains its consequences: no more logging in, history keeps the name. */
export function RemoveUserDialog({ user, onClose }: Props) {
  const { t } = useTranslation();
  const remove = useRemoveUser();
  const error = remove.error;
  const selfError = isApiError(error) && error.fields?.id === 'cannot_remove_self';
  return (
    <ConfirmDialog
      opened
      title={t('users.remove.title', { name: user.name })}
      confirmLabel={t('users.remove.confirm')}
      danger
      pending={remove.isPending}
      error={selfError ? new Error(t('users.errors.cannotRemoveSelf')) : error}
      onCancel={onClose}
      onConfirm={() =>
        remove.mutate(user.id, {
          onSuccess: () => {
            notifications.show({ color: 'veldwerk', message: t('users.remove.done', { name: user.name }) });
            onClose();
          },
        })
      }
    >
      <Text size="sm">{t('users.remove.text', { name: user.name })}</Text>
      <Text size="sm" c="dimmed">
        {t('users.remove.restoreHint')}
      </Text>
    </ConfirmDialog>
  );
}

/** A new invitation link; earlier links stop working. */
export function ResendInvitationDialog({ user, onClose }: Props) {
  const { t } = useTranslation();
  const resend = useResendInvitation();
  const error = resend.error;
  const noEmail = isApiError(error) && error.fields?.email === 'required_for_invitation';
  return (
    <ConfirmDialog
      opened
      title={t('users.resend.title')}
      confirmLabel={t('users.resend.confirm')}
      pending={resend.isPending}
      error={noEmail ? new Error(t('users.errors.noEmailForInvitation')) : error}
      onCancel={onClose}
      onConfirm={() =>
        resend.mutate(user.id, {
          onSuccess: () => {
            notifications.show({ color: 'veldwerk', message: t('users.resend.done', { email: user.email }) });
            onClose();
          },
        })
      }
    >
      <Text size="sm">{t('users.resend.text', { email: user.email })}</Text>
    </ConfirmDialog>
  );
}
