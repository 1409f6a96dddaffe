import { SegmentedControl } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { klicReceiptsQuery } from '../api/klic-status-api';
import type { ReceiptFilter } from '../api/types';
import { KlicListPage } from './klic-list-page';
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
    <KlicListPage
      texts="receipts"
      testId="klic-receipts"
      search={search}
      onSearch={(value) => {
        setSearch(value);
        setPage(1);
      }}
      filter={
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
      }
      list={list}
      table={(rows) => <ReceiptsTable rows={rows} />}
      page={page}
      onPage={setPage}
    />
  );
}
