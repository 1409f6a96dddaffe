import { Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { reportOptions } from '../api/reports-api';
import type { ReportFilters, ReportName } from '../api/types';
import { useDownload } from '../hooks/use-download';

type Props<T> = {
  name: ReportName;
  title: string;
  intro: string;
  filters: ReportFilters;
  /** A line above chart and table, e.g. the totals. */
  summary?: (data: T) => ReactNode;
  chart: (data: T) => ReactNode;
  table: (data: T) => ReactNode;
  isEmpty: (data: T) => boolean;
  /** More downloads beside the report's own Excel file. */
  extraDownloads?: ReactNode;
};

/** One report: its explanation, the Excel download, and the chart beside the table, read with the filters. */
export function ReportPanel<T>({
  name,
  title,
  intro,
  filters,
  summary,
  chart,
  table,
  isEmpty,
  extraDownloads,
}: Props<T>) {
  const { t } = useTranslation();
  const query = useQuery({ ...reportOptions<T>(name, filters), placeholderData: keepPreviousData });
  const download = useDownload(name);
  return (
    <Stack gap="md" py="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text c="dimmed" size="sm" maw={720}>
          {intro}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            variant="light"
            loading={download.isPending}
            disabled={!query.data}
            onClick={() => download.mutate(filters)}
            data-testid={`download-${name}`}
          >
            {t('reports.download')}
          </Button>
          {extraDownloads}
        </Group>
      </Group>
      {download.error && <ErrorAlert title={t('reports.downloadFailed')} error={download.error} />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <PageLoader />}
      {query.data && summary && <Text fw={500}>{summary(query.data)}</Text>}
      {query.data &&
        (isEmpty(query.data) ? (
          <Paper withBorder radius="md" p="xl">
            <Text ta="center" c="dimmed" data-testid="report-empty">
              {t('reports.empty')}
            </Text>
          </Paper>
        ) : (
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Paper withBorder radius="md" p="md" aria-label={t('reports.chart', { title })} role="figure">
                {chart(query.data)}
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Paper withBorder radius="md" aria-label={t('reports.table', { title })} role="region">
                {table(query.data)}
              </Paper>
            </Grid.Col>
          </Grid>
        ))}
    </Stack>
  );
}
