import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { BackLink } from '../app/back-link';
import { fieldPaths } from '../app/paths';
import { useFieldKlic } from '../klic';
import { AbortForm } from './abort-form';

/** `/veld/klics/:klicId/afbreken`. */
export function AbortPage() {
  const { t } = useTranslation();
  const { klicId = '' } = useParams();
  const query = useFieldKlic(klicId);
  return (
    <Stack gap="sm" data-testid="field-abort-page">
      <DocumentTitle title={t('field.registration.abort.documentTitle')} />
      <BackLink to={fieldPaths.klic(klicId)}>{t('field.registration.form.back')}</BackLink>
      <Stack gap={0}>
        <Title order={2} size="h3">
          {t('field.registration.abort.title')}
        </Title>
        {query.data && (
          <Text c="dimmed">{t('field.registration.form.klic', { meldnummer: query.data.meldnummer })}</Text>
        )}
      </Stack>
      {query.isPending && <PageLoader />}
      {query.isError && (
        <Stack gap="xs">
          <Alert color="yellow">{t('field.registration.form.klicUnavailable')}</Alert>
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        </Stack>
      )}
      {query.data && <AbortForm klic={query.data} />}
    </Stack>
  );
}
