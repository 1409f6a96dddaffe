import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '@/shared/format/date-time';
import { useSession } from '@/shared/session';
import { DocumentTitle } from '@/shared/ui';
import { OutboxItem } from './outbox-item';
import { sendOutboxNow } from './outbox-live';
import { sendableEntries } from './outbox-types';
import { useOutbox } from './use-outbox';

const loginUrl = `/inloggen?${new URLSearchParams({ naar: '/veld/wachtrij' })}`;

/** `/veld/wachtrij`: what the worker saved that has not arrived yet, oldest first. */
export function OutboxPage() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const session = useSession();
  const { status, entries } = outbox;
  const sendable = sendableEntries(entries, session.user.id).length > 0;
  return (
    <Stack gap="sm" data-testid="field-outbox-page">
      <DocumentTitle title={t('field.registration.outbox.documentTitle')} />
      <Title order={2} size="h3">
        {t('field.registration.outbox.title')}
      </Title>
      <Text size="sm">{t('field.registration.outbox.intro')}</Text>
      {outbox.unavailable && <Alert color="red">{t('field.registration.outbox.unavailable')}</Alert>}
      {status.sessionEnded && (
        <Alert color="yellow" data-testid="field-outbox-session-ended">
          <Stack gap="xs">
            <Text size="sm">{t('field.registration.outbox.sessionEnded')}</Text>
            <Button component="a" href={loginUrl} size="lg" data-testid="field-outbox-login">
              {t('field.login')}
            </Button>
          </Stack>
        </Alert>
      )}
      {!status.sending && !status.sessionEnded && status.retryAt !== null && sendable && (
        <Text size="sm" c="orange.9">
          {t('field.registration.outbox.retryAt', { time: formatTime(status.retryAt) })}
        </Text>
      )}
      {entries.length > 0 && (
        <Group>
          <Button
            size="lg"
            leftSection={<IconSend size={20} aria-hidden />}
            loading={status.sending}
            disabled={!sendable}
            onClick={sendOutboxNow}
            data-testid="field-outbox-send"
          >
            {t('field.registration.outbox.sendNow')}
          </Button>
        </Group>
      )}
      {outbox.loaded && entries.length === 0 && !outbox.unavailable && (
        <Alert color="veldwerk" data-testid="field-outbox-empty">
          {t('field.registration.outbox.empty')}
        </Alert>
      )}
      {entries.map((entry) => (
        <OutboxItem key={entry.id} entry={entry} />
      ))}
    </Stack>
  );
}
