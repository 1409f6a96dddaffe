import { Container, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { warningSettingsQuery } from '../api/klic-warnings-api';
import { WarningSettingsForm } from './warning-settings-form';

/** `/mijn-bedrijf/waarschuwingen`: "Waarschuwingen instellen". */
export function WarningSettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery(warningSettingsQuery());
  return (
    <Container size="md" py="md">
      <DocumentTitle title={t('klicWarnings.settings.title')} />
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('klicWarnings.settings.title')}</Title>
          <Text c="dimmed" mt={4} maw={760}>
            {t('klicWarnings.settings.intro')}
          </Text>
        </div>
        {settings.isError && <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
        {settings.isPending && <PageLoader />}
        {settings.data && <WarningSettingsForm settings={settings.data} />}
      </Stack>
    </Container>
  );
}
