import { Badge } from '@mantine/core';
import { IconCloud, IconCloudCheck, IconCloudDownload, IconCloudX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOfflineSnapshot } from './use-offline';

const looks = {
  pending: { color: 'gray', Icon: IconCloud },
  busy: { color: 'blue', Icon: IconCloudDownload },
  ready: { color: 'veldwerk', Icon: IconCloudCheck },
  failed: { color: 'red', Icon: IconCloudX },
} as const;

/** Whether a KLIC can be used without a connection on this device, or how far its download is. */
export function KlicOfflineBadge({ klicId }: { klicId: string }) {
  const { t } = useTranslation();
  const snapshot = useOfflineSnapshot();
  const klic = snapshot.klics[klicId];
  // Nothing while the device is still looking what it has (a moment), or when it can keep nothing.
  if (!snapshot.supported || !klic) return null;
  const { color, Icon } = looks[klic.state];
  return (
    <Badge
      variant="light"
      color={color}
      leftSection={<Icon size={14} aria-hidden />}
      data-testid="field-klic-offline-state"
      data-state={klic.state}
    >
      {klic.state === 'busy'
        ? t('field.offlineData.state.busy', { done: klic.done, total: klic.total })
        : t(`field.offlineData.state.${klic.state}`)}
    </Badge>
  );
}
