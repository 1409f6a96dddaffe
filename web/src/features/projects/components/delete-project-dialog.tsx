import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { ConfirmDialog } from '@/shared/ui/confirm-dialog';
import type { ProjectRow } from '../api/types';
import { useDeleteProject } from '../hooks/use-project-mutations';

type Props = { project: ProjectRow; onClose: () => void };

/** Deleting asks first; with linked KLICs it says they will be unlinked, never dropped. */
export function DeleteProjectDialog({ project, onClose }: Props) {
  const { t } = useTranslation();
  const remove = useDeleteProject();
  // A KLIC linked after the list was loaded makes the server refuse; then the dialog asks again, with unlinking.
  const [hasKlics, setHasKlics] = useState(project.klics > 0);
  const refusedForKlics = isApiError(remove.error) && remove.error.fields?.klics === 'has_klics';
  return (
    <ConfirmDialog
      opened
      title={t('projects.delete.title', { number: project.number })}
      confirmLabel={hasKlics ? t('projects.delete.confirmWithKlics') : t('projects.delete.confirm')}
      danger
      pending={remove.isPending}
      error={refusedForKlics ? null : remove.error}
      onCancel={onClose}
      onConfirm={() =>
        remove.mutate(
          { id: project.id, unlinkKlics: hasKlics },
          {
            onSuccess: () => {
              notifications.show({
                color: 'veldwerk',
                message: t('projects.delete.done', { number: project.number }),
              });
              onClose();
            },
            onError: (error) => {
              if (isApiError(error) && error.fields?.klics === 'has_klics') setHasKlics(true);
            },
          },
        )
      }
    >
      <Text size="sm">{t('projects.delete.text')}</Text>
      {hasKlics && (
        <Text size="sm" fw={500} data-testid="project-delete-klics">
          {refusedForKlics ? remove.error?.message : t('projects.delete.withKlics', { count: project.klics })}
        </Text>
      )}
    </ConfirmDialog>
  );
}
