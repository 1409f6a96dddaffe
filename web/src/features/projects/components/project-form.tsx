import { Button, Checkbox, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { ErrorAlert } from '@/shared/ui';
import { type ProjectInput, type ProjectRow, type ProjectStatus, projectStatuses } from '../api/types';
import { numberErrorKey } from '../format/list-params';
import { useSaveProject } from '../hooks/use-project-mutations';
import { FieldWorkerSelect } from './field-worker-select';

type Props = {
  regionId: string;
  project: ProjectRow | null;
  fieldWorkerIds: string[];
  onClose: () => void;
};

/** The seed's project form; the typed values stay on an error. */
export function ProjectForm({ regionId, project, fieldWorkerIds, onClose }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProjectInput>({
    number: project?.number ?? '',
    description: project?.description ?? '',
    status: project?.status ?? 'new',
    startDate: project?.startDate ?? null,
    klicValidityOverride: project?.klicValidityOverride ?? false,
    fieldWorkerIds,
  });
  const [numberError, setNumberError] = useState<string | null>(null);
  const save = useSaveProject(regionId, project?.id ?? null);
  const set = (change: Partial<ProjectInput>) => setValues((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const number = values.number.trim();
    if (!number) return setNumberError('too_small');
    if (number.includes(';')) return setNumberError('invalid_format');
    setNumberError(null);
    save.mutate(
      { ...values, number },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'veldwerk',
            message: project
              ? t('projects.form.saved', { number: saved.number })
              : t('projects.form.added', { number: saved.number, count: saved.linkedKlics }),
          });
          onClose();
        },
        onError: (error) => setNumberError(isApiError(error) ? (error.fields?.number ?? null) : null),
      },
    );
  }

  const errorKey = numberErrorKey(numberError ?? undefined);
  const workersInvalid = isApiError(save.error) && Boolean(save.error.fields?.fieldWorkerIds);
  const otherError = save.error && !errorKey && !workersInvalid ? save.error : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {otherError && <ErrorAlert error={otherError} />}
        <TextInput
          label={t('projects.form.number')}
          description={t('projects.form.numberHelp')}
          value={values.number}
          onChange={(event) => set({ number: event.currentTarget.value })}
          error={errorKey ? t(errorKey) : undefined}
          maxLength={100}
          withAsterisk
          data-autofocus
          data-testid="project-number"
        />
        <Textarea
          label={t('projects.form.description')}
          value={values.description}
          onChange={(event) => set({ description: event.currentTarget.value })}
          maxLength={500}
          autosize
          minRows={2}
          data-testid="project-description"
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('projects.form.startDate')}
            value={values.startDate ?? ''}
            onChange={(event) => set({ startDate: event.currentTarget.value || null })}
            data-testid="project-start-date"
          />
          <Select
            label={t('projects.form.status')}
            data={projectStatuses.map((status) => ({
              value: status,
              label: t(`projects.status.${status}`),
            }))}
            value={values.status}
            onChange={(status) => status && set({ status: status as ProjectStatus })}
            allowDeselect={false}
            data-testid="project-status"
          />
        </Group>
        <Checkbox
          label={t('projects.form.klicValidityOverride')}
          description={t('projects.form.klicValidityOverrideHelp')}
          checked={values.klicValidityOverride}
          onChange={(event) => set({ klicValidityOverride: event.currentTarget.checked })}
          data-testid="project-validity-override"
        />
        <FieldWorkerSelect
          value={values.fieldWorkerIds}
          invalid={workersInvalid}
          onChange={(fieldWorkerIds) => set({ fieldWorkerIds })}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('projects.form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="project-submit">
            {project ? t('projects.form.save') : t('projects.form.submitAdd')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
