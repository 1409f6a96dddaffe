import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/shared/format/date-time';
import { reportOptions } from '../api/reports-api';
import type { OpenEvReport as Report, ReportFilters } from '../api/types';
import { formatCount } from '../format/period-label';
import { ListNote } from './list-note';
import { ReportPanel } from './report-panel';

/** The chart shows the operators with the most open EVs. */
const chartOperators = 12;

/** Open EV's: per operator in the chart, one line per KLIC and operator in the table. */
export function OpenEvReport({ filters }: { filters: ReportFilters }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    ...reportOptions<Report>('open-evs', filters),
    placeholderData: keepPreviousData,
  });
  const count = (value: number) => formatCount(value, i18n.language);
  const day = (value: string | null) => (value ? formatDate(`${value}T12:00:00Z`) : '–');
  return (
    <ReportPanel
      name="open-evs"
      title={t('reports.tabs.openEvs')}
      intro={t('reports.intro.openEvs')}
      filters={filters}
      query={query}
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
        <>
          <Table.ScrollContainer minWidth={640} mah={440}>
            <Table striped stickyHeader data-testid="open-evs-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.columns.project')}</Table.Th>
                  <Table.Th>{t('reports.columns.startDate')}</Table.Th>
                  <Table.Th>{t('reports.columns.meldnummer')}</Table.Th>
                  <Table.Th>{t('reports.columns.operator')}</Table.Th>
                  <Table.Th>{t('reports.columns.region')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.items.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      {row.projectNumber ?? '–'}
                      {row.projectDescription ? ` – ${row.projectDescription}` : ''}
                    </Table.Td>
                    <Table.Td>{day(row.startDate)}</Table.Td>
                    <Table.Td>{row.meldnummer}</Table.Td>
                    <Table.Td>{row.operatorName}</Table.Td>
                    <Table.Td>{row.regionName ?? t('reports.noRegion')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListNote shown={report.items.length} total={report.total} />
        </>
      )}
    />
  );
}
