import { MultiSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/shared/ui';
import { fieldWorkerOptionsQuery } from '../api/projects-api';

type Props = { value: string[]; invalid: boolean; onChange: (ids: string[]) => void };

/** "Veldmedewerkers": the organisation's field workers, with their regions to tell namesakes apart. */
export function FieldWorkerSelect({ value, invalid, onChange }: Props) {
  const { t } = useTranslation();
  const options = useQuery(fieldWorkerOptionsQuery());
  // Someone who is no longer a field worker cannot stay on the project (the server refuses it): drop them
  // from the choice as soon as the options are known, visibly, instead of failing on save.
  useEffect(() => {
    if (!options.data) return;
    const known = new Set(options.data.map((worker) => worker.userId));
    if (value.some((id) => !known.has(id))) onChange(value.filter((id) => known.has(id)));
  }, [options.data, value, onChange]);
  if (options.isError) return <ErrorAlert error={options.error} onRetry={() => void options.refetch()} />;
  const data = (options.data ?? []).map((worker) => ({
    value: worker.userId,
    label: worker.regions.length
      ? `${worker.name} (${worker.regions.map((region) => region.name).join(', ')})`
      : worker.name,
  }));
  return (
    <MultiSelect
      label={t('projects.form.fieldWorkers')}
      description={t('projects.form.fieldWorkersHelp')}
      placeholder={t('projects.form.fieldWorkersPlaceholder')}
      nothingFoundMessage={t('projects.form.fieldWorkersNone')}
      data={data}
      value={value}
      onChange={onChange}
      error={invalid ? t('projects.form.fieldWorkersInvalid') : undefined}
      disabled={options.isPending}
      searchable
      clearable
      data-testid="project-field-workers"
    />
  );
}
