import { BarChart } from '@mantine/charts';
import { Divider } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KlicCounts, RegistrationCounts, ReportFilters } from '../api/types';
import { formatCount } from '../format/period-label';
import { CountTable } from './count-table';
import { ReportPanel } from './report-panel';
import { usePeriodLabel } from './use-period-label';

type CountKey = keyof KlicCounts | keyof RegistrationCounts;
type Counts<Key extends CountKey> = Record<Key, number>;
type PeriodCounts<Key extends CountKey> = {
  byPeriod: Array<Counts<Key> & { period: string; start: string }>;
  byRegion: Array<Counts<Key> & { regionId: string | null; regionName: string | null }>;
  totals: Counts<Key>;
};

type Props<Key extends CountKey> = {
  name: 'klic-status' | 'field-registrations';
  title: string;
  intro: string;
  filters: ReportFilters;
  /** The stacked bars: what each counts and its colour. */
  series: ReadonlyArray<{ key: Key; color: string }>;
  /** The number columns of both tables, 'total' last. */
  columns: readonly Key[];
  extraDownloads?: ReactNode;
};

/** A report counted per period and region: stacked bars per period, the counts per period and per region. */
export function PeriodCountReport<Key extends CountKey>({
  name,
  title,
  intro,
  filters,
  series,
  columns,
  extraDownloads,
}: Props<Key>) {
  const { t, i18n } = useTranslation();
  const label = usePeriodLabel();
  const tableColumns = columns.map((key) => ({ key, label: t(`reports.columns.${key}`) }));
  return (
    <ReportPanel<PeriodCounts<Key | 'total'>>
      name={name}
      title={title}
      intro={intro}
      filters={filters}
      isEmpty={(report) => report.totals.total === 0}
      extraDownloads={extraDownloads}
      chart={(report) => (
        <BarChart
          h={360}
          data={report.byPeriod.map((row) => ({ ...row, label: label(row.period) }))}
          dataKey="label"
          type="stacked"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          valueFormatter={(value) => formatCount(value, i18n.language)}
          series={series.map(({ key, color }) => ({ name: key, label: t(`reports.columns.${key}`), color }))}
        />
      )}
      table={(report) => (
        <>
          <CountTable
            testId={`${name}-periods`}
            label={t('reports.columns.period')}
            columns={tableColumns}
            rows={report.byPeriod}
            rowKey={(row) => row.period}
            rowLabel={(row) => label(row.period)}
            totals={{ ...report.totals, period: '', start: '' }}
          />
          <Divider />
          <CountTable
            testId={`${name}-regions`}
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
