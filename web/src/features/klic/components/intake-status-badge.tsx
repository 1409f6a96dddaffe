import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClock, IconLoader2, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntakeStatus } from '../api/types';

// Dark shades so that the white text stays readable (contrast at least 4.5:1).
const looks = {
  queued: { color: 'blue.9', Icon: IconClock },
  processing: { color: 'blue.9', Icon: IconLoader2 },
  retrying: { color: 'blue.9', Icon: IconRefresh },
  done: { color: 'veldwerk.7', Icon: IconCheck },
  failed: { color: 'red.9', Icon: IconAlertTriangle },
} as const;

export function IntakeStatusBadge({ status }: { status: IntakeStatus }) {
  const { t } = useTranslation();
  const { color, Icon } = looks[status];
  return (
    <Badge color={color} tt="none" radius="sm" miw="max-content" leftSection={<Icon size={12} aria-hidden />}>
      {t(`klic.intakes.status.${status}`)}
    </Badge>
  );
}
