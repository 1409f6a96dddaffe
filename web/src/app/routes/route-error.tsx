import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown when a page crashes while rendering: say so and offer a reload instead of a blank screen. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" role="alert">
      <Stack gap="sm" align="flex-start">
        <Title order={1}>{t('errors.crashTitle')}</Title>
        <Text>{t('errors.crashText')}</Text>
        <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
      </Stack>
    </Container>
  );
}
