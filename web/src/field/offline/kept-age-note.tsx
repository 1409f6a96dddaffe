import { Group, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '@/shared/format/date-time';
import { mayBeOutdated } from './kept-age';
import { useKeptAt } from './kept-answers';

/** "Gegevens van 02-03 09:14 — mogelijk niet actueel", when the page shows older data from the device. */
export function KeptAgeNote({ path }: { path: string }) {
  const { t } = useTranslation();
  const keptAt = useKeptAt(path);
  if (keptAt === null || !mayBeOutdated(keptAt, Date.now())) return null;
  const time = `${formatDate(keptAt).slice(0, 5)} ${formatTime(keptAt)}`;
  return (
    <Group gap={6} wrap="nowrap" role="status" data-testid="field-kept-age">
      <IconClockExclamation size={18} aria-hidden color="var(--mantine-color-orange-9)" />
      <Text size="sm" fw={600} c="orange.9">
        {t('field.offlineData.keptAt', { time })}
      </Text>
    </Group>
  );
}
