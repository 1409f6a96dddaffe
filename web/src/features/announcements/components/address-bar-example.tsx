import { Group, Paper, Text } from '@mantine/core';
import { IconBell, IconLock, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './address-bar-example.module.css';

/** A drawn address bar with the lock and its menu: no screenshot, so nothing is loaded from elsewhere. */
export function AddressBarExample() {
  const { t } = useTranslation();
  return (
    <figure aria-label={t('announcements.blocked.example')} style={{ margin: 0 }}>
      <div className={classes.bar}>
        <span className={classes.lock}>
          <IconLock size={16} aria-hidden />
        </span>
        <Text size="sm" c="dimmed" truncate>
          {window.location.host}
        </Text>
      </div>
      <Paper withBorder shadow="sm" p="xs" className={classes.menu}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap">
            <IconBell size={16} aria-hidden />
            <Text size="sm">{t('announcements.blocked.notifications')}</Text>
          </Group>
          <Group gap={2} wrap="nowrap">
            <Text size="sm" fw={600}>
              {t('announcements.blocked.allow')}
            </Text>
            <IconSelector size={14} aria-hidden />
          </Group>
        </Group>
      </Paper>
      <Text component="figcaption" size="xs" c="dimmed" mt={6}>
        {t('announcements.blocked.example')}
      </Text>
    </figure>
  );
}
