import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { OpenEvReport as Report, ReportFilters } from '../api/types';
import { formatCount } from '../format/period-label';
import { projectLabel } from '../format/report-cells';
import { formatDay } from './format-day';
import { ReportList } from './report-list';
import { ReportPanel } from './report-panel';

/** The chart shows the operators with the most open EVs. */
const chartOperators = 12;

/** Open EV's: per operator in the chart, one line per KLIC and operator in the table. */
export function OpenEvReport({ filters }: { filters: ReportFilters }) {
  const { t, i18n } = useTranslation();
  const count = (value: number) => formatCount(value, i18n.language);
  return (
    <ReportPanel<Report>
      name="open-evs"
      title={t('reports.tabs.openEvs')}
      intro={t('reports.intro.openEvs')}
      filters={filters}
      isEmpty={(report) => report.total === 0}
      summary={(report) => t('reports.summary.openEvs', { total: count(report.total) })}
      chart={(report) => (
        <BarChart
          h={Math.max(160, Math.min(report.byOperator.length, chartOperators) * 36)}
          data={report.byOperator.slice(0, chartOperators)}
          dataKey="operatorName"
          orientation="vertical"
          yAxisProps={{ width: 140 }}
          xAxisProps={{ allowDecimals: false }}
          valueFormatter={count}
          series={[{ name: 'count', label: t('reports.columns.count'), color: 'orange.6' }]}
        />
      )}
      table={(report) => (
        <ReportList
          testId="open-evs-table"
          rows={report.items}
          rowKey={(row) => row.id}
          total={report.total}
          columns={[
            { label: t('reports.columns.project'), cell: projectLabel },
            { label: t('reports.columns.startDate'), cell: (row) => formatDay(row.startDate) },
            { label: t('reports.columns.meldnummer'), cell: (row) => row.meldnummer },
            { label: t('reports.columns.operator'), cell: (row) => row.operatorName },
            { label: t('reports.columns.region'), cell: (row) => row.regionName ?? t('reports.noRegion') },
          ]}
        />
      )}
    />
  );
}
