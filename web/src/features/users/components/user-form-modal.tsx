import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { regionsQuery, userQuery } from '../api/users-api';
import { useCreateUser, useUpdateUser } from '../hooks/use-user-mutations';
import { UserForm } from './user-form';
import {
  emptyUserForm,
  formValuesOf,
  newUserBody,
  type UserFormValues,
  userChanges,
} from './user-form-values';

export type UserFormTarget = { kind: 'new' } | { kind: 'edit'; userId: string; name: string };

type Props = { target: UserFormTarget | null; onClose: () => void };

/** The add / edit form in a modal (full screen on a phone); it stays open with all values on an error. */
export function UserFormModal({ target, onClose }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const title =
    target?.kind === 'edit' ? t('users.form.editTitle', { name: target.name }) : t('users.form.addTitle');
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={title}
      size="lg"
      fullScreen={phone}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {target?.kind === 'new' && <NewUserForm onDone={onClose} />}
      {target?.kind === 'edit' && <EditUserForm userId={target.userId} onDone={onClose} />}
    </Modal>
  );
}

function NewUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const regions = useQuery(regionsQuery());
  const create = useCreateUser();
  async function submit(values: UserFormValues) {
    const user = await create.mutateAsync(newUserBody(values));
    notifications.show({
      color: 'veldwerk',
      message:
        values.setupMode === 'invite'
          ? t('users.created.invited', { name: user.name, email: user.email ?? values.email })
          : t('users.created.withPassword', { name: user.name }),
    });
    onDone();
  }
  // An error only replaces the form while there is nothing to show yet: a failed background refresh must
  // not throw away what the user is typing.
  if (!regions.data && regions.isError)
    return <ErrorAlert error={regions.error} onRetry={() => void regions.refetch()} />;
  if (!regions.data) return <PageLoader />;
  return (
    <UserForm initial={emptyUserForm} isNew regions={regions.data} onSubmit={submit} onCancel={onDone} />
  );
}

function EditUserForm({ userId, onDone }: { userId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const regions = useQuery(regionsQuery());
  const user = useQuery({ ...userQuery(userId), staleTime: 0 });
  const update = useUpdateUser(userId);
  if (!user.data && user.isError)
    return (
      <ErrorAlert title={t('users.form.loadFailed')} error={user.error} onRetry={() => void user.refetch()} />
    );
  if (!regions.data && regions.isError)
    return <ErrorAlert error={regions.error} onRetry={() => void regions.refetch()} />;
  if (!user.data || !regions.data) return <PageLoader />;
  const initial = formValuesOf(user.data);
  async function submit(values: UserFormValues) {
    const changes = userChanges(initial, values);
    if (Object.keys(changes).length > 0) {
      const saved = await update.mutateAsync(changes);
      notifications.show({ color: 'veldwerk', message: t('users.updated', { name: saved.name }) });
    }
    onDone();
  }
  return (
    <UserForm initial={initial} isNew={false} regions={regions.data} onSubmit={submit} onCancel={onDone} />
  );
}
