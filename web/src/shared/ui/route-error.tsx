import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

const reloadedKey = 'veldwerk.reloadedForNewRelease';

/**
 * A part of the app that could not be loaded: after a new release the old page asks for files that are no
 * longer there (browsers word this differently, hence the loose match).
 */
function isMissingChunk(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|module script failed|importing a module script|Loading chunk/i.test(
    message,
  );
}

/**
 * Shown when a page crashes while rendering: say so and offer a reload instead of a blank screen. A part of
 * a replaced release reloads the page once by itself (then the new release's files are used).
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const reloadOnce = isMissingChunk(error) && sessionStorage.getItem(reloadedKey) === null;
  useEffect(() => {
    if (!reloadOnce) return;
    sessionStorage.setItem(reloadedKey, String(Date.now()));
    window.location.reload();
  }, [reloadOnce]);
  return (
    <Container size="sm" py="xl" role="alert" data-testid="route-error">
      <Stack gap="sm" align="flex-start">
        <Title order={1}>{t('errors.crashTitle')}</Title>
        <Text>{t('errors.crashText')}</Text>
        <Button size="lg" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      </Stack>
    </Container>
  );
}
