import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { themeName } from '@/shared/klic-map/feature-attributes';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { contactsQuery } from '../api/klic-melding-api';
import { ContactLinks } from './contact-links';

const roles = ['netinformatie', 'beschadiging', 'eisVoorzorgsmaatregel'] as const;

/** "Klic contacten": each operator of the delivery with its contacts per theme. */
export function ContactsTab({ meldingId }: { meldingId: string }) {
  const { t } = useTranslation();
  const contacts = useQuery(contactsQuery(meldingId));
  if (contacts.isPending) return <PageLoader />;
  if (contacts.isError) return <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />;
  if (contacts.data.length === 0) return <Text c="dimmed">{t('klicMelding.contacts.none')}</Text>;
  return (
    <Stack gap="md">
      {contacts.data.map((operator) => (
        <Paper key={operator.bronhoudercode} withBorder radius="md" p="md" data-testid="operator-contacts">
          <Stack gap="sm">
            <Group gap="sm">
              <Title order={3} size="h4">
                {operator.name ?? operator.bronhoudercode}
              </Title>
              <Text size="sm" c="dimmed">
                {operator.bronhoudercode}
              </Text>
              {operator.ev && <Badge color="orange">{t('klicMelding.contacts.evBadge')}</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {operator.themes.map(themeName).join(', ')}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
              {roles
                .filter((role) => role !== 'eisVoorzorgsmaatregel' || operator.ev)
                .map((role) => (
                  <Stack key={role} gap={4}>
                    <Text size="sm" fw={600}>
                      {t(`klicMelding.contacts.${role}`)}
                    </Text>
                    <ContactLinks contacts={operator[role]} />
                  </Stack>
                ))}
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
