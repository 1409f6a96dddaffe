import { Button, Container, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconMap } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '@/shared/api';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { meldingQuery } from '../api/klic-melding-api';
import { type MeldingTab, mapPath, meldingTab, meldingTabs, projectKlicsPath } from '../paths';
import { AttachmentsTab } from './attachments-tab';
import { ContactsTab } from './contacts-tab';
import { EvTab } from './ev-tab';
import { MeldingFacts } from './melding-facts';
import { OverviewTab } from './overview-tab';
import { RegistrationsTab } from './registrations-tab';

/** `/klic/meldingen/:meldingId`: one KLIC with its documents, EV handling, own attachments, contacts, reports. */
export function KlicMeldingPage() {
  const { t } = useTranslation();
  const meldingId = useParams().meldingId ?? '';
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = meldingTab(searchParams.get('tab'));
  const melding = useQuery(meldingQuery(meldingId));

  if (melding.isPending) return <PageLoader />;
  if (melding.isError) {
    return (
      <Container size="xl" py="md">
        {isApiError(melding.error) && melding.error.status === 404 ? (
          <Text data-testid="klic-melding-not-found">{t('klicMelding.notFound')}</Text>
        ) : (
          <ErrorAlert error={melding.error} onRetry={() => void melding.refetch()} />
        )}
      </Container>
    );
  }
  const data = melding.data;
  const selectTab = (next: string | null) =>
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        params.set('tab', meldingTab(next));
        return params;
      },
      { replace: true },
    );

  return (
    <Container size="xl" py="md">
      <DocumentTitle title={t('klicMelding.documentTitle', { meldnummer: data.meldnummer })} />
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={1}>{t('klicMelding.title', { meldnummer: data.meldnummer })}</Title>
          <Group gap="sm">
            {data.projectId && (
              <Button
                component={Link}
                to={projectKlicsPath(data.projectId)}
                variant="default"
                leftSection={<IconArrowLeft size={16} aria-hidden />}
                data-testid="klic-melding-back"
              >
                {t('klicMelding.back')}
              </Button>
            )}
            <Button
              component={Link}
              to={mapPath(data.id)}
              leftSection={<IconMap size={16} aria-hidden />}
              data-testid="klic-melding-map"
            >
              {t('klicMelding.map')}
            </Button>
          </Group>
        </Group>
        <MeldingFacts melding={data} />
        <Tabs value={tab} onChange={selectTab} keepMounted={false}>
          <Tabs.List aria-label={t('klicMelding.tabs.label')}>
            {meldingTabs.map((each: MeldingTab) => (
              <Tabs.Tab key={each} value={each} data-testid={`klic-melding-tab-${each}`}>
                {t(`klicMelding.tabs.${each}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="overzicht" pt="md">
            <OverviewTab melding={data} />
          </Tabs.Panel>
          <Tabs.Panel value="ev" pt="md">
            <EvTab meldingId={data.id} />
          </Tabs.Panel>
          <Tabs.Panel value="bijlagen" pt="md">
            <AttachmentsTab meldingId={data.id} />
          </Tabs.Panel>
          <Tabs.Panel value="contacten" pt="md">
            <ContactsTab meldingId={data.id} />
          </Tabs.Panel>
          <Tabs.Panel value="preventie" pt="md">
            <RegistrationsTab meldingId={data.id} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  );
}
