import { ActionIcon, Badge, Box, Container, Group, Menu, Text, Title } from '@mantine/core';
import { IconMenu2, IconWifiOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { languages, useLanguage } from '@/shared/i18n';
import { useSession } from '@/shared/session';
import { OutboxIndicator } from '../outbox';
import { fieldSessionQuery } from '../session/field-session';
import classes from './field-shell.module.css';
import { LogoutDialog } from './logout-dialog';
import { fieldPaths } from './paths';
import { useOnline } from './use-online';

/** The field app's frame: a compact top bar (name, connection, menu) above the page. */
export function FieldShell() {
  const { t } = useTranslation();
  const online = useOnline();
  const session = useSession();
  const { language, setLanguage } = useLanguage();
  // The same query as RequireFieldSession's: whether the server has confirmed the session yet.
  const lastKnownSession = useQuery(fieldSessionQuery).data?.offline === true;
  const [loggingOut, setLoggingOut] = useState(false);
  return (
    <Box className={classes.shell}>
      <header className={classes.header}>
        <Group justify="space-between" wrap="nowrap" px="sm" h="100%">
          <Title order={1} size="h4" className={classes.title} lineClamp={1}>
            <Link to={fieldPaths.list} className={classes.home}>
              {t('field.appName')}
            </Link>
          </Title>
          <Group gap="xs" wrap="nowrap">
            {!online && (
              <Badge
                color="yellow"
                variant="filled"
                leftSection={<IconWifiOff size={14} aria-hidden />}
                aria-label={t('field.offline')}
                data-testid="field-offline"
              >
                <span className={classes.offlineLabel}>{t('field.offline')}</span>
              </Badge>
            )}
            <OutboxIndicator />
            <Menu position="bottom-end" withinPortal classNames={{ item: classes.menuItem }}>
              <Menu.Target>
                <ActionIcon variant="subtle" color="white" size="xl" aria-label={t('field.menu')}>
                  <IconMenu2 aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{session.user.name}</Menu.Label>
                {lastKnownSession && (
                  <Text size="xs" c="dimmed" px="sm" pb={4} maw={260} data-testid="field-last-known-session">
                    {t('field.lastKnownSession')}
                  </Text>
                )}
                {languages.map((value) => (
                  <Menu.Item key={value} onClick={() => setLanguage(value)} disabled={value === language}>
                    {t(`language.${value}`)}
                  </Menu.Item>
                ))}
                <Menu.Divider />
                <Menu.Item component="a" href="/">
                  {t('field.officeApp')}
                </Menu.Item>
                <Menu.Item color="red" onClick={() => setLoggingOut(true)} data-testid="field-logout">
                  {t('field.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </header>
      <LogoutDialog opened={loggingOut} onClose={() => setLoggingOut(false)} />
      {!online && (
        <Text size="sm" className={classes.offlineHint}>
          {t('field.offlineHint')}
        </Text>
      )}
      <Container component="main" size="sm" px="sm" py="sm" className={classes.main}>
        <Outlet />
      </Container>
    </Box>
  );
}
