import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { KlicFormPage } from '../klic';
import { AbortForm } from './abort-form';

/** `/veld/klics/:klicId/afbreken`. */
export function AbortPage() {
  const { t } = useTranslation();
  const { klicId = '' } = useParams();
  return (
    <KlicFormPage
      klicId={klicId}
      testId="field-abort-page"
      documentTitle={t('field.registration.abort.documentTitle')}
      title={t('field.registration.abort.title')}
    >
      {(klic) => <AbortForm klic={klic} />}
    </KlicFormPage>
  );
}
