import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDeviceDesktop, IconDeviceMobile, IconDeviceTablet, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import type { UserSession } from '../api/user-sessions';

type Props = { session: UserSession; onEnd: (session: UserSession) => void };

function DeviceIcon({ platform }: { platform: string | null }) {
  if (platform === 'Android' || platform === 'iPhone') return <IconDeviceMobile size={20} aria-hidden />;
  if (platform === 'iPad') return <IconDeviceTablet size={20} aria-hidden />;
  return <IconDeviceDesktop size={20} aria-hidden />;
}

function Fact({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" title={hint}>
        {value}
      </Text>
    </div>
  );
}

/** One device: what it is, when it was last used, from where; the admin's own session is marked. */
export function UserSessionCard({ session, onEnd }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid="user-session">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap">
            <DeviceIcon platform={session.platform} />
            <Text fw={600} data-testid="user-session-device">
              {session.device}
            </Text>
            {session.current && (
              <Badge variant="light" color="blue.9" tt="none" radius="sm" data-testid="user-session-current">
                {t('users.sessions.current')}
              </Badge>
            )}
          </Group>
          {!session.current && (
            <Button
              size="xs"
              variant="default"
              c="red.9"
              leftSection={<IconLogout size={14} aria-hidden />}
              aria-label={t('users.sessions.endLabel', { device: session.device })}
              onClick={() => onEnd(session)}
              data-testid="user-session-end"
            >
              {t('users.sessions.end')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs">
          <Fact
            label={t('users.sessions.lastActive')}
            value={formatDateTime(session.lastActiveAt)}
            hint={t('users.sessions.lastActiveHint')}
          />
          <Fact label={t('users.sessions.createdAt')} value={formatDateTime(session.createdAt)} />
          <Fact
            label={t('users.sessions.ipAddress')}
            value={session.ipAddress ?? t('users.sessions.unknownIp')}
          />
          <Fact label={t('users.sessions.expiresAt')} value={formatDateTime(session.expiresAt)} />
        </SimpleGrid>
        {session.current && (
          <Text size="xs" c="dimmed">
            {t('users.sessions.currentHint')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
