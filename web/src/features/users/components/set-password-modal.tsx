import { Button, Checkbox, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { ErrorAlert } from '@/shared/ui';
import { PasswordHints } from '@/shared/ui/password-hints';
import type { UserSummary } from '../api/types';
import { useSetUserPassword } from '../hooks/use-user-mutations';
import { userFieldErrorText } from './user-field-error';

type Props = { user: UserSummary; onClose: () => void };

/** The admin chooses a password for a user (who is logged out everywhere). */
export function SetPasswordModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [mustChange, setMustChange] = useState(true);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const setUserPassword = useSetUserPassword(user.id);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password) return setFieldError('required');
    setFieldError(undefined);
    setUserPassword.mutate(
      { password, mustChangePassword: mustChange },
      {
        onSuccess: () => {
          notifications.show({
            color: 'veldwerk',
            message: t('users.setPassword.done', { name: user.name }),
          });
          onClose();
        },
        onError: (error) => setFieldError(isApiError(error) ? error.fields?.password : undefined),
      },
    );
  }

  const failure = setUserPassword.error;
  const serverError = failure && !(isApiError(failure) && failure.fields?.password) ? failure : null;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.setPassword.title', { name: user.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('users.setPassword.intro')}</Text>
          {serverError && <ErrorAlert error={serverError} />}
          <PasswordInput
            label={t('users.form.newPassword')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={userFieldErrorText(t, 'password', fieldError)}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('account.password.show') }}
            data-autofocus
            data-testid="set-password-input"
          />
          <PasswordHints
            password={password}
            personal={[user.firstName, user.lastName, user.username, user.email ?? '']}
          />
          <Checkbox
            label={t('users.form.mustChange')}
            description={t('users.form.mustChangeHelp')}
            checked={mustChange}
            onChange={(event) => setMustChange(event.currentTarget.checked)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('users.form.cancel')}
            </Button>
            <Button type="submit" loading={setUserPassword.isPending}>
              {t('users.setPassword.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
