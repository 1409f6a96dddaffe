import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/shared/format/date-time';
import type { Right } from '@/shared/session';
import type { UserSummary } from '../api/types';

const rightColors: Record<Right, string> = {
  userAdmin: 'grape.9',
  workPlanner: 'blue.9',
  fieldWorker: 'veldwerk.7',
};

/** The rights as small badges, always in the same order and colour. */
export function RightsBadges({ rights }: { rights: Right[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {(['userAdmin', 'workPlanner', 'fieldWorker'] as const)
        .filter((right) => rights.includes(right))
        .map((right) => (
          <Badge key={right} color={rightColors[right]} variant="light" tt="none" radius="sm">
            {t(`users.rightsShort.${right}`)}
          </Badge>
        ))}
    </Group>
  );
}

/** "Bevestigd 07-05-2024" or "Verzonden 07-05-2024 10:32" (seed 002). */
export function InvitationStatus({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  if (user.invitationConfirmedAt) {
    return (
      <Text size="sm">
        {t('users.invitation.confirmed', { date: formatDate(user.invitationConfirmedAt) })}
      </Text>
    );
  }
  if (user.invitationSentAt) {
    return (
      <Text size="sm">{t('users.invitation.sent', { dateTime: formatDateTime(user.invitationSentAt) })}</Text>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      {t('users.invitation.none')}
    </Text>
  );
}
