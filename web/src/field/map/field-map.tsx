import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/shared/ui';
import type { FieldMapProps } from './field-map-types';
import { useFieldMapView } from './use-field-map-view';

/**
 * The phone map of a KLIC (see field-map-view.tsx); fills its parent, which needs a height. Its code is
 * fetched on first use, so OpenLayers is not part of the field app's first load.
 */
export function FieldMap(props: FieldMapProps) {
  const { t } = useTranslation();
  const { View, error } = useFieldMapView();
  if (error) return <ErrorAlert error={error} onRetry={() => window.location.reload()} />;
  if (!View) {
    return (
      <Center h="100%" role="status" aria-label={t('field.klic.map.loading')}>
        <Loader />
      </Center>
    );
  }
  return <View {...props} />;
}
