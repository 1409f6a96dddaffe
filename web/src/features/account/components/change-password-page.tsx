import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '@/shared/api';
import { useSession } from '@/shared/session';
import { DocumentTitle, ErrorAlert } from '@/shared/ui';
import { changePassword } from '../api/account-api';
import { checkNewPassword, type NewPasswordErrors, NewPasswordFields } from './new-password-fields';

/** `/mijn-account/wachtwoord`; also where a user with an admin-set password must go first. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [values, setValues] = useState({ password: '', repeat: '' });
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const required = session.mustChangePassword;

  const change = useMutation({
    mutationFn: () => changePassword(current, values.password),
    onSuccess: async () => {
      notifications.show({ color: 'veldwerk', message: t('account.changePassword.done') });
      await queryClient.invalidateQueries({ queryKey: ['session'] });
      setCurrent('');
      setValues({ password: '', repeat: '' });
      if (required) await navigate('/', { replace: true });
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      if (error.fields?.currentPassword) {
        setCurrentError(t('account.changePassword.currentIncorrect'));
        currentRef.current?.focus();
      } else if (error.fields?.newPassword) {
        setErrors({ password: error.fields.newPassword });
        newRef.current?.focus();
      }
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkNewPassword(values);
    setErrors(found);
    setCurrentError(current ? null : t('account.changePassword.currentRequired'));
    if (!current) return currentRef.current?.focus();
    if (!found.password && !found.repeat) change.mutate();
  }

  const handled =
    isApiError(change.error) && (change.error.fields?.currentPassword || change.error.fields?.newPassword);
  return (
    <Container size="xs" py="md">
      <DocumentTitle title={t('account.changePassword.title')} />
      <Stack gap="md">
        <Title order={1}>{t('account.changePassword.title')}</Title>
        {required ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconLock aria-hidden />}
            title={t('account.changePassword.requiredTitle')}
            data-testid="password-change-required"
          >
            {t('account.changePassword.requiredText')}
          </Alert>
        ) : (
          <Text c="dimmed">{t('account.changePassword.intro')}</Text>
        )}
        <Paper withBorder radius="md" p="lg">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {change.error && !handled && <ErrorAlert error={change.error} />}
              <input
                type="text"
                name="username"
                autoComplete="username"
                value={session.user.email}
                readOnly
                hidden
              />
              <PasswordInput
                ref={currentRef}
                label={t('account.changePassword.current')}
                value={current}
                onChange={(event) => setCurrent(event.currentTarget.value)}
                error={currentError}
                autoComplete="current-password"
                visibilityToggleButtonProps={{ 'aria-label': t('account.password.show') }}
                autoFocus
                withAsterisk
                data-testid="current-password"
              />
              <NewPasswordFields
                values={values}
                errors={errors}
                personal={[session.user.name, session.user.email]}
                onChange={setValues}
                passwordRef={newRef}
              />
              <Button type="submit" loading={change.isPending} data-testid="change-password-submit">
                {t('account.changePassword.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Container>
  );
}
