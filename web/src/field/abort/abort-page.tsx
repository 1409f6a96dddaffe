import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
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
      <Button
        component={Link}
        to={fieldPaths.klic(klicId)}
        variant="subtle"
        size="md"
        px={0}
        leftSection={<IconArrowLeft size={20} aria-hidden />}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('field.registration.form.back')}
      </Button>
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
