import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LoginError } from '../login-error';

/** Says in the user's language why logging in did not work. */
export function LoginErrorAlert({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('auth.login.errorTitle')}
      icon={<IconAlertCircle aria-hidden />}
      data-testid="login-error"
    >
      {error instanceof LoginError ? failureText(error, t) : error.message}
    </Alert>
  );
}

function failureText(error: LoginError, t: TFunction): string {
  switch (error.failure) {
    case 'invalidCredentials':
      return t('auth.login.invalidCredentials');
    case 'invalidCode':
      return t('account.login.codeIncorrect');
    case 'codeExpired':
      return t('account.login.expired');
    case 'tooManyAttempts':
      return t('auth.login.tooManyAttempts');
    case 'network':
      return t('errors.network');
    case 'failed':
      return t('auth.login.failed');
  }
}
