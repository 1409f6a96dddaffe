import { Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { projectDetailQuery } from '../api/projects-api';
import type { ProjectRow } from '../api/types';
import { ProjectForm } from './project-form';

type Props = { regionId: string; project: ProjectRow | null; onClose: () => void };

/** "Toevoegen" (project null) or "Wijzigen"; editing first loads the project's field workers. */
export function ProjectFormModal({ regionId, project, onClose }: Props) {
  const { t } = useTranslation();
  const detail = useQuery({ ...projectDetailQuery(project?.id ?? ''), enabled: project !== null });
  return (
    <Modal
      opened
      onClose={onClose}
      title={project ? t('projects.form.editTitle', { number: project.number }) : t('projects.form.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {!project ? (
        <ProjectForm regionId={regionId} project={null} fieldWorkerIds={[]} onClose={onClose} />
      ) : detail.data ? (
        <ProjectForm
          regionId={regionId}
          project={project}
          fieldWorkerIds={detail.data.fieldWorkers.map((worker) => worker.userId)}
          onClose={onClose}
        />
      ) : detail.isError ? (
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <PageLoader />
      )}
    </Modal>
  );
}
