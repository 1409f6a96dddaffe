import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/shared/ui/confirm-dialog';
import type { Region } from '../api/regions-api';
import { useRemoveRegion } from '../hooks/use-region-mutations';

/** Says what happens to the assigned users before a region goes. */
export function RemoveRegionDialog({ region, onClose }: { region: Region; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useRemoveRegion();
  return (
    <ConfirmDialog
      opened
      title={t('regions.remove.title', { name: region.name })}
      confirmLabel={t('regions.remove.confirm')}
      danger
      pending={remove.isPending}
      error={remove.error}
      onCancel={onClose}
      onConfirm={() =>
        remove.mutate(region.id, {
          onSuccess: () => {
            notifications.show({
              color: 'veldwerk',
              message: t('regions.remove.done', { name: region.name }),
            });
            onClose();
          },
        })
      }
    >
      <Text size="sm">
        {region.userCount === 0
          ? t('regions.remove.textEmpty')
          : t('regions.remove.text', { count: region.userCount })}
      </Text>
    </ConfirmDialog>
  );
}
