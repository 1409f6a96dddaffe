import { Container, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { mailSettingsQuery } from '../api/klic-api';
import { ImapSettingsForm } from './imap-settings-form';
import { IntakeAddressCard } from './intake-address-card';

/** `/klic/email`: the organisation's intake address and the optional IMAP mailbox Veldwerk reads. */
export function KlicMailPage() {
  const { t } = useTranslation();
  const settings = useQuery(mailSettingsQuery());
  return (
    <Container size="md" py="md">
      <DocumentTitle title={t('klic.mail.title')} />
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('klic.mail.title')}</Title>
          <Text c="dimmed" mt={4} maw={760}>
            {t('klic.mail.intro')}
          </Text>
        </div>
        {settings.isError && <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
        {settings.isPending && <PageLoader />}
        {settings.data && (
          <>
            <IntakeAddressCard address={settings.data.intakeAddress} />
            <ImapSettingsForm imap={settings.data.imap} />
          </>
        )}
      </Stack>
    </Container>
  );
}
