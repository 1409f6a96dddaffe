import { Alert, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import type { FieldKlicDetail } from '../api/field-api';
import { BackLink } from '../app/back-link';
import { fieldPaths } from '../app/paths';
import { useFieldKlic } from './use-field-klic';

/**
 * The frame of a page that records something at one KLIC (a registration, an abort): the way back, the
 * title with the KLIC's meldnummer, and the form once the KLIC is there (from the phone's copy offline).
 */
export function KlicFormPage({
  klicId,
  testId,
  documentTitle,
  title,
  children,
}: {
  klicId: string;
  testId: string;
  documentTitle: string;
  title: string;
  children: (klic: FieldKlicDetail) => ReactNode;
}) {
  const { t } = useTranslation();
  const query = useFieldKlic(klicId);
  return (
    <Stack gap="sm" data-testid={testId}>
      <DocumentTitle title={documentTitle} />
      <BackLink to={fieldPaths.klic(klicId)}>{t('field.registration.form.back')}</BackLink>
      <Stack gap={0}>
        <Title order={2} size="h3">
          {title}
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
      {query.data && children(query.data)}
    </Stack>
  );
}
