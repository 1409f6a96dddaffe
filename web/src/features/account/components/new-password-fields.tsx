import { PasswordInput, Stack } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordHints } from '@/shared/ui/password-hints';
import { isPasswordProblem, passwordProblemText } from '@/shared/ui/password-rules';

export type NewPasswordValues = { password: string; repeat: string };
/** A problem code: ours (`required`, `mismatch`) or the server's password policy. */
export type NewPasswordErrors = { password?: string; repeat?: string };

type Props = {
  values: NewPasswordValues;
  errors: NewPasswordErrors;
  personal: string[];
  onChange: (values: NewPasswordValues) => void;
  passwordRef?: RefObject<HTMLInputElement | null>;
  autoFocus?: boolean;
};

/** The new password twice, with the rules ticked off while typing. */
export function NewPasswordFields({ values, errors, personal, onChange, passwordRef, autoFocus }: Props) {
  const { t } = useTranslation();
  const text = (code: string | undefined) => {
    if (code === undefined) return undefined;
    if (isPasswordProblem(code)) return passwordProblemText(t, code);
    return code === 'mismatch' ? t('account.password.mismatch') : t('account.password.required');
  };
  return (
    <Stack gap="sm">
      <PasswordInput
        ref={passwordRef}
        label={t('account.password.new')}
        value={values.password}
        onChange={(event) => onChange({ ...values, password: event.currentTarget.value })}
        error={text(errors.password)}
        autoComplete="new-password"
        visibilityToggleButtonProps={{ 'aria-label': t('account.password.show') }}
        autoFocus={autoFocus}
        withAsterisk
        data-testid="new-password"
      />
      <PasswordInput
        label={t('account.password.repeat')}
        value={values.repeat}
        onChange={(event) => onChange({ ...values, repeat: event.currentTarget.value })}
        error={text(errors.repeat)}
        autoComplete="new-password"
        visibilityToggleButtonProps={{ 'aria-label': t('account.password.show') }}
        withAsterisk
        data-testid="new-password-repeat"
      />
      <PasswordHints password={values.password} repeat={values.repeat} personal={personal} />
    </Stack>
  );
}

/** What the browser checks before sending: both filled in, and equal. */
export function checkNewPassword(values: NewPasswordValues): NewPasswordErrors {
  if (!values.password) return { password: 'required' };
  if (values.password !== values.repeat) return { repeat: 'mismatch' };
  return {};
}
