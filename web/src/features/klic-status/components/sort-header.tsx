import { Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StatusListState, StatusSort } from '../api/types';

type Props = { column: StatusSort; state: StatusListState; onSort: (sort: StatusSort) => void };

/** A column header that sorts on click and says which way it sorts. */
export function SortHeader({ column, state, onSort }: Props) {
  const { t } = useTranslation();
  const label = t(`klicStatus.status.columns.${column}`);
  const sorted = state.sort === column;
  const Icon = !sorted ? IconSelector : state.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={sorted ? (state.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton
        onClick={() => onSort(column)}
        aria-label={t('klicStatus.status.sortBy', { column: label })}
      >
        <Text span size="sm" fw={600}>
          {label}
        </Text>{' '}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}
