import { useTranslation } from 'react-i18next';
import type { ReportFilters } from '../api/types';
import { PeriodCountReport } from './period-count-report';

const series = [
  { key: 'requested', color: 'gray.5' },
  { key: 'partial', color: 'yellow.6' },
  { key: 'complete', color: 'teal.6' },
] as const;
const columns = ['requested', 'partial', 'complete', 'linked', 'unlinked', 'total'] as const;

/** Klics per status: stacked bars per month or week, the counts per period and per region beside them. */
export function KlicStatusReport({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  return (
    <PeriodCountReport
      name="klic-status"
      title={t('reports.tabs.klicStatus')}
      intro={t('reports.intro.klicStatus')}
      filters={filters}
      series={series}
      columns={columns}
    />
  );
}
