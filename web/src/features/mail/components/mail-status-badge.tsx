import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MailStatus } from '../api/types';

// Dark shades so that the white text stays readable (contrast at least 4.5:1).
const looks = {
  queued: { color: 'blue.9', Icon: IconClock },
  sent: { color: 'veldwerk.7', Icon: IconCheck },
  failed: { color: 'red.9', Icon: IconAlertTriangle },
} as const;

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useTranslation();
  const { color, Icon } = looks[status];
  return (
    <Badge color={color} tt="none" radius="sm" leftSection={<Icon size={12} aria-hidden />}>
      {t(`mail.status.${status}`)}
    </Badge>
  );
}
