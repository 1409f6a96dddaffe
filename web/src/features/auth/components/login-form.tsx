import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/shared/api';
import { useSignIn } from '../hooks/use-sign-in';
import { LoginErrorAlert } from './login-error-alert';

type FieldErrors = { identifier?: string; password?: string };

type Props = {
  onSignedIn: () => void;
  /** The password was right, and the account asks for a two-factor code next. */
  onCodeNeeded: () => void;
};

/**
 * Username/e-mail and password. Enter submits; on a wrong password the username stays and the password
 * field is emptied and focused.
 */
export function LoginForm({ onSignedIn, onCodeNeeded }: Props) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const identifierRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!identifier.trim()) errors.identifier = t('auth.login.identifierRequired');
    if (!password) errors.password = t('auth.login.passwordRequired');
    setFieldErrors(errors);
    if (errors.identifier || errors.password) signIn.reset();
    if (errors.identifier) return identifierRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    signIn.mutate(
      { identifier, password },
      {
        onSuccess: ({ needsCode }) => (needsCode ? onCodeNeeded() : onSignedIn()),
        onError: (error) => {
          // Only a refused password is cleared; after a throttle or network error it was never checked.
          if (error instanceof ApiError && error.status === 401) setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.login.pageTitle')}>
      <Stack gap="md">
        {signIn.error && <LoginErrorAlert error={signIn.error} />}
        <TextInput
          ref={identifierRef}
          label={t('auth.login.identifier')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          autoFocus
          value={identifier}
          onChange={(event) => setIdentifier(event.currentTarget.value)}
          error={fieldErrors.identifier}
          data-testid="login-identifier"
        />
        <PasswordInput
          ref={passwordRef}
          label={t('auth.login.password')}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.login.showPassword') }}
          data-testid="login-password"
        />
        <Button type="submit" fullWidth loading={signIn.isPending} data-testid="login-submit">
          {t('auth.login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
