import { Checkbox, PasswordInput, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordHints } from '@/shared/ui/password-hints';
import { userFieldErrorText } from './user-field-error';
import type { UserFormErrors, UserFormValues } from './user-form-values';

type Props = {
  values: UserFormValues;
  errors: UserFormErrors;
  onChange: (changes: Partial<UserFormValues>) => void;
};

/** How a new user gets in (seed 001): an invitation by e-mail, or a password the admin sets. */
export function UserSetupFields({ values, errors, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('users.form.setup')}
      value={values.setupMode}
      onChange={(mode) => onChange({ setupMode: mode === 'password' ? 'password' : 'invite' })}
    >
      <Stack gap="xs" mt="xs">
        <Radio
          value="invite"
          label={t('users.form.invite')}
          description={t('users.form.inviteHelp')}
          data-testid="user-setup-invite"
        />
        <Radio
          value="password"
          label={t('users.form.password')}
          description={t('users.form.passwordHelp')}
          data-testid="user-setup-password"
        />
        {values.setupMode === 'password' && (
          <Stack gap="xs" pl={32}>
            <PasswordInput
              label={t('users.form.newPassword')}
              value={values.password}
              onChange={(event) => onChange({ password: event.currentTarget.value })}
              error={userFieldErrorText(t, 'password', errors.password)}
              autoComplete="new-password"
              visibilityToggleButtonProps={{ 'aria-label': t('account.password.show') }}
              withAsterisk
              data-testid="user-password"
            />
            <PasswordHints
              password={values.password}
              personal={[values.firstName, values.lastName, values.username, values.email].filter(Boolean)}
            />
            <Checkbox
              label={t('users.form.mustChange')}
              description={t('users.form.mustChangeHelp')}
              checked={values.mustChangePassword}
              onChange={(event) => onChange({ mustChangePassword: event.currentTarget.checked })}
            />
          </Stack>
        )}
      </Stack>
    </Radio.Group>
  );
}
