import { Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Right } from '@/shared/session';
import type { UserFilters, UserStatus } from '../api/types';
import { regionsQuery } from '../api/users-api';

/** Two filters side by side on a phone, a fixed width on a wide screen. */
const filterStyle = { flex: '1 1 140px', maxWidth: 190 };

type Props = {
  filters: UserFilters;
  onChange: (changes: Partial<UserFilters>) => void;
  onAdd: () => void;
};

/** The search box with "+ Toevoegen" beside it (seed 001), and the filters below. */
export function UsersToolbar({ filters, onChange, onAdd }: Props) {
  const { t } = useTranslation();
  const regions = useQuery(regionsQuery());
  const [search, setSearch] = useState(filters.search);
  const applySearch = useDebouncedCallback((value: string) => onChange({ search: value }), 300);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Group gap="sm" wrap="nowrap" style={{ flex: '1 1 360px' }}>
        <TextInput
          aria-label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            applySearch(event.currentTarget.value);
          }}
          onKeyDown={(event) => event.key === 'Enter' && onChange({ search })}
          style={{ flex: 1 }}
          data-testid="users-search"
        />
        <Button onClick={onAdd} data-testid="users-add">
          {t('users.add')}
        </Button>
      </Group>
      <Group
        gap="sm"
        align="flex-end"
        wrap="wrap"
        role="group"
        aria-label={t('users.filters.label')}
        style={{ flex: '1 1 320px' }}
      >
        <Select
          label={t('users.filters.right')}
          placeholder={t('users.filters.anyRight')}
          data={(['userAdmin', 'workPlanner', 'fieldWorker'] as const).map((right) => ({
            value: right,
            label: t(`users.rightsShort.${right}`),
          }))}
          value={filters.right}
          onChange={(right) => onChange({ right: right as Right | null })}
          clearable
          style={filterStyle}
          size="sm"
          data-testid="users-filter-right"
        />
        <Select
          label={t('users.filters.region')}
          placeholder={t('users.filters.anyRegion')}
          data={(regions.data ?? []).map((region) => ({ value: region.id, label: region.name }))}
          value={filters.regionId}
          onChange={(regionId) => onChange({ regionId })}
          clearable
          style={filterStyle}
          size="sm"
          data-testid="users-filter-region"
        />
        <SegmentedControl
          aria-label={t('users.filters.status')}
          value={filters.status}
          onChange={(status) => onChange({ status: status as UserStatus })}
          data={[
            { value: 'active', label: t('users.filters.active') },
            { value: 'removed', label: t('users.filters.removed') },
            { value: 'all', label: t('users.filters.all') },
          ]}
          size="sm"
          data-testid="users-filter-status"
        />
      </Group>
    </Group>
  );
}
