import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageToggle } from '@/shared/i18n';
import { DocumentTitle } from '@/shared/ui';
import { sessionQueryOptions } from '../api/session';
import { redirectTargetFrom } from '../paths';
import { LoginForm } from './login-form';
import classes from './login-page.module.css';

/** `/inloggen`: after logging in the user goes back to the page they came from. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const target = redirectTargetFrom(search);
  const session = useQuery(sessionQueryOptions);

  if (session.data) return <Navigate to={target} replace />;

  return (
    <Center component="main" className={classes.page}>
      <DocumentTitle title={t('auth.login.pageTitle')} />
      <Stack w="100%" maw={420} gap="lg">
        <Group justify="center" gap="xs">
          <Box className={classes.mark} aria-hidden />
          <Text className={classes.brand}>{t('app.name')}</Text>
        </Group>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', xs: 'xl' }}>
          <Stack gap="lg">
            <div>
              <Title order={1} size="h2">
                {t('auth.login.pageTitle')}
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                {t('auth.login.intro')}
              </Text>
            </div>
            <LoginForm onSignedIn={() => navigate(target, { replace: true })} />
          </Stack>
        </Paper>
        <Group justify="center">
          <LanguageToggle />
        </Group>
      </Stack>
    </Center>
  );
}
