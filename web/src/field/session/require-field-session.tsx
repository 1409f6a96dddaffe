import { Alert, Button, Center, Container, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionContext } from '@/shared/session';
import { ErrorAlert } from '@/shared/ui';
import { useOutboxUser } from '../outbox';
import { fieldLoginUrl, fieldSessionQuery } from './field-session';

/** The field app's pages need a logged-in field worker; offline, the last known session serves. */
export function RequireFieldSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const query = useQuery(fieldSessionQuery);
  useOutboxUser(query.data?.session.user.id ?? null);
  const mustChangePassword = query.data?.session.mustChangePassword === true;
  useEffect(() => {
    // A password chosen by the admin must be replaced first; the office app asks for it.
    if (mustChangePassword) window.location.replace('/');
  }, [mustChangePassword]);
  if (query.isPending || mustChangePassword) {
    return (
      <Center h="60vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (query.isError && query.data === undefined) {
    return (
      <Container size="xs" py="xl">
        <ErrorAlert
          title={t('errors.sessionTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </Container>
    );
  }
  if (!query.data) {
    return (
      <Container size="xs" py="xl">
        <Stack>
          <Alert color="yellow" title={t('field.sessionEndedTitle')}>
            <Text size="sm">{t('field.sessionEndedText')}</Text>
          </Alert>
          <Button component="a" href={fieldLoginUrl()} size="lg" data-testid="field-login">
            {t('field.login')}
          </Button>
        </Stack>
      </Container>
    );
  }
  const { session } = query.data;
  if (!session.rights.includes('fieldWorker')) {
    return (
      <Container size="xs" py="xl">
        <Alert color="yellow" title={t('field.noAccessTitle')} data-testid="field-no-access">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('field.noAccessText')}</Text>
            <Button component="a" href="/" size="lg" variant="light">
              {t('field.officeApp')}
            </Button>
          </Stack>
        </Alert>
      </Container>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
