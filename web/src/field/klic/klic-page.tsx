import { Badge, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { BackLink } from '../app/back-link';
import { fieldPaths } from '../app/paths';
import { KlicRegistrations } from '../registrations';
import { DamageCalls } from './damage-calls';
import { EvBanners } from './ev-banners';
import { KlicViewLinks, RegisterLinks } from './klic-actions';
import { KlicFacts } from './klic-facts-list';
import { RemoveFromDevice } from './remove-from-device';
import { useEvVibration } from './use-ev-vibration';
import { useFieldKlic } from './use-field-klic';

/** `/veld/klics/:klicId`: one KLIC on site — its EVs first, the map and documents, damage numbers. */
export function KlicPage() {
  const { t } = useTranslation();
  const { klicId = '' } = useParams();
  const query = useFieldKlic(klicId);
  const klic = query.data;
  useEvVibration(klic);
  const title = klic ? t('field.klic.title', { meldnummer: klic.meldnummer }) : t('field.klic.documentTitle');
  return (
    <Stack gap="md">
      <DocumentTitle title={title} />
      <BackLink to={fieldPaths.list}>{t('field.toList')}</BackLink>
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {klic && (
        <>
          <EvBanners klic={klic} />
          <Group gap="xs" align="center">
            <Title order={2} size="h2" data-testid="field-klic-title">
              {klic.meldnummer}
            </Title>
            <Badge variant="light" color={klic.state === 'complete' ? 'veldwerk' : 'orange'}>
              {t(`field.list.state.${klic.state}`)}
            </Badge>
          </Group>
          <KlicFacts klic={klic} />
          <KlicViewLinks klicId={klic.id} />
          <DamageCalls klic={klic} />
          <RegisterLinks klicId={klic.id} />
          <KlicRegistrations klicId={klic.id} />
          <RemoveFromDevice klicId={klic.id} meldnummer={klic.meldnummer} />
        </>
      )}
    </Stack>
  );
}
