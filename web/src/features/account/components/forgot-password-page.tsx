import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/shared/ui';
import { PublicPage } from '@/shared/ui/public-page';
import { requestPasswordReset } from '../api/account-api';
import { loginPath } from '../paths';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `/wachtwoord-vergeten`: always the same answer, so nobody learns which addresses exist. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const request = useMutation({ mutationFn: () => requestPasswordReset(email.trim()) });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim()) return setEmailError(t('account.forgot.emailRequired'));
    if (!emailPattern.test(email.trim())) return setEmailError(t('account.forgot.emailInvalid'));
    setEmailError(null);
    request.mutate();
  }

  return (
    <PublicPage
      title={t('account.forgot.title')}
      intro={request.isSuccess ? undefined : t('account.forgot.intro')}
      testId="forgot-password-page"
    >
      {request.isSuccess ? (
        <Alert
          color="veldwerk"
          variant="light"
          title={t('account.forgot.sentTitle')}
          icon={<IconMailCheck aria-hidden />}
          role="status"
          data-testid="forgot-password-sent"
        >
          {t('account.forgot.sent')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {request.error && <ErrorAlert error={request.error} />}
            <TextInput
              label={t('account.forgot.email')}
              type="email"
              autoComplete="email"
              autoFocus
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={emailError}
              data-testid="forgot-password-email"
            />
            <Button type="submit" fullWidth loading={request.isPending}>
              {t('account.forgot.submit')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('account.forgot.noEmail')}
            </Text>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to={loginPath} size="sm">
        {t('account.common.toLogin')}
      </Anchor>
    </PublicPage>
  );
}
