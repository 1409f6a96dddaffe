import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectsQuery } from '../api/klic-api';
import type { ProjectOption } from '../api/types';

type Props = {
  value: ProjectOption | null;
  onChange: (project: ProjectOption | null) => void;
  error?: string;
};

const label = (project: ProjectOption) =>
  project.description ? `${project.number} – ${project.description}` : project.number;

/** Searches the organisation's projects on the server as the user types (number or description). */
export function ProjectSelect({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // Choosing a project puts its label in the search box; that is no new search.
  const term = value && debounced === label(value) ? '' : debounced;
  const projects = useQuery({ ...projectsQuery(term), placeholderData: keepPreviousData });
  const found = projects.data?.projects ?? [];
  const options = value && !found.some((project) => project.id === value.id) ? [value, ...found] : found;
  return (
    <Select
      label={t('klic.move.project')}
      placeholder={t('klic.move.projectPlaceholder')}
      data={options.map((project) => ({ value: project.id, label: label(project) }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((project) => project.id === id) ?? null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered already.
      filter={({ options: all }) => all}
      nothingFoundMessage={projects.isFetching ? t('klic.move.searching') : t('klic.move.nothingFound')}
      error={error}
      withAsterisk
      clearable
      data-autofocus
      data-testid="klic-move-project"
    />
  );
}
