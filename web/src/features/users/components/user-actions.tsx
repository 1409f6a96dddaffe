import { Button, Group, Paper, Text } from '@mantine/core';
import {
  IconArrowBackUp,
  IconDevices,
  IconHistory,
  IconKey,
  IconMailForward,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../api/types';

export type UserAction =
  | 'edit'
  | 'resendInvitation'
  | 'setPassword'
  | 'sessions'
  | 'remove'
  | 'restore'
  | 'logbook';

type Props = {
  user: UserSummary | null;
  /** Without a logbook drawer in the page, its button is left out. */
  withLogbook: boolean;
  restoring: boolean;
  onAction: (action: UserAction, user: UserSummary) => void;
};

/** What can be done with the selected user; the buttons say why they are disabled by staying visible. */
export function UserActions({ user, withLogbook, restoring, onAction }: Props) {
  const { t } = useTranslation();
  const removed = user?.removedAt != null;
  const act = (action: UserAction) => () => user && onAction(action, user);
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      role="toolbar"
      aria-label={t('users.actions.label')}
      data-testid="user-actions"
    >
      <Text size="sm" c={user ? undefined : 'dimmed'} fw={user ? 500 : undefined} mb="xs" aria-live="polite">
        {user ? t('users.actions.selected', { name: user.name }) : t('users.actions.noneSelected')}
      </Text>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPencil size={14} aria-hidden />}
          disabled={!user || removed}
          onClick={act('edit')}
        >
          {t('users.actions.edit')}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconMailForward size={14} aria-hidden />}
          disabled={!user || removed || !user.email}
          onClick={act('resendInvitation')}
        >
          {t('users.actions.resendInvitation')}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconKey size={14} aria-hidden />}
          disabled={!user || removed}
          onClick={act('setPassword')}
        >
          {t('users.actions.setPassword')}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDevices size={14} aria-hidden />}
          disabled={!user || removed}
          onClick={act('sessions')}
          data-testid="user-sessions-open"
        >
          {t('users.sessions.open')}
        </Button>
        {removed ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArrowBackUp size={14} aria-hidden />}
            loading={restoring}
            onClick={act('restore')}
          >
            {t('users.actions.restore')}
          </Button>
        ) : (
          <Button
            size="xs"
            variant="default"
            color="red.9"
            c={user ? 'red.9' : undefined}
            leftSection={<IconTrash size={14} aria-hidden />}
            disabled={!user}
            onClick={act('remove')}
          >
            {t('users.actions.remove')}
          </Button>
        )}
        {withLogbook && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconHistory size={14} aria-hidden />}
            disabled={!user}
            onClick={act('logbook')}
          >
            {t('users.actions.logbook')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
