import { Button, Group, Menu, Select, TextInput } from '@mantine/core';
import { IconChevronDown, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ProjectStatus, projectStatuses, type StatusFilter } from '../api/types';
import { projectPaths } from '../paths';

type Props = {
  search: string;
  status: StatusFilter;
  selectedCount: number;
  statusPending: boolean;
  onSearch: (search: string) => void;
  onStatusFilter: (status: StatusFilter) => void;
  onAdd: () => void;
  onEdit: () => void;
  onRemove: () => void;
  onManageKlics: () => void;
  onChangeStatus: (status: ProjectStatus) => void;
};

/**
 * Search, the seed's buttons (edit, delete and Klics beheren for one selected row, status for any), the
 * receipts, and the status filter.
 */
export function ProjectToolbar(props: Props) {
  const { t } = useTranslation();
  const filters: StatusFilter[] = ['open', 'all', ...projectStatuses];
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Group gap="sm" wrap="wrap">
        <TextInput
          aria-label={t('projects.search')}
          placeholder={t('projects.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={props.search}
          onChange={(event) => props.onSearch(event.currentTarget.value)}
          maxLength={100}
          w={240}
          data-testid="projects-search"
        />
        <Button onClick={props.onAdd} data-testid="project-add">
          {t('projects.add')}
        </Button>
        <Button
          variant="default"
          disabled={props.selectedCount !== 1}
          onClick={props.onEdit}
          data-testid="project-edit"
        >
          {t('projects.edit')}
        </Button>
        <Button
          variant="default"
          disabled={props.selectedCount !== 1}
          onClick={props.onRemove}
          data-testid="project-remove"
        >
          {t('projects.remove')}
        </Button>
        <Button
          variant="default"
          disabled={props.selectedCount !== 1}
          onClick={props.onManageKlics}
          data-testid="project-manage-klics"
        >
          {t('projects.manageKlics')}
        </Button>
        <Menu position="bottom-start">
          <Menu.Target>
            <Button
              variant="default"
              disabled={props.selectedCount === 0}
              loading={props.statusPending}
              rightSection={<IconChevronDown size={14} aria-hidden />}
              data-testid="project-status-menu"
            >
              {t('projects.changeStatus')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {projectStatuses.map((status) => (
              <Menu.Item key={status} onClick={() => props.onChangeStatus(status)}>
                {t(`projects.status.${status}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Button component={Link} to={projectPaths.receipts} variant="default" data-testid="project-receipts">
          {t('projects.receipts')}
        </Button>
      </Group>
      <Select
        label={t('projects.statusFilter')}
        data={filters.map((filter) => ({
          value: filter,
          label:
            filter === 'open' || filter === 'all'
              ? t(`projects.filter.${filter}`)
              : t(`projects.status.${filter}`),
        }))}
        value={props.status}
        onChange={(status) => status && props.onStatusFilter(status as StatusFilter)}
        allowDeselect={false}
        w={220}
        data-testid="projects-status-filter"
      />
    </Group>
  );
}
