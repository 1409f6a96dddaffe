import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { klicStatusQuery } from '../api/klic-status-api';
import { type StatusFilter, type StatusListState, statusFilters } from '../api/types';
import { nextSort } from '../format/list-params';
import { KlicListPage } from './klic-list-page';
import { KlicStatusTable } from './klic-status-table';

const initial: StatusListState = { search: '', state: 'all', sort: 'receivedAt', direction: 'desc', page: 1 };

/** `/mijn-bedrijf/status-klics`: every KLIC of the organisation and where it stands. */
export function KlicStatusPage() {
  const { t } = useTranslation();
  const [state, setState] = useState(initial);
  const [search] = useDebouncedValue(state.search, 250);
  const list = useQuery({ ...klicStatusQuery({ ...state, search }), placeholderData: keepPreviousData });
  const update = (change: Partial<StatusListState>) =>
    setState((current) => ({ ...current, page: 1, ...change }));
  return (
    <KlicListPage
      texts="status"
      testId="klic-status"
      search={state.search}
      onSearch={(value) => update({ search: value })}
      filter={
        <Select
          aria-label={t('klicStatus.status.filter')}
          data={statusFilters.map((value) => ({ value, label: t(`klicStatus.status.filters.${value}`) }))}
          value={state.state}
          onChange={(value) => value && update({ state: value as StatusFilter })}
          allowDeselect={false}
          w={200}
          data-testid="klic-status-filter"
        />
      }
      list={list}
      table={(rows) => (
        <KlicStatusTable
          rows={rows}
          state={state}
          onSort={(sort) => setState((current) => nextSort(current, sort))}
        />
      )}
      page={state.page}
      onPage={(page) => setState((current) => ({ ...current, page }))}
    />
  );
}
