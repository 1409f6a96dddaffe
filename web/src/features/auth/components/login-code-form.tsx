import { Button, Group, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVerifySecondFactor } from '../hooks/use-sign-in';
import { LoginError } from '../login-error';
import classes from './login-code-form.module.css';
import { LoginErrorAlert } from './login-error-alert';

type Props = { onSignedIn: () => void; onBack: () => void };

/** The second step of a two-factor login: the app's code, or a backup code without the phone. */
export function LoginCodeForm({ onSignedIn, onBack }: Props) {
  const { t } = useTranslation();
  const verify = useVerifySecondFactor();
  const [kind, setKind] = useState<'app' | 'backup'>('app');
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!code.trim()) {
      setCodeError(t('account.login.codeRequired'));
      return codeRef.current?.focus();
    }
    setCodeError(null);
    verify.mutate(
      { code, kind },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          if (error instanceof LoginError && error.failure === 'codeExpired') return onBack();
          setCode('');
          codeRef.current?.focus();
        },
      },
    );
  }

  function switchKind() {
    setKind(kind === 'app' ? 'backup' : 'app');
    setCode('');
    setCodeError(null);
    verify.reset();
    codeRef.current?.focus();
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('account.login.codeTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('account.login.codeIntro')}</Text>
        {verify.error && <LoginErrorAlert error={verify.error} />}
        <TextInput
          ref={codeRef}
          label={kind === 'app' ? t('account.login.code') : t('account.login.backupCode')}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={codeError}
          inputMode={kind === 'app' ? 'numeric' : 'text'}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          data-testid="login-code"
        />
        <Button type="submit" fullWidth loading={verify.isPending} data-testid="login-code-submit">
          {t('account.login.submit')}
        </Button>
        <Group justify="space-between" gap="xs">
          <UnstyledButton className={classes.link} onClick={onBack}>
            {t('account.login.back')}
          </UnstyledButton>
          <UnstyledButton className={classes.link} onClick={switchKind}>
            {kind === 'app' ? t('account.login.useBackupCode') : t('account.login.useAppCode')}
          </UnstyledButton>
        </Group>
      </Stack>
    </form>
  );
}
