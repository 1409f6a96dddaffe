import { Alert, Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime } from '@/shared/format/date-time';
import { useSession } from '@/shared/session';
import { daysNearMaxAge, maxAgeDays } from './entry-age';
import { removeFromOutbox, retryOutboxEntry } from './outbox-live';
import { type OutboxEntry, type OutboxError, savedByOther } from './outbox-types';

/**
 * One waiting entry: what, which KLIC, when, how far it got, and what went wrong last. Another
 * worker's entry is only shown: it waits until they log in on this device.
 */
export function OutboxItem({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const session = useSession();
  const [confirming, setConfirming] = useState(false);
  const other = savedByOther(entry, session.user.id);
  const days = daysNearMaxAge(entry, new Date());
  const title =
    entry.kind === 'registration'
      ? t(`field.registration.kinds.${entry.body.kind}`)
      : `${t(`field.registration.outbox.kindAbort.${entry.body.kind}`)}: ${entry.reasonText}`;
  const photosSent = entry.kind === 'registration' ? entry.photos.filter((photo) => photo.sent).length : 0;
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="field-outbox-item"
      data-stopped={entry.stopped}
      data-other-user={other}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Text fw={700}>{title}</Text>
            <Text size="sm">{t('field.registration.outbox.klic', { meldnummer: entry.meldnummer })}</Text>
            <Text size="sm" c="dimmed">
              {t('field.registration.outbox.savedAt', { time: formatDateTime(entry.createdAt) })}
            </Text>
          </Stack>
          {entry.kind === 'registration' && entry.photos.length > 0 && (
            <Badge variant="light" color="gray" style={{ flex: 'none' }} data-testid="field-outbox-photos">
              {t('field.registration.outbox.photos', { sent: photosSent, total: entry.photos.length })}
            </Badge>
          )}
        </Group>
        {entry.kind === 'registration' && entry.registrationId !== null && (
          <Text size="sm">{t('field.registration.outbox.registrationArrived')}</Text>
        )}
        {other && (
          <Text size="sm" fw={600} c="orange.9" data-testid="field-outbox-other-user">
            {t('field.registration.outbox.otherUser', { name: entry.userName ?? '' })}
          </Text>
        )}
        {days !== null && (
          <Text size="sm" c="orange.9" data-testid="field-outbox-old">
            {t('field.registration.outbox.old', { days, max: maxAgeDays })}
          </Text>
        )}
        {entry.lastError && <ErrorLine error={entry.lastError} stopped={entry.stopped} />}
        {!other && (
          <Group gap="xs">
            {entry.stopped && (
              <Button
                size="lg"
                variant="light"
                onClick={() => void retryOutboxEntry(entry.id)}
                data-testid="field-outbox-retry"
              >
                {t('field.registration.outbox.retry')}
              </Button>
            )}
            <Button
              size="lg"
              variant="subtle"
              color="red.8"
              onClick={() => setConfirming(true)}
              data-testid="field-outbox-delete"
            >
              {t('field.registration.outbox.delete')}
            </Button>
          </Group>
        )}
      </Stack>
      <DeleteDialog entry={entry} opened={confirming} onClose={() => setConfirming(false)} />
    </Card>
  );
}

function ErrorLine({ error, stopped }: { error: OutboxError; stopped: boolean }) {
  const { t } = useTranslation();
  const message =
    error.status === 0
      ? t('field.registration.outbox.networkError')
      : (error.message ?? t('field.registration.outbox.serverError', { status: error.status }));
  if (!stopped) {
    return (
      <Text size="sm" c="orange.9">
        {t('field.registration.outbox.lastError', { time: formatTime(error.at), message })}
      </Text>
    );
  }
  return (
    <Alert color="red" data-testid="field-outbox-refused">
      <Stack gap={4}>
        <Text size="sm">{t('field.registration.outbox.stopped', { message })}</Text>
        {error.status === 409 && <Text size="sm">{t('field.registration.outbox.conflict')}</Text>}
      </Stack>
    </Alert>
  );
}

function DeleteDialog({
  entry,
  opened,
  onClose,
}: {
  entry: OutboxEntry;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const partly = entry.kind === 'registration' && entry.registrationId !== null;
  const remove = () =>
    removeFromOutbox(entry.id).then(onClose, () => {
      setFailed(true);
    });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('field.registration.outbox.deleteTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">
          {partly ? t('field.registration.outbox.deletePartly') : t('field.registration.outbox.deleteText')}
        </Text>
        {failed && <Alert color="red">{t('field.registration.outbox.deleteFailed')}</Alert>}
        <Group justify="flex-end" gap="sm">
          <Button size="lg" variant="default" onClick={onClose}>
            {t('field.registration.outbox.cancel')}
          </Button>
          <Button
            size="lg"
            color="red.9"
            onClick={() => void remove()}
            data-testid="field-outbox-confirm-delete"
            data-autofocus
          >
            {t('field.registration.outbox.deleteConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
