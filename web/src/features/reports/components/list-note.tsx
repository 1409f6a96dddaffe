import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../format/period-label';

/** Under a list the screen cut short: how many are shown, and that the Excel file has them all. */
export function ListNote({ shown, total }: { shown: number; total: number }) {
  const { t, i18n } = useTranslation();
  if (shown >= total) return null;
  return (
    <Text size="sm" c="dimmed" p="sm">
      {t('reports.shown', {
        shown: formatCount(shown, i18n.language),
        total: formatCount(total, i18n.language),
      })}
    </Text>
  );
}
