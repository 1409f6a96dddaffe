import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { ErrorAlert } from '@/shared/ui';
import { fieldWorkerOptionsQuery } from '../api/klic-manage-api';
import type { ProjectKlic } from '../api/types';
import { assignedWorkers } from '../format/klic-row';
import { useChangeFieldWorkers } from '../hooks/use-klic-mutations';

type Props = { action: 'assign' | 'unassign'; klics: ProjectKlic[]; onClose: () => void };

/**
 * "Veldmedewerker(s) toewijzen / loskoppelen" for the selected KLICs: assign from the organisation's field
 * workers, unassign from those who hold one of them.
 */
export function FieldWorkersModal({ action, klics, onClose }: Props) {
  const { t } = useTranslation();
  const options = useQuery({ ...fieldWorkerOptionsQuery(), enabled: action === 'assign' });
  const [chosen, setChosen] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const change = useChangeFieldWorkers();
  const data =
    action === 'assign'
      ? (options.data ?? []).map((worker) => ({
          value: worker.userId,
          label: worker.regions.length
            ? `${worker.name} (${worker.regions.map((region) => region.name).join(', ')})`
            : worker.name,
        }))
      : assignedWorkers(klics).map((worker) => ({ value: worker.userId, label: worker.name }));
  const invalid = isApiError(change.error) && change.error.fields?.userIds;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen.length === 0) return setMissing(true);
    change.mutate(
      { meldingIds: klics.map((klic) => klic.id), userIds: chosen, action },
      {
        onSuccess: ({ changed }) => {
          notifications.show({
            color: 'veldwerk',
            message: t(`klicManage.workers.${action === 'assign' ? 'assigned' : 'unassigned'}`, {
              count: changed,
            }),
          });
          onClose();
        },
      },
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`klicManage.workers.${action}Title`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t(`klicManage.workers.${action}Intro`, { count: klics.length })}</Text>
          {options.isError && <ErrorAlert error={options.error} onRetry={() => void options.refetch()} />}
          {change.error && !invalid && <ErrorAlert error={change.error} />}
          <MultiSelect
            label={t('klicManage.workers.label')}
            placeholder={t('klicManage.workers.placeholder')}
            nothingFoundMessage={t('klicManage.workers.none')}
            data={data}
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              setMissing(false);
            }}
            searchable
            clearable
            error={
              missing
                ? t('klicManage.workers.required')
                : invalid
                  ? t('klicManage.workers.invalid')
                  : undefined
            }
            data-autofocus
            data-testid="klic-workers-select"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('account.common.cancel')}
            </Button>
            <Button
              type="submit"
              color={action === 'unassign' ? 'red.9' : undefined}
              loading={change.isPending}
              data-testid="klic-workers-submit"
            >
              {t(`klicManage.workers.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
