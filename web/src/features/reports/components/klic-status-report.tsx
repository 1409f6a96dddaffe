import { BarChart } from '@mantine/charts';
import { Divider } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reportOptions } from '../api/reports-api';
import type { KlicStatusReport as Report, ReportFilters } from '../api/types';
import { formatCount } from '../format/period-label';
import { CountTable } from './count-table';
import { ReportPanel } from './report-panel';
import { usePeriodLabel } from './use-period-label';

const states = ['requested', 'partial', 'complete'] as const;
const colors = { requested: 'gray.5', partial: 'yellow.6', complete: 'teal.6' } as const;
const columns = [...states, 'linked', 'unlinked', 'total'] as const;

/** Klics per status: stacked bars per month or week, the counts per period and per region beside them. */
export function KlicStatusReport({ filters }: { filters: ReportFilters }) {
  const { t, i18n } = useTranslation();
  const label = usePeriodLabel();
  const query = useQuery({
    ...reportOptions<Report>('klic-status', filters),
    placeholderData: keepPreviousData,
  });
  const tableColumns = columns.map((key) => ({ key, label: t(`reports.columns.${key}`) }));
  return (
    <ReportPanel
      name="klic-status"
      title={t('reports.tabs.klicStatus')}
      intro={t('reports.intro.klicStatus')}
      filters={filters}
      query={query}
      isEmpty={(report) => report.totals.total === 0}
      chart={(report) => (
        <BarChart
          h={360}
          data={report.byPeriod.map((row) => ({ ...row, label: label(row.period) }))}
          dataKey="label"
          type="stacked"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          valueFormatter={(value) => formatCount(value, i18n.language)}
          series={states.map((state) => ({
            name: state,
            label: t(`reports.columns.${state}`),
            color: colors[state],
          }))}
        />
      )}
      table={(report) => (
        <>
          <CountTable
            testId="klic-status-periods"
            label={t('reports.columns.period')}
            columns={tableColumns}
            rows={report.byPeriod}
            rowKey={(row) => row.period}
            rowLabel={(row) => label(row.period)}
            totals={{ ...report.totals, period: '', start: '' }}
          />
          <Divider />
          <CountTable
            testId="klic-status-regions"
            label={t('reports.columns.region')}
            columns={tableColumns}
            rows={report.byRegion}
            rowKey={(row) => row.regionId ?? 'none'}
            rowLabel={(row) => row.regionName ?? t('reports.noRegion')}
          />
        </>
      )}
    />
  );
}
