import { Button, Group, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/shared/i18n';
import { retryOffline } from './sync-engine';
import { useOfflineSnapshot } from './use-offline';

/** One line under "Mijn KLIC's": how many are on the device, what is happening, the space taken. */
export function OfflineSyncLine() {
  const { t } = useTranslation();
  const snapshot = useOfflineSnapshot();
  if (!snapshot.supported) {
    return (
      <Text size="sm" c="dimmed" data-testid="field-offline-summary">
        {t('field.offlineData.unsupported')}
      </Text>
    );
  }
  const states = snapshot.listed.map((id) => snapshot.klics[id]?.state);
  // Nothing while the device is still looking what it has.
  if (states.length === 0 || states.includes(undefined)) return null;
  const ready = states.filter((state) => state === 'ready').length;
  const failed = states.includes('failed');
  const activity =
    snapshot.activity === 'busy'
      ? t('field.offlineData.syncing')
      : snapshot.activity === 'paused' && ready < states.length
        ? t('field.offlineData.paused')
        : failed
          ? t('field.offlineData.failed')
          : null;
  return (
    <Group gap="xs" justify="space-between" wrap="nowrap" data-testid="field-offline-summary">
      <Stack gap={0}>
        <Text size="sm" c="dimmed">
          {t('field.offlineData.summary', { count: states.length, ready })}
          {snapshot.usedBytes !== null &&
            ` · ${t('field.offlineData.storageUsed', { size: megabytes(snapshot.usedBytes) })}`}
        </Text>
        {activity && (
          <Text size="sm" c={failed && snapshot.activity === 'idle' ? 'red.8' : 'dimmed'}>
            {activity}
          </Text>
        )}
      </Stack>
      {failed && snapshot.activity === 'idle' && (
        <Button
          size="lg"
          variant="light"
          leftSection={<IconRefresh size={18} aria-hidden />}
          onClick={retryOffline}
          data-testid="field-offline-retry"
        >
          {t('common.retry')}
        </Button>
      )}
    </Group>
  );
}

function megabytes(bytes: number): string {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: bytes < 10e6 ? 1 : 0,
  }).format(bytes / 1e6);
}
