import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { announcementsKey, publishAnnouncement } from '../api/announcement-queries';
import { type AnnouncementKind, announcementKinds } from '../api/types';
import { type AnnouncementForm, emptyForm, toNewAnnouncement } from '../format/announcement-form';

const knownFieldErrors = ['required', 'not_allowed', 'before_start', 'too_big', 'too_small'] as const;

/** A new maintenance notice, outage or update, with the fields that kind needs. */
export function PublishAnnouncementForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<AnnouncementForm>(() => emptyForm('maintenance', new Date()));
  const publish = useMutation({
    mutationFn: () => publishAnnouncement(toNewAnnouncement(form)),
    onSuccess: async () => {
      notifications.show({ color: 'veldwerk', message: t('announcements.publish.published') });
      setForm(emptyForm(form.kind, new Date()));
      await queryClient.invalidateQueries({ queryKey: announcementsKey });
    },
  });
  const fields = isApiError(publish.error) ? (publish.error.fields ?? {}) : {};
  const errorOf = (name: keyof AnnouncementForm) => {
    const code = fields[name];
    if (!code) return undefined;
    const known = knownFieldErrors.find((candidate) => candidate === code) ?? 'invalid';
    return t(`announcements.publish.fieldErrors.${known}`);
  };
  const set = <K extends keyof AnnouncementForm>(name: K, value: AnnouncementForm[K]) =>
    setForm((current) => ({ ...current, [name]: value }));
  const { kind } = form;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="new-announcement">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          publish.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="new-announcement">
            {t('announcements.publish.newTitle')}
          </Title>
          <SegmentedControl
            aria-label={t('announcements.publish.kind')}
            value={kind}
            onChange={(value) => setForm(emptyForm(value as AnnouncementKind, new Date()))}
            data={announcementKinds.map((value) => ({ value, label: t(`announcements.kind.${value}`) }))}
          />
          <TextInput
            label={t('announcements.publish.titleLabel')}
            required
            maxLength={120}
            value={form.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errorOf('title')}
          />
          {kind !== 'update' && (
            <TextInput
              type="datetime-local"
              label={t(
                kind === 'outage'
                  ? 'announcements.publish.startsAtOutage'
                  : 'announcements.publish.startsAtMaintenance',
              )}
              description={t('announcements.publish.dutchTime')}
              required
              value={form.startsAt}
              onChange={(event) => set('startsAt', event.currentTarget.value)}
              error={errorOf('startsAt')}
            />
          )}
          {kind === 'maintenance' && (
            <NumberInput
              label={t('announcements.publish.duration')}
              description={t('announcements.publish.durationHint')}
              required
              min={1}
              max={10_080}
              allowDecimal={false}
              value={form.durationMinutes}
              onChange={(value) => set('durationMinutes', typeof value === 'number' ? value : '')}
              error={errorOf('durationMinutes')}
            />
          )}
          {kind !== 'update' && (
            <TextInput
              label={t(
                kind === 'outage'
                  ? 'announcements.publish.reasonOutage'
                  : 'announcements.publish.reasonMaintenance',
              )}
              required={kind === 'maintenance'}
              maxLength={500}
              value={form.reason}
              onChange={(event) => set('reason', event.currentTarget.value)}
              error={errorOf('reason')}
            />
          )}
          <Textarea
            label={t(kind === 'update' ? 'announcements.publish.releaseNotes' : 'announcements.publish.body')}
            required={kind === 'update'}
            autosize
            minRows={kind === 'update' ? 6 : 3}
            maxLength={10_000}
            value={form.body}
            onChange={(event) => set('body', event.currentTarget.value)}
            error={errorOf('body')}
          />
          {publish.isError && (
            <Alert color="red" variant="light" role="alert" title={t('announcements.publish.failed')}>
              {publish.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={publish.isPending}>
              {t('announcements.publish.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
