import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useKlicMapView } from '@/shared/klic-map';
import { useSession } from '@/shared/session';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { klicMapQuery } from '../api/klic-map-api';

/** `/klic/meldingen/:meldingId/kaart`: the planner's map of a KLIC's current delivery. */
export function KlicMapPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { meldingId = '' } = useParams();
  const session = useSession();
  const map = useQuery(klicMapQuery(meldingId));
  // The map code loads while its data is on its way; the map is shown once both are there.
  const { View: KlicMap, error: codeError } = useKlicMapView();
  const meldnummer = map.data?.melding.meldnummer ?? '';
  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/'));
  return (
    <Container fluid py="md">
      <DocumentTitle
        title={meldnummer ? t('klicMap.page.title', { meldnummer }) : t('klicMap.page.documentTitle')}
      />
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Title order={1} data-testid="klic-map-title">
              {meldnummer ? t('klicMap.page.title', { meldnummer }) : t('klicMap.page.documentTitle')}
            </Title>
            {map.data && (
              <Text c="dimmed" size="sm">
                {t('klicMap.page.delivery', {
                  volgnummer: map.data.delivery.volgnummer,
                  state: map.data.delivery.complete ? t('klicMap.page.complete') : t('klicMap.page.partial'),
                })}
              </Text>
            )}
          </div>
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => void back()}>
            {t('klicMap.page.back')}
          </Button>
        </Group>
        {map.isError && <ErrorAlert error={map.error} onRetry={() => void map.refetch()} />}
        {codeError && <ErrorAlert error={codeError} onRetry={() => window.location.reload()} />}
        {!map.isError && !codeError && !(map.data && KlicMap) && <PageLoader />}
        {map.data && KlicMap && (
          <KlicMap
            data={map.data}
            onlineBackgroundUrl={session.map?.onlineBackgroundUrl ?? null}
            height="calc(100vh - 190px)"
          />
        )}
      </Stack>
    </Container>
  );
}
