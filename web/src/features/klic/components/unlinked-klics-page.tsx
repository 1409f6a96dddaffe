import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { unlinkedMeldingenQuery } from '../api/klic-api';
import type { MeldingRow } from '../api/types';
import { MoveMeldingModal } from './move-melding-modal';
import { UnlinkedKlicsTable } from './unlinked-klics-table';

/** `/klic/ongekoppeld`: KLIC-meldingen that found no project by their referentie, to move by hand. */
export function UnlinkedKlicsPage() {
  const { t } = useTranslation();
  const meldingen = useQuery(unlinkedMeldingenQuery());
  const [moving, setMoving] = useState<MeldingRow | null>(null);
  return (
    <Container size="xl" py="md">
      <DocumentTitle title={t('klic.unlinked.title')} />
      <Stack gap="md">
        <div>
          <Title order={1}>{t('klic.unlinked.title')}</Title>
          <Text c="dimmed" mt={4} maw={760}>
            {t('klic.unlinked.intro')}
          </Text>
        </div>
        {meldingen.isError && <ErrorAlert error={meldingen.error} onRetry={() => void meldingen.refetch()} />}
        {meldingen.isPending && <PageLoader />}
        {meldingen.data && (
          <Paper withBorder radius="md">
            {meldingen.data.meldingen.length === 0 ? (
              <Text p="xl" ta="center" c="dimmed" data-testid="klic-unlinked-empty">
                {t('klic.unlinked.empty')}
              </Text>
            ) : (
              <UnlinkedKlicsTable meldingen={meldingen.data.meldingen} onMove={setMoving} />
            )}
          </Paper>
        )}
      </Stack>
      {moving && <MoveMeldingModal melding={moving} onClose={() => setMoving(null)} />}
    </Container>
  );
}
