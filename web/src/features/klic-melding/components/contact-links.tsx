import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconMail, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../api/types';

/** A phone number as a tel: link: only digits and a leading + stay. */
const telHref = (phone: string) => `tel:${phone.replace(/(?!^\+)[^\d]/g, '')}`;

/** Contacts with one click to call or mail. */
export function ContactLinks({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('klicMelding.contacts.noContact')}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {contacts.map((contact) => {
        const name = contact.naam ?? '';
        return (
          <Group key={`${contact.naam}|${contact.telefoon}|${contact.email}`} gap="md" wrap="wrap">
            {contact.naam && (
              <Text size="sm" fw={500}>
                {contact.naam}
              </Text>
            )}
            {contact.telefoon && (
              <Anchor
                href={telHref(contact.telefoon)}
                size="sm"
                aria-label={t('klicMelding.contacts.call', { name, phone: contact.telefoon })}
              >
                <Group gap={4} wrap="nowrap">
                  <IconPhone size={14} aria-hidden />
                  {contact.telefoon}
                </Group>
              </Anchor>
            )}
            {contact.email && (
              <Anchor
                href={`mailto:${contact.email}`}
                size="sm"
                aria-label={t('klicMelding.contacts.mail', { name, email: contact.email })}
              >
                <Group gap={4} wrap="nowrap">
                  <IconMail size={14} aria-hidden />
                  {contact.email}
                </Group>
              </Anchor>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
