import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import { listParams } from '../format/list-params';
import type {
  FieldWorkerOption,
  ListState,
  ProjectDetail,
  ProjectInput,
  ProjectLogPage,
  ProjectPage,
  ProjectRow,
  ProjectStatus,
} from './types';

export const projectsKey = ['projects'] as const;

export function projectsQuery(regionId: string, state: ListState) {
  return queryOptions({
    queryKey: [...projectsKey, 'list', regionId, state],
    queryFn: ({ signal }) =>
      apiRequest<ProjectPage>(`/api/projects?${listParams(regionId, state)}`, { signal }),
  });
}

export function projectDetailQuery(id: string) {
  return queryOptions({
    queryKey: [...projectsKey, 'detail', id],
    queryFn: ({ signal }) => apiRequest<ProjectDetail>(`/api/projects/${encodeURIComponent(id)}`, { signal }),
  });
}

export function fieldWorkerOptionsQuery() {
  return queryOptions({
    queryKey: [...projectsKey, 'field-workers'],
    queryFn: async ({ signal }) =>
      (await apiRequest<{ fieldWorkers: FieldWorkerOption[] }>('/api/projects/field-workers', { signal }))
        .fieldWorkers,
  });
}

export const logbookPageSize = 10;

export function projectLogbookQuery(id: string, page: number) {
  return queryOptions({
    queryKey: [...projectsKey, 'logbook', id, page],
    queryFn: ({ signal }) =>
      apiRequest<ProjectLogPage>(
        `/api/projects/${encodeURIComponent(id)}/logbook?page=${page}&pageSize=${logbookPageSize}`,
        { signal },
      ),
  });
}

type Saved = ProjectRow & { linkedKlics: number };

export function createProject(regionId: string, input: ProjectInput) {
  return apiRequest<Saved>('/api/projects', { method: 'POST', body: { ...input, regionId } });
}

export function updateProject(id: string, input: ProjectInput) {
  return apiRequest<Saved>(`/api/projects/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function deleteProject(id: string, unlinkKlics: boolean) {
  const query = unlinkKlics ? '?klics=unlink' : '';
  return apiRequest<{ unlinkedKlics: number }>(`/api/projects/${encodeURIComponent(id)}${query}`, {
    method: 'DELETE',
  });
}

export function changeStatus(ids: string[], status: ProjectStatus) {
  return apiRequest<{ changed: number }>('/api/projects/status', { method: 'POST', body: { ids, status } });
}
