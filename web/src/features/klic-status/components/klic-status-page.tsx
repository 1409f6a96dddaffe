import { Container, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { Pager } from '@/shared/ui/pager';
import { klicStatusQuery } from '../api/klic-status-api';
import { type StatusFilter, type StatusListState, statusFilters } from '../api/types';
import { nextSort, pageSize } from '../format/list-params';
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
    <Container size="xl" py="md">
      <DocumentTitle title={t('klicStatus.status.title')} />
      <Stack gap="md">
        <Title order={1}>{t('klicStatus.status.title')}</Title>
        <Text c="dimmed">{t('klicStatus.status.intro')}</Text>
        <Group gap="sm" wrap="wrap">
          <TextInput
            aria-label={t('klicStatus.status.search')}
            placeholder={t('klicStatus.status.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={state.search}
            onChange={(event) => update({ search: event.currentTarget.value })}
            maxLength={100}
            w={260}
            data-testid="klic-status-search"
          />
          <Select
            aria-label={t('klicStatus.status.filter')}
            data={statusFilters.map((value) => ({ value, label: t(`klicStatus.status.filters.${value}`) }))}
            value={state.state}
            onChange={(value) => value && update({ state: value as StatusFilter })}
            allowDeselect={false}
            w={200}
            data-testid="klic-status-filter"
          />
        </Group>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        {list.isPending && <PageLoader />}
        {list.data && (
          <Paper withBorder radius="md">
            {list.data.items.length === 0 ? (
              <Text p="xl" ta="center" c="dimmed" data-testid="klic-status-empty">
                {t('klicStatus.status.empty')}
              </Text>
            ) : (
              <KlicStatusTable
                rows={list.data.items}
                state={state}
                onSort={(sort) => setState((current) => nextSort(current, sort))}
              />
            )}
          </Paper>
        )}
        {list.data && (
          <Pager
            page={state.page}
            pageSize={pageSize}
            total={list.data.total}
            rangeLabel={(range) => t('klicStatus.status.range', range)}
            navLabel={t('klicStatus.status.pages')}
            onChange={(page) => setState((current) => ({ ...current, page }))}
          />
        )}
      </Stack>
    </Container>
  );
}
