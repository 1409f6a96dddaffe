import { Badge, Grid, Group, NumberInput, PasswordInput, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImapFormErrors, ImapFormValues, ImapTextField } from '../format/imap-form';

type Props = {
  values: ImapFormValues;
  errors: ImapFormErrors;
  passwordSet: boolean;
  onChange: (changes: Partial<ImapFormValues>) => void;
};

/** The mailbox's connection: on/off, server, port, TLS, user, password (empty keeps it) and folder. */
export function ImapFields({ values, errors, passwordSet, onChange }: Props) {
  const { t } = useTranslation();
  const error = (field: ImapTextField) => {
    const problem = errors[field];
    return problem ? t(`klic.mail.imap.errors.${problem}`) : undefined;
  };
  const text = (field: 'host' | 'user' | 'password' | 'mailbox') => ({
    value: values[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ [field]: event.currentTarget.value }),
    error: error(field),
    'data-testid': `klic-imap-${field}`,
  });
  return (
    <>
      <Switch
        label={t('klic.mail.imap.enabled')}
        checked={values.enabled}
        onChange={(event) => onChange({ enabled: event.currentTarget.checked })}
        data-testid="klic-imap-enabled"
      />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('klic.mail.imap.host')}
            placeholder={t('klic.mail.imap.hostPlaceholder')}
            autoComplete="off"
            maxLength={255}
            {...text('host')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <NumberInput
            label={t('klic.mail.imap.port')}
            description={t('klic.mail.imap.portHelp')}
            placeholder="993"
            value={values.port}
            onChange={(port) => onChange({ port })}
            min={1}
            max={65535}
            allowDecimal={false}
            allowNegative={false}
            error={error('port')}
            data-testid="klic-imap-port"
          />
        </Grid.Col>
      </Grid>
      <Switch
        label={t('klic.mail.imap.secure')}
        description={t('klic.mail.imap.secureHelp')}
        checked={values.secure}
        onChange={(event) => onChange({ secure: event.currentTarget.checked })}
        data-testid="klic-imap-secure"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('klic.mail.imap.user')} autoComplete="off" maxLength={255} {...text('user')} />
        <PasswordInput
          label={
            <Group gap="xs" component="span">
              {t('klic.mail.imap.password')}
              {passwordSet && (
                <Badge
                  size="sm"
                  color="veldwerk.7"
                  tt="none"
                  leftSection={<IconLock size={10} aria-hidden />}
                  data-testid="klic-imap-password-set"
                >
                  {t('klic.mail.imap.passwordSet')}
                </Badge>
              )}
            </Group>
          }
          description={passwordSet ? t('klic.mail.imap.passwordKeep') : undefined}
          autoComplete="new-password"
          maxLength={1000}
          {...text('password')}
        />
      </SimpleGrid>
      <TextInput
        label={t('klic.mail.imap.mailbox')}
        description={t('klic.mail.imap.mailboxHelp')}
        maxLength={255}
        {...text('mailbox')}
      />
    </>
  );
}
