import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../i18n';
import { DocumentTitle } from './document-title';
import classes from './public-page.module.css';

type Props = { title: string; intro?: ReactNode; children: ReactNode; testId?: string };

/** A page outside the login (invitation, forgotten password): the brand, one card, the language switch. */
export function PublicPage({ title, intro, children, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Center component="main" className={classes.page} data-testid={testId}>
      <DocumentTitle title={title} />
      <Stack w="100%" maw={460} gap="lg">
        <Group justify="center" gap="xs">
          <Box className={classes.mark} aria-hidden />
          <Text className={classes.brand}>{t('app.name')}</Text>
        </Group>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', xs: 'xl' }}>
          <Stack gap="lg">
            <div>
              <Title order={1} size="h2">
                {title}
              </Title>
              {intro && (
                <Text c="dimmed" size="sm" mt={4}>
                  {intro}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
        <Group justify="center">
          <LanguageToggle />
        </Group>
      </Stack>
    </Center>
  );
}
