import { Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/shared/session';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { type UserSession, userSessionsQuery } from '../api/user-sessions';
import { UserSessionCard } from './user-session-card';
import { EndAllSessionsDialog, EndSessionDialog } from './user-sessions-dialogs';

type Person = { id: string; name: string };

/** "Apparaten en sessies": where the user is logged in, and logging them out there. */
export function UserSessionsDrawer({ user, onClose }: { user: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={t('users.sessions.title', { name: user.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      data-testid="user-sessions-drawer"
    >
      <UserSessions user={user} />
    </Drawer>
  );
}

type Dialog = { kind: 'one'; session: UserSession } | { kind: 'all' };

function UserSessions({ user }: { user: Person }) {
  const { t } = useTranslation();
  const self = useSession().user.id === user.id;
  const sessions = useQuery({ ...userSessionsQuery(user.id), staleTime: 0 });
  const [dialog, setDialog] = useState<Dialog | null>(null);

  if (!sessions.data && sessions.isError)
    return <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />;
  if (!sessions.data) return <PageLoader />;
  const { items, total } = sessions.data;
  const endable = items.some((session) => !session.current);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('users.sessions.intro', { name: user.name })}
      </Text>
      {sessions.isError && <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {endable && (
        <Group>
          <Button
            variant="default"
            c="red.9"
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'all' })}
            data-testid="user-sessions-end-all"
          >
            {self ? t('users.sessions.endAllOthers') : t('users.sessions.endAll')}
          </Button>
        </Group>
      )}
      {items.length === 0 && (
        <Text c="dimmed" data-testid="user-sessions-empty">
          {t('users.sessions.empty', { name: user.name })}
        </Text>
      )}
      {total > items.length && (
        <Text size="sm">{t('users.sessions.truncated', { shown: items.length, total })}</Text>
      )}
      {items.map((session) => (
        <UserSessionCard
          key={session.id}
          session={session}
          onEnd={(ended) => setDialog({ kind: 'one', session: ended })}
        />
      ))}
      {dialog?.kind === 'one' && (
        <EndSessionDialog user={user} session={dialog.session} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'all' && (
        <EndAllSessionsDialog user={user} self={self} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
