import { Anchor, Box, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageToggle } from '@/shared/i18n';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { publicAnnouncementsQuery } from '../api/announcement-queries';
import { announcementPaths } from '../paths';
import { AnnouncementCard } from './announcement-card';
import classes from './public-updates-page.module.css';

type PublicKind = 'maintenance' | 'outage';

const pathOf: Record<PublicKind, string> = {
  maintenance: announcementPaths.publicMaintenance,
  outage: announcementPaths.publicOutage,
};

/** The public pages /updates/onderhoud and /updates/storing: readable without logging in, e.g. during an outage. */
function PublicUpdatesPage({ kind }: { kind: PublicKind }) {
  const { t } = useTranslation();
  const notices = useQuery(publicAnnouncementsQuery(kind));
  const title = t(`announcements.public.${kind}Title`);

  return (
    <Box component="main" className={classes.page} py="lg">
      <DocumentTitle title={title} />
      <Container size="md">
        <Stack gap="lg">
          <Group justify="space-between">
            <Anchor
              component={Link}
              to="/"
              className={classes.brand}
              aria-label={t('announcements.public.toApp')}
            >
              {t('app.name')}
            </Anchor>
            <LanguageToggle />
          </Group>
          <Group component="nav" gap="xs" aria-label={t('announcements.public.pages')}>
            {(['maintenance', 'outage'] as const).map((page) => (
              <Button
                key={page}
                component={Link}
                to={pathOf[page]}
                variant={page === kind ? 'filled' : 'default'}
                aria-current={page === kind ? 'page' : undefined}
              >
                {t(`announcements.public.${page}Title`)}
              </Button>
            ))}
          </Group>
          <div>
            <Title order={1}>{title}</Title>
            <Text c="dimmed" mt={4}>
              {t(`announcements.public.${kind}Intro`)} {t('announcements.public.timeZone')}
            </Text>
          </div>
          {notices.isError && <ErrorAlert error={notices.error} onRetry={() => void notices.refetch()} />}
          {notices.isPending && <PageLoader />}
          {notices.data?.items.length === 0 && (
            <Paper withBorder radius="md" p="xl" data-testid="no-announcements">
              <Text ta="center">{t(`announcements.public.${kind}Empty`)}</Text>
            </Paper>
          )}
          {notices.data?.items.map((announcement) => (
            <AnnouncementCard key={announcement.id} announcement={announcement} />
          ))}
        </Stack>
      </Container>
    </Box>
  );
}

/** `/updates/onderhoud` */
export function PublicMaintenancePage() {
  return <PublicUpdatesPage kind="maintenance" />;
}

/** `/updates/storing` */
export function PublicOutagePage() {
  return <PublicUpdatesPage kind="outage" />;
}
