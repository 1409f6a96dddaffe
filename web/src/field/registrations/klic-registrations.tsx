import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import { useSession } from '@/shared/session';
import { type OutboxEntry, savedByOther, useOutbox } from '../outbox';
import { type ArrivedRegistration, ownRegistrationsQuery } from './own-registrations-api';

/**
 * The worker's registrations at one KLIC: what still waits in the outbox, then what arrived, newest
 * first. A registration whose photos still wait counts as waiting. What another worker saved on this
 * device is shown with their name: it waits until they log in.
 */
export function KlicRegistrations({ klicId }: { klicId: string }) {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const queryClient = useQueryClient();
  const query = useQuery(ownRegistrationsQuery);
  useEffect(() => {
    if (outbox.delivered > 0)
      void queryClient.invalidateQueries({ queryKey: ownRegistrationsQuery.queryKey });
  }, [outbox.delivered, queryClient]);

  const waiting = outbox.entries.filter((entry) => entry.klicId === klicId).reverse();
  const waitingKeys = new Set(waiting.map((entry) => entry.id));
  const arrived = (query.data ?? [])
    .filter(
      (registration) => registration.meldingId === klicId && !waitingKeys.has(registration.idempotencyKey),
    )
    .reverse();

  return (
    <Stack gap="xs" data-testid="field-registrations">
      <Title order={3} size="h4">
        {t('field.registration.list.title')}
      </Title>
      {waiting.map((entry) => (
        <WaitingItem key={entry.id} entry={entry} />
      ))}
      {arrived.map((registration) => (
        <ArrivedItem key={registration.id} registration={registration} />
      ))}
      {query.isError && (
        <Text size="sm" c="dimmed">
          {t('field.registration.list.loadFailed')}
        </Text>
      )}
      {waiting.length === 0 && arrived.length === 0 && !query.isPending && (
        <Alert color="gray">{t('field.registration.list.empty')}</Alert>
      )}
    </Stack>
  );
}

type ItemProps = {
  state: 'waiting' | 'arrived';
  title: string;
  time: string;
  photos: number | null;
  /** Saved by another worker: their name. */
  otherUser?: string | undefined;
};

function Item(props: ItemProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="field-registration-item" data-state={props.state}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>{props.title}</Text>
          <Text size="sm" c="dimmed">
            {formatDateTime(props.time)}
            {props.photos !== null && ` · ${t('field.registration.photos.count', { count: props.photos })}`}
          </Text>
          {props.otherUser !== undefined && (
            <Text size="sm" fw={600} c="orange.9" data-testid="field-registration-other-user">
              {t('field.registration.outbox.otherUser', { name: props.otherUser })}
            </Text>
          )}
        </Stack>
        <Badge
          color={props.state === 'waiting' ? 'yellow' : 'veldwerk'}
          variant="light"
          style={{ flex: 'none' }}
        >
          {t(
            props.state === 'waiting' ? 'field.registration.list.waiting' : 'field.registration.list.arrived',
          )}
        </Badge>
      </Group>
    </Card>
  );
}

function WaitingItem({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const session = useSession();
  const otherUser = savedByOther(entry, session.user.id) ? (entry.userName ?? '') : undefined;
  if (entry.kind === 'abort') {
    return (
      <Item
        state="waiting"
        title={`${t(`field.registration.outbox.kindAbort.${entry.body.kind}`)}: ${entry.reasonText}`}
        time={entry.body.recordedAt}
        photos={null}
        otherUser={otherUser}
      />
    );
  }
  return (
    <Item
      state="waiting"
      title={t(`field.registration.kinds.${entry.body.kind}`)}
      time={entry.body.recordedAt}
      photos={entry.photos.length}
      otherUser={otherUser}
    />
  );
}

function ArrivedItem({ registration }: { registration: ArrivedRegistration }) {
  const { t } = useTranslation();
  return (
    <Item
      state="arrived"
      title={t(`field.registration.kinds.${registration.kind}`)}
      time={registration.recordedAt}
      photos={registration.photoCount}
    />
  );
}
