import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvStatus } from '../api/types';

const colours: Record<EvStatus, string> = { handled: 'veldwerk', open: 'orange', noInterest: 'gray' };

export function EvStatusBadge({ status }: { status: EvStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status]} variant="light" data-testid="ev-status">
      {t(`klicMelding.ev.status.${status}`)}
    </Badge>
  );
}
