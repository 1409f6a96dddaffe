import { useTranslation } from 'react-i18next';
import { periodLabel } from '../format/period-label';

/** A period key as the reader says it: 'maart 2026', 'week 11 2026'. */
export function usePeriodLabel(): (period: string) => string {
  const { t, i18n } = useTranslation();
  return (period) => periodLabel(period, i18n.language, (values) => t('reports.week', values));
}
