import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { activeUsersQuery, type Region, type RegionUser, regionUsersQuery } from '../api/regions-api';
import { useSetRegionUsers } from '../hooks/use-region-mutations';
import { UserTransferList } from './user-transfer-list';

type Props = { region: Region; onClose: () => void };

/** "Beheren toegewezen gebruikers" (seed 001): move users between available and assigned, then save. */
export function RegionUsersModal({ region, onClose }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const assigned = useQuery({ ...regionUsersQuery(region.id), staleTime: 0 });
  const everyone = useQuery({ ...activeUsersQuery(), staleTime: 0 });
  const failed = assigned.error ?? everyone.error;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('regions.assign.title', { name: region.name })}
      size="xl"
      fullScreen={phone}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {failed ? (
        <ErrorAlert
          error={failed}
          onRetry={() => void Promise.all([assigned.refetch(), everyone.refetch()])}
        />
      ) : assigned.data && everyone.data ? (
        <Assignment
          region={region}
          initial={assigned.data.items}
          everyone={everyone.data}
          onClose={onClose}
        />
      ) : (
        <PageLoader />
      )}
    </Modal>
  );
}

function Assignment({
  region,
  initial,
  everyone,
  onClose,
}: {
  region: Region;
  initial: RegionUser[];
  everyone: RegionUser[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [assigned, setAssigned] = useState(() =>
    [...initial].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  );
  const [search, setSearch] = useState('');
  const save = useSetRegionUsers(region.id);
  const assignedIds = new Set(assigned.map((user) => user.id));
  const matches = (user: RegionUser) =>
    `${user.name} ${user.username}`.toLowerCase().includes(search.trim().toLowerCase());
  const byName = (a: RegionUser, b: RegionUser) => a.name.localeCompare(b.name, 'nl');
  const available = everyone.filter((user) => !assignedIds.has(user.id) && matches(user)).sort(byName);
  const shownAssigned = assigned.filter(matches);

  const saveError =
    isApiError(save.error) && save.error.fields?.userIds
      ? new Error(t('regions.assign.unknownUser'))
      : save.error;
  return (
    <Stack gap="md">
      <Text size="sm">{t('regions.assign.intro')}</Text>
      <TextInput
        aria-label={t('regions.assign.search')}
        placeholder={t('regions.assign.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-autofocus
        data-testid="region-users-search"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <UserTransferList
          title={t('regions.assign.available', { count: available.length })}
          users={available}
          empty={t('regions.assign.noneAvailable')}
          actionLabel={t('regions.assign.add')}
          actionAriaLabel={(user) => t('regions.assign.addUser', { name: user.name })}
          onAction={(user) => setAssigned((current) => [...current, user].sort(byName))}
          testId="region-users-available"
        />
        <UserTransferList
          title={t('regions.assign.assigned', { name: region.name, count: shownAssigned.length })}
          users={shownAssigned}
          empty={t('regions.assign.noneAssigned')}
          actionLabel={t('regions.assign.remove')}
          actionAriaLabel={(user) => t('regions.assign.removeUser', { name: user.name })}
          onAction={(user) => setAssigned((current) => current.filter((other) => other.id !== user.id))}
          testId="region-users-assigned"
        />
      </SimpleGrid>
      {saveError && <ErrorAlert error={saveError} />}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('regions.assign.cancel')}
        </Button>
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              assigned.map((user) => user.id),
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'veldwerk',
                    message: t('regions.assign.saved', { name: region.name }),
                  });
                  onClose();
                },
              },
            )
          }
          data-testid="region-users-save"
        >
          {t('regions.assign.save')}
        </Button>
      </Group>
    </Stack>
  );
}
