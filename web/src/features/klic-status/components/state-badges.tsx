import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/shared/format/date-time';
import type { StatusRow } from '../api/types';

const stateColour = { requested: 'gray', partial: 'orange.8', complete: 'green.9' } as const;

/** Where a KLIC stands: requested, partial or complete; linked or not; expired. */
export function StateBadges({ row }: { row: StatusRow }) {
  const { t } = useTranslation();
  const volgnummer = row.volgnummer ?? '';
  return (
    <Group gap={4} wrap="wrap">
      <Badge color={stateColour[row.state]} tt="none" radius="sm" variant="light" data-testid="badge-state">
        {t(`klicStatus.status.badges.${row.state}`, { volgnummer })}
      </Badge>
      <Badge color={row.linked ? 'veldwerk' : 'yellow.9'} tt="none" radius="sm" variant="outline">
        {t(row.linked ? 'klicStatus.status.badges.linked' : 'klicStatus.status.badges.unlinked')}
      </Badge>
      {row.expired && (
        <Badge
          color="red.9"
          tt="none"
          radius="sm"
          title={t('klicStatus.status.expiredTitle', { date: formatDate(row.expiresOn ?? '') })}
          data-testid="badge-expired"
        >
          {t('klicStatus.status.badges.expired')}
        </Badge>
      )}
    </Group>
  );
}
