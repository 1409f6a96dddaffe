import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { useOpenLogbook } from '@/shared/ui/logbook-opener';
import { Pager } from '@/shared/ui/pager';
import type { UserSummary } from '../api/types';
import { usersPageQuery, usersPageSize } from '../api/users-api';
import { useUserFilters } from '../hooks/use-user-filters';
import { useRestoreUser } from '../hooks/use-user-mutations';
import { SetPasswordModal } from './set-password-modal';
import { type UserAction, UserActions } from './user-actions';
import { RemoveUserDialog, ResendInvitationDialog } from './user-dialogs';
import { UserFormModal, type UserFormTarget } from './user-form-modal';
import { UserSessionsDrawer } from './user-sessions-drawer';
import { UsersTable } from './users-table';
import { UsersToolbar } from './users-toolbar';

type Dialog = { kind: 'setPassword' | 'sessions' | 'remove' | 'resendInvitation'; user: UserSummary };

/** `/mijn-bedrijf/gebruikers`: search, filter, and manage the organisation's users. */
export function UsersPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUserFilters();
  const users = useQuery(usersPageQuery(filters));
  const openLogbook = useOpenLogbook();
  const restore = useRestoreUser();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<UserFormTarget | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const items = users.data?.items ?? [];
  const selected = items.find((user) => user.id === selectedId) ?? null;
  const filtered = filters.search !== '' || filters.right !== null || filters.regionId !== null;

  function act(action: UserAction, user: UserSummary) {
    switch (action) {
      case 'edit':
        return setForm({ kind: 'edit', userId: user.id, name: user.name });
      case 'logbook':
        return openLogbook?.({ entityType: 'user', entityId: user.id, label: user.name });
      case 'restore':
        return restore.mutate(user.id, {
          onSuccess: () =>
            notifications.show({ color: 'veldwerk', message: t('users.restored', { name: user.name }) }),
          onError: (error) => notifications.show({ color: 'red', message: error.message }),
        });
      default:
        return setDialog({ kind: action, user });
    }
  }

  return (
    <Container size="xl" py="md">
      <DocumentTitle title={t('users.title')} />
      <Stack gap="md">
        <div>
          <Title order={1}>{t('users.title')}</Title>
          <Text c="dimmed" mt={4} maw={760}>
            {t('users.intro')}
          </Text>
        </div>
        <UsersToolbar filters={filters} onChange={setFilters} onAdd={() => setForm({ kind: 'new' })} />
        <UserActions
          user={selected}
          withLogbook={openLogbook !== null}
          restoring={restore.isPending}
          onAction={act}
        />
        {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
        {users.isPending && <PageLoader />}
        {users.data && (
          <Paper withBorder radius="md" style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }}>
            {items.length === 0 ? (
              <Text p="xl" ta="center" c="dimmed" data-testid="users-empty">
                {filtered ? t('users.emptyFiltered') : t('users.empty')}
              </Text>
            ) : (
              <UsersTable
                items={items}
                selectedId={selectedId}
                onSelect={setSelectedId}
                onEdit={(user) => act('edit', user)}
              />
            )}
          </Paper>
        )}
        {users.data && (
          <Pager
            page={filters.page}
            pageSize={usersPageSize}
            total={users.data.total}
            rangeLabel={(range) => t('users.range', range)}
            navLabel={t('users.pagination')}
            onChange={(page) => setFilters({ page })}
          />
        )}
      </Stack>
      <UserFormModal target={form} onClose={() => setForm(null)} />
      {dialog?.kind === 'setPassword' && (
        <SetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'sessions' && (
        <UserSessionsDrawer user={dialog.user} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'remove' && <RemoveUserDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'resendInvitation' && (
        <ResendInvitationDialog user={dialog.user} onClose={() => setDialog(null)} />
      )}
    </Container>
  );
}
