import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/shared/ui';
import type { ProjectKlic } from '../api/types';
import { workersWhoRemoved } from '../format/klic-row';
import { useReleaseKlics } from '../hooks/use-klic-mutations';

/** "Klics vrijgeven": the selected KLICs back to the workers who removed them from their device. */
export function ReleaseModal({ klics, onClose }: { klics: ProjectKlic[]; onClose: () => void }) {
  const { t } = useTranslation();
  const workers = workersWhoRemoved(klics);
  const [chosen, setChosen] = useState(workers.map((worker) => worker.userId));
  const release = useReleaseKlics();
  const submit = () =>
    release.mutate(
      { meldingIds: klics.map((klic) => klic.id), userIds: chosen },
      {
        onSuccess: ({ released }) => {
          notifications.show({
            color: 'veldwerk',
            message: t('klicManage.release.done', { count: released }),
          });
          onClose();
        },
      },
    );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('klicManage.release.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        {workers.length === 0 ? (
          <Text size="sm">{t('klicManage.release.none')}</Text>
        ) : (
          <>
            <Text size="sm">{t('klicManage.release.intro')}</Text>
            <Checkbox.Group value={chosen} onChange={setChosen}>
              <Stack gap="xs">
                {workers.map((worker) => (
                  <Checkbox key={worker.userId} value={worker.userId} label={worker.name} />
                ))}
              </Stack>
            </Checkbox.Group>
          </>
        )}
        {release.error && <ErrorAlert error={release.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('account.common.cancel')}
          </Button>
          <Button
            onClick={submit}
            disabled={chosen.length === 0}
            loading={release.isPending}
            data-testid="klic-release-submit"
          >
            {t('klicManage.release.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
