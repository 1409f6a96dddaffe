import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconClock, IconMail, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Helpdesk } from '../api/types';

/** The support contact as everybody sees it: one tap to call or mail. */
export function HelpdeskCard({ helpdesk }: { helpdesk: Helpdesk }) {
  const { t } = useTranslation();
  const dial = helpdesk.phone.replace(/[^0-9+]/g, '');
  return (
    <Stack gap="sm" data-testid="helpdesk-card">
      {helpdesk.name && (
        <Text fw={600} size="lg">
          {helpdesk.name}
        </Text>
      )}
      {helpdesk.hours && (
        <Group gap="xs" wrap="nowrap">
          <IconClock size={18} aria-hidden />
          <Text size="sm">{helpdesk.hours}</Text>
        </Group>
      )}
      {helpdesk.email && (
        <Group gap="xs" wrap="nowrap">
          <IconMail size={18} aria-hidden />
          <Anchor
            href={`mailto:${helpdesk.email}`}
            aria-label={t('companyLists.helpdesk.mailLabel', { email: helpdesk.email })}
            data-testid="helpdesk-email-link"
          >
            {helpdesk.email}
          </Anchor>
        </Group>
      )}
      {helpdesk.phone && (
        <Group gap="xs" wrap="nowrap">
          <IconPhone size={18} aria-hidden />
          <Anchor
            href={`tel:${dial}`}
            aria-label={t('companyLists.helpdesk.callLabel', { phone: helpdesk.phone })}
            data-testid="helpdesk-phone-link"
          >
            {helpdesk.phone}
          </Anchor>
        </Group>
      )}
      {helpdesk.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {helpdesk.note}
        </Text>
      )}
    </Stack>
  );
}
