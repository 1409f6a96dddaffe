import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { ErrorAlert } from '@/shared/ui';
import type { MeldingRow, ProjectOption } from '../api/types';
import { useMoveMelding } from '../hooks/use-move-melding';
import { ProjectSelect } from './project-select';

type Props = { melding: MeldingRow; onClose: () => void };

/** "Verplaatsen naar project": choose a project and optionally a sub-project; typed values stay on errors. */
export function MoveMeldingModal({ melding, onClose }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const [project, setProject] = useState<ProjectOption | null>(null);
  const [subProject, setSubProject] = useState(melding.subProject ?? '');
  const [missingProject, setMissingProject] = useState(false);
  const move = useMoveMelding(melding.id);
  const fields = isApiError(move.error) ? move.error.fields : undefined;
  const projectError = missingProject
    ? t('klic.move.projectRequired')
    : fields?.projectId
      ? t('klic.move.unknownProject')
      : undefined;
  const subProjectError = fields?.subProject ? t('klic.move.subProjectTooLong') : undefined;
  const otherError = move.error && !fields?.projectId && !fields?.subProject ? move.error : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!project) return setMissingProject(true);
    move.mutate(
      { projectId: project.id, subProject: subProject.trim() || null },
      {
        onSuccess: () => {
          notifications.show({
            color: 'veldwerk',
            message: t('klic.move.done', { meldnummer: melding.meldnummer, project: project.number }),
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
      title={t('klic.move.title', { meldnummer: melding.meldnummer })}
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      data-testid="klic-move-modal"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('klic.move.intro')}</Text>
          {otherError && <ErrorAlert error={otherError} />}
          <ProjectSelect
            value={project}
            onChange={(chosen) => {
              setProject(chosen);
              setMissingProject(false);
            }}
            error={projectError}
          />
          <TextInput
            label={t('klic.move.subProject')}
            description={t('klic.move.subProjectHelp')}
            value={subProject}
            onChange={(event) => setSubProject(event.currentTarget.value)}
            error={subProjectError}
            maxLength={200}
            data-testid="klic-move-subproject"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('klic.move.cancel')}
            </Button>
            <Button type="submit" loading={move.isPending} data-testid="klic-move-submit">
              {t('klic.move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
