import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { Pager } from '@/shared/ui/pager';
import { logbookQuery } from '../api/logbook-api';
import { useLogbookFilters } from '../hooks/use-logbook-filters';
import { LogbookFilters } from './logbook-filters';
import { LogbookTable } from './logbook-table';

const pageSize = 50;

/** `/mijn-bedrijf/logboek`: the organisation's whole history, filtered by soort and period. */
export function LogbookPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useLogbookFilters();
  const validPeriod = !(filters.from && filters.to && filters.to < filters.from);
  const logbook = useQuery({
    ...logbookQuery({
      entityType: filters.kind ?? undefined,
      from: filters.from ?? undefined,
      to: filters.to ?? undefined,
      page: filters.page,
      pageSize,
    }),
    enabled: validPeriod,
  });
  const filtered = filters.kind !== null || filters.from !== null || filters.to !== null;

  return (
    <Container size="xl" py="md">
      <DocumentTitle title={t('logbook.title')} />
      <Stack gap="md">
        <div>
          <Title order={1}>{t('logbook.title')}</Title>
          <Text c="dimmed" mt={4} maw={760}>
            {t('logbook.intro')}
          </Text>
        </div>
        <LogbookFilters filters={filters} onChange={setFilters} />
        {logbook.isError && <ErrorAlert error={logbook.error} onRetry={() => void logbook.refetch()} />}
        {validPeriod && logbook.isPending && <PageLoader />}
        {logbook.data && (
          <Paper withBorder radius="md" style={{ opacity: logbook.isPlaceholderData ? 0.6 : 1 }}>
            {logbook.data.items.length === 0 ? (
              <Text p="xl" ta="center" c="dimmed">
                {filtered ? t('logbook.emptyFiltered') : t('logbook.empty')}
              </Text>
            ) : (
              <LogbookTable entries={logbook.data.items} showItem />
            )}
          </Paper>
        )}
        {logbook.data && (
          <Pager
            page={filters.page}
            pageSize={pageSize}
            total={logbook.data.total}
            rangeLabel={(range) => t('logbook.range', range)}
            navLabel={t('logbook.pagination')}
            onChange={(page) => setFilters({ page })}
          />
        )}
      </Stack>
    </Container>
  );
}
