import { Container, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAbility, useSession } from '@/shared/session';
import { DocumentTitle } from '@/shared/ui';
import { FieldAppCard } from './field-app-card';

/** `/`: the start page. Until modules bring work to show, it greets the user and says so. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const fieldWorker = useAbility('field.use');
  return (
    <Container size="md" py="md">
      <DocumentTitle title={t('home.pageTitle')} />
      <Stack gap={4} mb="xl">
        <Title order={1}>{t('home.welcome', { name: session.user.name })}</Title>
        <Text c="dimmed" data-testid="home-organisation">
          {session.organisation.name}
        </Text>
      </Stack>
      {fieldWorker && <FieldAppCard />}
      <Paper withBorder radius="md" p="xl">
        <Stack align="center" gap="xs" ta="center" py="lg">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <IconInbox size={26} stroke={1.6} />
          </ThemeIcon>
          <Title order={2} size="h4">
            {t('home.emptyTitle')}
          </Title>
          <Text c="dimmed" maw={520}>
            {t('home.emptyText')}
          </Text>
        </Stack>
      </Paper>
    </Container>
  );
}
