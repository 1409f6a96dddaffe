import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { BackLink } from '../app/back-link';
import { fieldPaths } from '../app/paths';
import { useFieldKlic } from '../klic';
import { type RegistrationKind, registrationKinds } from '../outbox';
import { RegistrationForm } from './registration-form';

const isKind = (value: string | undefined): value is RegistrationKind =>
  registrationKinds.some((kind) => kind === value);

/** `/veld/klics/:klicId/registreren/:kind`: the form of one kind for one KLIC (loaded on demand). */
export function RegistrationPage() {
  const { t } = useTranslation();
  const { klicId = '', kind } = useParams();
  const query = useFieldKlic(klicId);
  const back = <BackLink to={fieldPaths.klic(klicId)}>{t('field.registration.form.back')}</BackLink>;
  if (!isKind(kind)) {
    return (
      <Stack gap="sm">
        {back}
        <Alert color="yellow">{t('field.registration.form.unknownKind')}</Alert>
      </Stack>
    );
  }
  const kindName = t(`field.registration.kinds.${kind}`);
  return (
    <Stack gap="sm" data-testid={`field-registration-form-${kind}`}>
      <DocumentTitle title={t('field.registration.form.documentTitle', { kind: kindName })} />
      {back}
      <Stack gap={0}>
        <Title order={2} size="h3">
          {t('field.registration.form.title', { kind: kindName })}
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
      {query.data && <RegistrationForm klic={query.data} kind={kind} />}
    </Stack>
  );
}
