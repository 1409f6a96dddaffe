import { Container, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { Pager } from '@/shared/ui/pager';
import { klicReceiptsQuery } from '../api/klic-status-api';
import type { ReceiptFilter } from '../api/types';
import { pageSize } from '../format/list-params';
import { ReceiptsTable } from './receipts-table';

/** `/klic/ontvangstbevestigingen`: the receipts that arrived, the deliveries still awaited first. */
export function ReceiptsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [status, setStatus] = useState<ReceiptFilter>('all');
  const [page, setPage] = useState(1);
  const list = useQuery({ ...klicReceiptsQuery(debounced, status, page), placeholderData: keepPreviousData });
  const counts = list.data?.counts;
  return (
    <Container size="xl" py="md">
      <DocumentTitle title={t('klicStatus.receipts.title')} />
      <Stack gap="md">
        <Title order={1}>{t('klicStatus.receipts.title')}</Title>
        <Text c="dimmed">{t('klicStatus.receipts.intro')}</Text>
        <Group gap="sm" wrap="wrap">
          <TextInput
            aria-label={t('klicStatus.receipts.search')}
            placeholder={t('klicStatus.receipts.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
            maxLength={100}
            w={260}
            data-testid="klic-receipts-search"
          />
          <SegmentedControl
            aria-label={t('klicStatus.receipts.filter')}
            value={status}
            onChange={(value) => {
              setStatus(value as ReceiptFilter);
              setPage(1);
            }}
            data={[
              { value: 'all', label: t('klicStatus.receipts.filters.all') },
              {
                value: 'awaiting',
                label: t('klicStatus.receipts.filters.awaiting', { count: counts?.awaiting ?? 0 }),
              },
              {
                value: 'delivered',
                label: t('klicStatus.receipts.filters.delivered', { count: counts?.delivered ?? 0 }),
              },
            ]}
            data-testid="klic-receipts-filter"
          />
        </Group>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        {list.isPending && <PageLoader />}
        {list.data && (
          <Paper withBorder radius="md">
            {list.data.items.length === 0 ? (
              <Text p="xl" ta="center" c="dimmed" data-testid="klic-receipts-empty">
                {t('klicStatus.receipts.empty')}
              </Text>
            ) : (
              <ReceiptsTable rows={list.data.items} />
            )}
          </Paper>
        )}
        {list.data && (
          <Pager
            page={page}
            pageSize={pageSize}
            total={list.data.total}
            rangeLabel={(range) => t('klicStatus.receipts.range', range)}
            navLabel={t('klicStatus.receipts.pages')}
            onChange={setPage}
          />
        )}
      </Stack>
    </Container>
  );
}
