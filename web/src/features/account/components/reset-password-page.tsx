import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '@/shared/api';
import { ErrorAlert } from '@/shared/ui';
import { PublicPage } from '@/shared/ui/public-page';
import { resetPassword } from '../api/account-api';
import { accountPaths, loginPath } from '../paths';
import { checkNewPassword, type NewPasswordErrors, NewPasswordFields } from './new-password-fields';

/** better-auth's own codes for a refused password, next to Veldwerk's policy (`fields.newPassword`). */
const authPasswordCodes: Record<string, string> = {
  PASSWORD_TOO_SHORT: 'too_short',
  PASSWORD_TOO_LONG: 'too_long',
};

/** `/wachtwoord-herstellen?token=`: the link from the e-mail; a new password twice. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const [values, setValues] = useState({ password: '', repeat: '' });
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [invalidToken, setInvalidToken] = useState(token === '');
  const passwordRef = useRef<HTMLInputElement>(null);
  const reset = useMutation({
    mutationFn: () => resetPassword(token, values.password),
    onError: (error) => {
      if (!isApiError(error)) return;
      const policy = error.fields?.newPassword ?? authPasswordCodes[error.code];
      if (policy) {
        setErrors({ password: policy });
        passwordRef.current?.focus();
      } else if (error.code === 'INVALID_TOKEN' || error.status === 400) {
        setInvalidToken(true);
      }
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkNewPassword(values);
    setErrors(found);
    if (!found.password && !found.repeat) reset.mutate();
  }

  if (invalidToken) {
    return (
      <PublicPage title={t('account.reset.title')} testId="reset-password-page">
        <Alert
          color="orange"
          variant="light"
          role="alert"
          title={t('account.reset.invalidTitle')}
          icon={<IconAlertCircle aria-hidden />}
          data-testid="reset-password-invalid"
        >
          {t('account.reset.invalid')}
        </Alert>
        <Group gap="sm">
          <Button component={Link} to={accountPaths.forgotPassword}>
            {t('account.common.requestNewLink')}
          </Button>
          <Button component={Link} to={loginPath} variant="default">
            {t('account.common.toLogin')}
          </Button>
        </Group>
      </PublicPage>
    );
  }
  if (reset.isSuccess) {
    return (
      <PublicPage title={t('account.reset.doneTitle')} testId="reset-password-page">
        <Alert color="veldwerk" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
          {t('account.reset.done')}
        </Alert>
        <Button component={Link} to={loginPath}>
          {t('account.common.toLogin')}
        </Button>
      </PublicPage>
    );
  }
  const handled =
    isApiError(reset.error) && (reset.error.fields?.newPassword || authPasswordCodes[reset.error.code]);
  return (
    <PublicPage
      title={t('account.reset.title')}
      intro={t('account.reset.intro')}
      testId="reset-password-page"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {reset.error && !handled && <ErrorAlert error={reset.error} />}
          <NewPasswordFields
            values={values}
            errors={errors}
            personal={[]}
            onChange={setValues}
            passwordRef={passwordRef}
            autoFocus
          />
          <Button type="submit" fullWidth loading={reset.isPending} data-testid="reset-password-submit">
            {t('account.reset.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to={loginPath} size="sm">
        {t('account.common.toLogin')}
      </Anchor>
    </PublicPage>
  );
}
