import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSelectedRegion } from '@/shared/region/use-selected-region';
import { useSession } from '@/shared/session';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { Pager } from '@/shared/ui/pager';
import { projectsQuery } from '../api/projects-api';
import type { ListState, ProjectRow, ProjectStatus } from '../api/types';
import { nextSort, pageSize } from '../format/list-params';
import { useChangeStatus } from '../hooks/use-project-mutations';
import { projectKlicsPath } from '../paths';
import { DeleteProjectDialog } from './delete-project-dialog';
import { ProjectFormModal } from './project-form-modal';
import { ProjectLogbook } from './project-logbook';
import { ProjectToolbar } from './project-toolbar';
import { ProjectsTable } from './projects-table';

const initial: ListState = { search: '', status: 'open', sort: 'number', direction: 'asc', page: 1 };

/** `/klic/projecten`: "Klic projecten – <regio>" for the region chosen in the top bar. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const [region] = useSelectedRegion(useSession().regions);
  return (
    <Container size="xl" py="md">
      <DocumentTitle title={t('projects.documentTitle')} />
      {region ? (
        <ProjectList key={region.id} regionId={region.id} regionName={region.name} />
      ) : (
        <Stack gap="md">
          <Title order={1}>{t('projects.documentTitle')}</Title>
          <Text c="dimmed" data-testid="projects-no-region">
            {t('projects.noRegion')}
          </Text>
        </Stack>
      )}
    </Container>
  );
}

function ProjectList({ regionId, regionName }: { regionId: string; regionName: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState(initial);
  const [debouncedSearch] = useDebouncedValue(state.search, 250);
  const projects = useQuery({
    ...projectsQuery(regionId, { ...state, search: debouncedSearch }),
    placeholderData: keepPreviousData,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<ProjectRow | 'new' | null>(null);
  const [removing, setRemoving] = useState<ProjectRow | null>(null);
  const changeStatus = useChangeStatus();
  const navigate = useNavigate();
  const update = (change: Partial<ListState>) => {
    setState((current) => ({ ...current, page: 1, ...change }));
    setSelected([]);
  };
  const selectedRow =
    selected.length === 1
      ? (projects.data?.items.find((project) => project.id === selected[0]) ?? null)
      : null;
  const setStatus = (status: ProjectStatus) =>
    changeStatus.mutate(
      { ids: selected, status },
      {
        onSuccess: ({ changed }) => {
          notifications.show({ color: 'veldwerk', message: t('projects.statusChanged', { count: changed }) });
          setSelected([]);
        },
      },
    );

  return (
    <Stack gap="md">
      <Title order={1}>{t('projects.title', { region: regionName })}</Title>
      <ProjectToolbar
        search={state.search}
        status={state.status}
        selectedCount={selected.length}
        statusPending={changeStatus.isPending}
        onSearch={(search) => update({ search })}
        onStatusFilter={(status) => update({ status })}
        onAdd={() => setEditing('new')}
        onEdit={() => selectedRow && setEditing(selectedRow)}
        onRemove={() => selectedRow && setRemoving(selectedRow)}
        onManageKlics={() => selectedRow && navigate(projectKlicsPath(selectedRow.id))}
        onChangeStatus={setStatus}
      />
      {changeStatus.error && <ErrorAlert error={changeStatus.error} />}
      {projects.isError && <ErrorAlert error={projects.error} onRetry={() => void projects.refetch()} />}
      {projects.isPending && <PageLoader />}
      {projects.data && (
        <Paper withBorder radius="md">
          {projects.data.items.length === 0 ? (
            <Text p="xl" ta="center" c="dimmed" data-testid="projects-empty">
              {t('projects.empty')}
            </Text>
          ) : (
            <ProjectsTable
              projects={projects.data.items}
              state={state}
              selected={selected}
              onSelect={setSelected}
              onOpen={(project) => navigate(projectKlicsPath(project.id))}
              onSort={(sort) => {
                setState((current) => nextSort(current, sort));
                setSelected([]);
              }}
            />
          )}
        </Paper>
      )}
      {projects.data && (
        <Pager
          page={state.page}
          pageSize={pageSize}
          total={projects.data.total}
          rangeLabel={(range) => t('projects.range', range)}
          navLabel={t('projects.pages')}
          onChange={(page) => {
            setState((current) => ({ ...current, page }));
            setSelected([]);
          }}
        />
      )}
      {selectedRow && <ProjectLogbook key={selectedRow.id} project={selectedRow} />}
      {editing && (
        <ProjectFormModal
          regionId={regionId}
          project={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && (
        <DeleteProjectDialog
          project={removing}
          onClose={() => {
            setRemoving(null);
            setSelected([]);
          }}
        />
      )}
    </Stack>
  );
}
