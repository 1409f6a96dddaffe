import { Checkbox, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/shared/format/date-time';
import type { ListState, ProjectRow, ProjectSort } from '../api/types';

type Props = {
  projects: ProjectRow[];
  state: ListState;
  selected: string[];
  onSelect: (ids: string[]) => void;
  onSort: (sort: ProjectSort) => void;
  /** A double-click on a row: "Klics beheren" of that project. */
  onOpen: (project: ProjectRow) => void;
};

const columns: ProjectSort[] = ['number', 'description', 'status', 'startDate', 'updatedAt', 'klics'];

/** The seed's columns; a click on a header sorts, the boxes select rows for the buttons above. */
export function ProjectsTable({ projects, state, selected, onSelect, onSort, onOpen }: Props) {
  const { t } = useTranslation();
  const toggle = (id: string) =>
    onSelect(selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id]);
  const header = (column: ProjectSort) => {
    const label = t(`projects.columns.${column}`);
    const Icon =
      state.sort !== column ? IconSelector : state.direction === 'asc' ? IconChevronUp : IconChevronDown;
    return (
      <Table.Th
        key={column}
        aria-sort={
          state.sort === column ? (state.direction === 'asc' ? 'ascending' : 'descending') : undefined
        }
      >
        <UnstyledButton onClick={() => onSort(column)} aria-label={t('projects.sortBy', { column: label })}>
          <Text span size="sm" fw={600}>
            {label}
          </Text>{' '}
          <Icon size={14} aria-hidden />
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="projects-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('projects.columns.select')}
                checked={projects.length > 0 && selected.length === projects.length}
                indeterminate={selected.length > 0 && selected.length < projects.length}
                onChange={() =>
                  onSelect(selected.length === projects.length ? [] : projects.map((p) => p.id))
                }
              />
            </Table.Th>
            {columns.slice(0, 4).map(header)}
            <Table.Th>{t('projects.columns.klicValidityOverride')}</Table.Th>
            {columns.slice(4).map(header)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((project) => (
            <Table.Tr
              key={project.id}
              data-testid="project-row"
              data-number={project.number}
              bg={selected.includes(project.id) ? 'var(--mantine-primary-color-light)' : undefined}
              onClick={() => onSelect([project.id])}
              onDoubleClick={() => onOpen(project)}
              title={t('projects.openHint')}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td onClick={(event) => event.stopPropagation()}>
                <Checkbox
                  aria-label={`${t('projects.columns.select')} ${project.number}`}
                  checked={selected.includes(project.id)}
                  onChange={() => toggle(project.id)}
                />
              </Table.Td>
              <Table.Td fw={500}>{project.number}</Table.Td>
              <Table.Td>{project.description}</Table.Td>
              <Table.Td>{t(`projects.status.${project.status}`)}</Table.Td>
              <Table.Td>{project.startDate ? formatDate(project.startDate) : ''}</Table.Td>
              <Table.Td>{project.klicValidityOverride ? t('projects.yes') : t('projects.no')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(project.updatedAt)}</Table.Td>
              <Table.Td ta="right">{project.klics}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
