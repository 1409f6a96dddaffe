import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/shared/ui/confirm-dialog';
import { announcementsKey, endAnnouncement, removeAnnouncement } from '../api/announcement-queries';
import type { Announcement } from '../api/types';
import { announcementState } from '../format/announcement-state';

/** End a running maintenance or an outage that is resolved; remove a notice altogether. */
export function AnnouncementAdminActions({ announcement }: { announcement: Announcement }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: announcementsKey });
  const end = useMutation({
    mutationFn: () => endAnnouncement(announcement.id),
    onSuccess: async () => {
      notifications.show({ color: 'veldwerk', message: t('announcements.publish.ended') });
      await refresh();
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  const remove = useMutation({
    mutationFn: () => removeAnnouncement(announcement.id),
    onSuccess: async () => {
      setConfirming(false);
      notifications.show({ color: 'veldwerk', message: t('announcements.publish.removed') });
      await refresh();
    },
  });
  const state = announcementState(announcement, new Date());
  const title = announcement.title;

  return (
    <Group gap="xs" wrap="nowrap">
      {(state === 'running' || state === 'ongoing') && (
        <Button
          size="xs"
          variant="default"
          loading={end.isPending}
          onClick={() => end.mutate()}
          aria-label={t('announcements.publish.endLabel', { title })}
        >
          {t('announcements.publish.end')}
        </Button>
      )}
      <Button
        size="xs"
        variant="default"
        color="red.9"
        onClick={() => setConfirming(true)}
        aria-label={t('announcements.publish.removeLabel', { title })}
      >
        {t('announcements.publish.remove')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('announcements.publish.remove')}
        confirmLabel={t('announcements.publish.remove')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate()}
        onCancel={() => {
          setConfirming(false);
          remove.reset();
        }}
      >
        <Text size="sm">{t('announcements.publish.removeConfirm', { title })}</Text>
      </ConfirmDialog>
    </Group>
  );
}
