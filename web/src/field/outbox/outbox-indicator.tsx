import { ActionIcon, Badge, Notification } from '@mantine/core';
import { IconCheck, IconCloudUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldPaths } from '../app/paths';
import classes from './outbox-indicator.module.css';
import type { OutboxSnapshot } from './outbox-live';
import { useOutbox } from './use-outbox';

const noticeMs = 5000;

/** In the top bar: how many entries wait (also offline), a link to the outbox, and "Opgeslagen; …". */
export function OutboxIndicator() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const count = outbox.entries.length;
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
            color={outbox.entries.some((entry) => entry.stopped) ? 'red.8' : 'yellow.5'}
            c={outbox.entries.some((entry) => entry.stopped) ? 'white' : 'dark.8'}
            className={classes.count}
            data-testid="field-outbox-count"
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
