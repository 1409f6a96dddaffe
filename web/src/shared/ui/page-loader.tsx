import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner in the middle of the available space, announced to screen readers. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center mih="40vh" role="status" aria-label={t('app.loading')}>
      <Loader />
    </Center>
  );
}
