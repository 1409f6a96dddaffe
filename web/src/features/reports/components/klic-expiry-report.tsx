import { BarChart } from '@mantine/charts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KlicExpiryReport as Report, ReportFilters } from '../api/types';
import { formatCount } from '../format/period-label';
import { projectLabel } from '../format/report-cells';
import { formatDay } from './format-day';
import { ReportList } from './report-list';
import { ReportPanel } from './report-panel';

/** Verlopende klics: expired and expiring per region in the chart, the KLICs to renew in the table. */
export function KlicExpiryReport({ filters }: { filters: ReportFilters }) {
  const { t, i18n } = useTranslation();
  const count = (value: number) => formatCount(value, i18n.language);
  return (
    <ReportPanel<Report>
      name="klic-expiry"
      title={t('reports.tabs.klicExpiry')}
      intro={t('reports.intro.klicExpiry')}
      filters={filters}
      isEmpty={(report) => report.total === 0}
      summary={(report) =>
        t('reports.summary.expiry', {
          expired: count(report.expired),
          expiring: count(report.expiring),
          days: report.filters.withinWorkdays,
          today: formatDay(report.filters.today),
        })
      }
      chart={(report) => (
        <BarChart
          h={320}
          data={report.byRegion.map((row) => ({ ...row, label: row.regionName ?? t('reports.noRegion') }))}
          dataKey="label"
          type="stacked"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          valueFormatter={count}
          series={[
            { name: 'expired', label: t('reports.columns.expired'), color: 'red.6' },
            { name: 'expiring', label: t('reports.columns.expiring'), color: 'yellow.6' },
          ]}
        />
      )}
      table={(report) => (
        <ReportList
          testId="klic-expiry-table"
          rows={report.items}
          rowKey={(row) => row.meldingId}
          total={report.total}
          columns={[
            { label: t('reports.columns.meldnummer'), cell: (row) => row.meldnummer },
            {
              label: t('reports.columns.expiresOn'),
              cell: (row) => (
                <>
                  {formatDay(row.expiresOn)}{' '}
                  <Badge size="xs" color={row.expired ? 'red' : 'yellow'} variant="light">
                    {t(`reports.columns.${row.expired ? 'expired' : 'expiring'}`)}
                  </Badge>
                </>
              ),
            },
            {
              label: t('reports.columns.workdaysLeft'),
              align: 'right',
              cell: (row) => count(row.workdaysLeft),
            },
            { label: t('reports.columns.project'), cell: projectLabel },
            { label: t('reports.columns.region'), cell: (row) => row.regionName ?? t('reports.noRegion') },
          ]}
        />
      )}
    />
  );
}
