import { useTranslation } from 'react-i18next';
import { StatusPage } from './status-page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <StatusPage title={t('access.notFoundTitle')} text={t('access.notFoundText')} testId="not-found" />;
}
