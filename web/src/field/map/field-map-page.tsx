import { ActionIcon, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { fetchFieldKlic, fieldKeys } from '../api/field-api';
import { fieldPaths } from '../app/paths';
import { FieldMap } from './field-map';
import classes from './field-map-page.module.css';
import { useCurrentDeliveryMap } from './use-current-delivery-map';
import { useFieldMapData } from './use-field-map-data';

/** `/veld/klics/:klicId/kaart`: the KLIC's map over the whole screen. */
export function FieldMapPage() {
  const { t } = useTranslation();
  const { klicId = '' } = useParams();
  const query = useFieldMapData(klicId);
  // The KLIC page's query (useFieldKlic in ../klic, not imported: that module imports this one).
  const klic = useQuery({
    queryKey: fieldKeys.klic(klicId),
    queryFn: ({ signal }) => fetchFieldKlic(klicId, signal),
  });
  const { data, older } = useCurrentDeliveryMap(query, klic.data?.currentDeliveryId);
  const meldnummer = data?.melding.meldnummer ?? '';
  const title = meldnummer ? t('field.klic.map.title', { meldnummer }) : t('field.klic.map.documentTitle');
  return (
    <div className={classes.page}>
      <DocumentTitle title={title} />
      <div className={classes.bar}>
        <ActionIcon
          component={Link}
          to={fieldPaths.klic(klicId)}
          size={44}
          variant="subtle"
          aria-label={meldnummer ? t('field.klic.backToKlic', { meldnummer }) : t('field.klic.back')}
          data-testid="field-map-back"
        >
          <IconArrowLeft aria-hidden />
        </ActionIcon>
        <Text fw={700} size="lg" component="h2" m={0} data-testid="field-map-title">
          {title}
        </Text>
      </div>
      {older && (
        <Text
          size="sm"
          role="status"
          className={classes.olderDelivery}
          data-testid="field-map-older-delivery"
        >
          {t('field.offlineData.olderMap')}
        </Text>
      )}
      <div className={classes.area}>
        {query.isPending && <PageLoader />}
        {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
        {data && <FieldMap data={data} />}
      </div>
    </div>
  );
}
