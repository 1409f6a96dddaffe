import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck, IconShieldLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '@/shared/api';
import { useSession } from '@/shared/session';
import { DocumentTitle, ErrorAlert } from '@/shared/ui';
import { enableTwoFactor, verifyTotp } from '../api/account-api';
import { TwoFactorSecret } from './two-factor-secret';

/** `/mijn-account/tweestapsverificatie`: confirm the password, add the key to an app, check one code. */
export function TwoFactorPage() {
  const { t } = useTranslation();
  const { twoFactor } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const required = twoFactor.required && !twoFactor.enabled;

  const enable = useMutation({
    mutationFn: () => enableTwoFactor(password),
    onSuccess: () => setPassword(''),
    onError: (error) => {
      if (isApiError(error) && [400, 401, 422].includes(error.status))
        setPasswordError(t('account.twoFactor.passwordIncorrect'));
    },
  });
  const verify = useMutation({
    mutationFn: () => verifyTotp(code.replace(/\s/g, '')),
    onSuccess: async () => {
      notifications.show({ color: 'veldwerk', message: t('account.twoFactor.done') });
      await queryClient.invalidateQueries({ queryKey: ['session'] });
      if (required) await navigate('/', { replace: true });
    },
    onError: (error) => {
      if (isApiError(error) && [400, 401, 422].includes(error.status))
        setCodeError(t('account.twoFactor.codeIncorrect'));
    },
  });

  function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password) return setPasswordError(t('account.twoFactor.passwordIncorrect'));
    setPasswordError(null);
    enable.mutate();
  }

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.replace(/\s/g, ''))) return setCodeError(t('account.twoFactor.codeRequired'));
    setCodeError(null);
    verify.mutate();
  }

  const enabled = twoFactor.enabled || verify.isSuccess;
  return (
    <Container size="sm" py="md">
      <DocumentTitle title={t('account.twoFactor.title')} />
      <Stack gap="md">
        <Title order={1}>{t('account.twoFactor.title')}</Title>
        <Text c="dimmed">{t('account.twoFactor.intro')}</Text>
        {required && !verify.isSuccess && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconShieldLock aria-hidden />}
            title={t('account.twoFactor.requiredTitle')}
          >
            {t('account.twoFactor.requiredText')}
          </Alert>
        )}
        {enabled ? (
          <Alert
            color="veldwerk"
            variant="light"
            icon={<IconShieldCheck aria-hidden />}
            title={t('account.twoFactor.enabledTitle')}
            data-testid="two-factor-enabled"
          >
            {t('account.twoFactor.enabledText')}
          </Alert>
        ) : !enable.data ? (
          <Paper withBorder radius="md" p="lg">
            <form onSubmit={start} noValidate>
              <Stack gap="md">
                <Title order={2} size="h4">
                  1. {t('account.twoFactor.stepPassword')}
                </Title>
                {enable.error && !passwordError && <ErrorAlert error={enable.error} />}
                <PasswordInput
                  label={t('account.twoFactor.password')}
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                  error={passwordError}
                  autoComplete="current-password"
                  visibilityToggleButtonProps={{ 'aria-label': t('account.password.show') }}
                  autoFocus
                  data-testid="two-factor-password"
                />
                <Button type="submit" loading={enable.isPending} w="fit-content">
                  {t('account.twoFactor.start')}
                </Button>
              </Stack>
            </form>
          </Paper>
        ) : (
          <>
            <Paper withBorder radius="md" p="lg">
              <Title order={2} size="h4" mb="md">
                2. {t('account.twoFactor.stepApp')}
              </Title>
              <TwoFactorSecret setup={enable.data} />
            </Paper>
            <Paper withBorder radius="md" p="lg">
              <form onSubmit={check} noValidate>
                <Stack gap="md">
                  <Title order={2} size="h4">
                    3. {t('account.twoFactor.stepVerify')}
                  </Title>
                  {verify.error && !codeError && <ErrorAlert error={verify.error} />}
                  <TextInput
                    label={t('account.twoFactor.code')}
                    value={code}
                    onChange={(event) => setCode(event.currentTarget.value)}
                    error={codeError}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={7}
                    w={200}
                    data-testid="two-factor-code"
                  />
                  <Button type="submit" loading={verify.isPending} w="fit-content">
                    {t('account.twoFactor.verify')}
                  </Button>
                </Stack>
              </form>
            </Paper>
          </>
        )}
      </Stack>
    </Container>
  );
}
