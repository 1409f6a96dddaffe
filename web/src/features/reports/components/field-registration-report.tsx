import { BarChart } from '@mantine/charts';
import { Divider } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reportOptions } from '../api/reports-api';
import { type FieldRegistrationReport as Report, type ReportFilters, registrationKinds } from '../api/types';
import { formatCount } from '../format/period-label';
import { CountTable } from './count-table';
import { ReportPanel } from './report-panel';
import { usePeriodLabel } from './use-period-label';

const colors = {
  proefsleuf: 'blue.6',
  graafschade: 'red.6',
  afwijkendeLigging: 'orange.5',
  onbekendNet: 'grape.5',
} as const;

/** Veldregistraties per soort: stacked bars per period, counts per period and per region. */
export function FieldRegistrationReport({ filters }: { filters: ReportFilters }) {
  const { t, i18n } = useTranslation();
  const label = usePeriodLabel();
  const query = useQuery({
    ...reportOptions<Report>('field-registrations', filters),
    placeholderData: keepPreviousData,
  });
  const tableColumns = [...registrationKinds, 'total' as const].map((key) => ({
    key,
    label: t(`reports.columns.${key}`),
  }));
  return (
    <ReportPanel
      name="field-registrations"
      title={t('reports.tabs.fieldRegistrations')}
      intro={t('reports.intro.fieldRegistrations')}
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
          series={registrationKinds.map((kind) => ({
            name: kind,
            label: t(`reports.columns.${kind}`),
            color: colors[kind],
          }))}
        />
      )}
      table={(report) => (
        <>
          <CountTable
            testId="field-registrations-periods"
            label={t('reports.columns.period')}
            columns={tableColumns}
            rows={report.byPeriod}
            rowKey={(row) => row.period}
            rowLabel={(row) => label(row.period)}
            totals={{ ...report.totals, period: '', start: '' }}
          />
          <Divider />
          <CountTable
            testId="field-registrations-regions"
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
