import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../app/back-link';
import { fieldPaths } from '../app/paths';
import { KlicFormPage } from '../klic';
import { type RegistrationKind, registrationKinds } from '../outbox';
import { RegistrationForm } from './registration-form';

const isKind = (value: string | undefined): value is RegistrationKind =>
  registrationKinds.some((kind) => kind === value);

/** `/veld/klics/:klicId/registreren/:kind`: the form of one kind for one KLIC (loaded on demand). */
export function RegistrationPage() {
  const { t } = useTranslation();
  const { klicId = '', kind } = useParams();
  if (!isKind(kind)) {
    return (
      <Stack gap="sm">
        <BackLink to={fieldPaths.klic(klicId)}>{t('field.registration.form.back')}</BackLink>
        <Alert color="yellow">{t('field.registration.form.unknownKind')}</Alert>
      </Stack>
    );
  }
  const kindName = t(`field.registration.kinds.${kind}`);
  return (
    <KlicFormPage
      klicId={klicId}
      testId={`field-registration-form-${kind}`}
      documentTitle={t('field.registration.form.documentTitle', { kind: kindName })}
      title={t('field.registration.form.title', { kind: kindName })}
    >
      {(klic) => <RegistrationForm klic={klic} kind={kind} />}
    </KlicFormPage>
  );
}
