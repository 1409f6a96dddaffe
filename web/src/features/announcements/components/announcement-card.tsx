import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import { useLanguage } from '@/shared/i18n';
import type { Announcement, AnnouncementKind } from '../api/types';
import { type AnnouncementState, announcementState } from '../format/announcement-state';
import { formatDuration } from '../format/duration';

const kindColor: Record<AnnouncementKind, string> = {
  maintenance: 'blue',
  outage: 'red',
  update: 'veldwerk',
};
const stateColor: Record<AnnouncementState, string> = {
  planned: 'blue',
  running: 'orange',
  ongoing: 'red',
  ended: 'gray',
  resolved: 'green',
};

type Props = { announcement: Announcement; actions?: ReactNode };

/** One notice: its kind and state, when and how long, why, and the text; times in Amsterdam time. */
export function AnnouncementCard({ announcement, actions }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const state = announcementState(announcement, new Date());
  const duration = (minutes: number) =>
    formatDuration(minutes, language, (part, count) => t(`announcements.duration.${part}`, { count }));
  const outage = announcement.kind === 'outage';

  const details: [string, string][] = [];
  if (announcement.startsAt) {
    details.push([
      t(outage ? 'announcements.detail.since' : 'announcements.detail.startsAt'),
      formatDateTime(announcement.startsAt),
    ]);
  }
  if (announcement.durationMinutes) {
    details.push([t('announcements.detail.duration'), duration(announcement.durationMinutes)]);
  }
  if (announcement.reason) {
    details.push([
      t(outage ? 'announcements.detail.cause' : 'announcements.detail.reason'),
      announcement.reason,
    ]);
  }
  if (announcement.endsAt) {
    details.push([
      t(outage ? 'announcements.detail.resolvedAt' : 'announcements.detail.endsAt'),
      formatDateTime(announcement.endsAt),
    ]);
  }

  return (
    <Paper component="article" withBorder radius="md" p="md" data-testid="announcement">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs">
            <Badge color={kindColor[announcement.kind]} variant="light">
              {t(`announcements.kind.${announcement.kind}`)}
            </Badge>
            {state && (
              <Badge color={stateColor[state]} variant="dot">
                {t(`announcements.state.${state}`)}
              </Badge>
            )}
          </Group>
          {actions}
        </Group>
        <Title order={2} size="h4">
          {announcement.title}
        </Title>
        {details.length > 0 && (
          <Stack component="dl" gap={4} m={0}>
            {details.map(([label, value]) => (
              <Group key={label} gap={6} align="baseline" wrap="nowrap">
                <Text component="dt" size="sm" fw={600}>
                  {label}:
                </Text>
                <Text component="dd" size="sm" m={0}>
                  {value}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
        {announcement.body && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {announcement.body}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('announcements.detail.publishedAt', { date: formatDateTime(announcement.publishedAt) })}
        </Text>
      </Stack>
    </Paper>
  );
}
