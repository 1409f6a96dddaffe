import { BarChart } from '@mantine/charts';
import { Badge, Table } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/shared/format/date-time';
import { reportOptions } from '../api/reports-api';
import type { KlicExpiryReport as Report, ReportFilters } from '../api/types';
import { formatCount } from '../format/period-label';
import { ListNote } from './list-note';
import { ReportPanel } from './report-panel';

/** Verlopende klics: expired and expiring per region in the chart, the KLICs to renew in the table. */
export function KlicExpiryReport({ filters }: { filters: ReportFilters }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    ...reportOptions<Report>('klic-expiry', filters),
    placeholderData: keepPreviousData,
  });
  const count = (value: number) => formatCount(value, i18n.language);
  return (
    <ReportPanel
      name="klic-expiry"
      title={t('reports.tabs.klicExpiry')}
      intro={t('reports.intro.klicExpiry')}
      filters={filters}
      query={query}
      isEmpty={(report) => report.total === 0}
      summary={(report) =>
        t('reports.summary.expiry', {
          expired: count(report.expired),
          expiring: count(report.expiring),
          days: report.filters.withinWorkdays,
          today: formatDate(`${report.filters.today}T12:00:00Z`),
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
        <>
          <Table.ScrollContainer minWidth={640} mah={440}>
            <Table striped stickyHeader data-testid="klic-expiry-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.columns.meldnummer')}</Table.Th>
                  <Table.Th>{t('reports.columns.expiresOn')}</Table.Th>
                  <Table.Th ta="right">{t('reports.columns.workdaysLeft')}</Table.Th>
                  <Table.Th>{t('reports.columns.project')}</Table.Th>
                  <Table.Th>{t('reports.columns.region')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.items.map((row) => (
                  <Table.Tr key={row.meldingId}>
                    <Table.Td>{row.meldnummer}</Table.Td>
                    <Table.Td>
                      {formatDate(`${row.expiresOn}T12:00:00Z`)}{' '}
                      <Badge size="xs" color={row.expired ? 'red' : 'yellow'} variant="light">
                        {t(`reports.columns.${row.expired ? 'expired' : 'expiring'}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{count(row.workdaysLeft)}</Table.Td>
                    <Table.Td>
                      {row.projectNumber}
                      {row.projectDescription ? ` – ${row.projectDescription}` : ''}
                    </Table.Td>
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
