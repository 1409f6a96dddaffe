import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { warningsQuery } from '../api/klic-warnings-api';

/** The number of today's KLIC warnings, beside the menu item; nothing when there are none. */
export function KlicWarningsBadge() {
  const { t } = useTranslation();
  const { data } = useQuery(warningsQuery());
  const total = data ? Object.values(data.counts).reduce((sum, n) => sum + n, 0) : 0;
  if (total === 0) return null;
  return (
    <Badge
      size="sm"
      color="red"
      // Inside the nav button's flex row the badge must not shrink away its number.
      styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}
      aria-label={t('klicWarnings.badge', { count: total })}
      data-testid="klic-warnings-badge"
    >
      {total}
    </Badge>
  );
}
