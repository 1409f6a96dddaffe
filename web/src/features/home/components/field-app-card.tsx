import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDeviceMobile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** For field workers: the way to the field app, a separate app at /veld/ (so a plain link, no router). */
export function FieldAppCard() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" mb="lg">
      <Group justify="space-between" gap="md">
        <Stack gap={4} maw={520}>
          <Title order={2} size="h4">
            {t('home.fieldAppTitle')}
          </Title>
          <Text c="dimmed">{t('home.fieldAppText')}</Text>
        </Stack>
        <Button
          component="a"
          href="/veld/"
          size="lg"
          leftSection={<IconDeviceMobile size={22} aria-hidden />}
          data-testid="home-open-field-app"
        >
          {t('home.openFieldApp')}
        </Button>
      </Group>
    </Paper>
  );
}
