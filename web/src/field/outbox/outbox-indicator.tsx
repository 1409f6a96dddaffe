import { ActionIcon, Badge, Notification } from '@mantine/core';
import { IconCheck, IconCloudUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldPaths } from '../app/paths';
import { fieldSessionKey } from '../session/field-session';
import classes from './outbox-indicator.module.css';
import type { OutboxSnapshot } from './outbox-live';
import { useOutbox } from './use-outbox';

const noticeMs = 5000;

/**
 * In the top bar: how many entries wait (also offline), a link to the outbox, and "Opgeslagen; …". Red
 * when the server refused an entry or the session ended.
 */
export function OutboxIndicator() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const count = outbox.entries.length;
  const sessionEnded = outbox.status.sessionEnded;
  const alarming = sessionEnded || outbox.entries.some((entry) => entry.stopped);
  const queryClient = useQueryClient();
  // The sender met a 401 (or another worker's session): the session is asked again, which shows the login.
  useEffect(() => {
    if (sessionEnded) void queryClient.invalidateQueries({ queryKey: fieldSessionKey });
  }, [sessionEnded, queryClient]);
  return (
    <>
      <ActionIcon
        component={Link}
        to={fieldPaths.outbox}
        variant="subtle"
        color="white"
        size="xl"
        className={classes.link}
        aria-label={t('field.registration.outbox.badge', { count })}
        data-testid="field-outbox-link"
      >
        <IconCloudUpload aria-hidden />
        {count > 0 && (
          <Badge
            size="sm"
            circle
            variant="filled"
            color={alarming ? 'red.8' : 'yellow.5'}
            c={alarming ? 'white' : 'dark.8'}
            className={classes.count}
            data-testid="field-outbox-count"
            data-alarm={alarming}
          >
            {count}
          </Badge>
        )}
      </ActionIcon>
      <SavedNotice outbox={outbox} />
    </>
  );
}

/** Shown for a few seconds after a form put something in the outbox. */
function SavedNotice({ outbox }: { outbox: OutboxSnapshot }) {
  const { t } = useTranslation();
  const lastAdded = outbox.lastAdded;
  const [hidden, setHidden] = useState<string | null>(null);
  useEffect(() => {
    if (!lastAdded) return;
    const timer = window.setTimeout(() => setHidden(lastAdded.id), noticeMs);
    return () => window.clearTimeout(timer);
  }, [lastAdded]);
  if (!lastAdded || hidden === lastAdded.id) return null;
  const waiting = outbox.entries.some((entry) => entry.id === lastAdded.id);
  const text = !waiting
    ? t('field.registration.saved.sent')
    : t(lastAdded.online ? 'field.registration.saved.online' : 'field.registration.saved.offline');
  return (
    <Notification
      className={classes.notice}
      icon={<IconCheck size={18} aria-hidden />}
      color="veldwerk"
      withBorder
      onClose={() => setHidden(lastAdded.id)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      role="status"
      data-testid="field-saved-notice"
    >
      {text}
    </Notification>
  );
}
