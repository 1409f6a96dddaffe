import { SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserKind } from '../api/types';
import { userFieldErrorText } from './user-field-error';
import type { UserFormErrors, UserFormField, UserFormValues } from './user-form-values';

type Props = {
  values: UserFormValues;
  errors: UserFormErrors;
  isNew: boolean;
  onChange: (changes: Partial<UserFormValues>) => void;
};

/** Who the user is: login names, type, name, function, phone and remarks. */
export function UserIdentityFields({ values, errors, isNew, onChange }: Props) {
  const { t } = useTranslation();
  const error = (field: UserFormField) => userFieldErrorText(t, field, errors[field]);
  const text = (field: UserFormField) => ({
    value: values[field] as string,
    error: error(field),
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ [field]: event.currentTarget.value }),
    'data-testid': `user-${field}`,
  });

  // The advice is the e-mail address as username: it follows the address until the admin types another.
  function changeEmail(email: string) {
    const follows = values.username === '' || values.username === values.email;
    onChange(follows && isNew ? { email, username: email } : { email });
  }

  return (
    <Stack gap="sm">
      <TextInput
        {...text('email')}
        label={t('users.form.email')}
        description={isNew ? t('users.form.emailHelp') : t('users.form.emailReadOnly')}
        type="email"
        autoComplete="off"
        readOnly={!isNew}
        variant={isNew ? 'default' : 'filled'}
        onChange={(event) => changeEmail(event.currentTarget.value)}
        data-autofocus={isNew || undefined}
      />
      <TextInput
        {...text('username')}
        label={t('users.form.username')}
        description={t('users.form.usernameHelp')}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        withAsterisk
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="user-kind-label">
          {t('users.form.kind')}
        </Text>
        <SegmentedControl
          aria-labelledby="user-kind-label"
          value={values.kind}
          onChange={(kind) => onChange({ kind: kind as UserKind })}
          data={[
            { value: 'internal', label: t('users.form.internal') },
            { value: 'partner', label: t('users.form.partner') },
          ]}
          data-testid="user-kind"
          w="fit-content"
        />
      </Stack>
      {values.kind === 'partner' && (
        <TextInput {...text('partnerCompany')} label={t('users.form.partnerCompany')} withAsterisk />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...text('firstName')} label={t('users.form.firstName')} autoComplete="off" withAsterisk />
        <TextInput {...text('lastName')} label={t('users.form.lastName')} autoComplete="off" />
        <TextInput {...text('jobTitle')} label={t('users.form.jobTitle')} autoComplete="off" />
        <TextInput {...text('phone')} label={t('users.form.phone')} type="tel" autoComplete="off" />
      </SimpleGrid>
      <Textarea {...text('remarks')} label={t('users.form.remarks')} autosize minRows={2} maxRows={6} />
    </Stack>
  );
}
