import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { EvStatus, FieldWorkerOption, KlicTexts, ProjectKlics, UnlinkedKlic } from './types';

export const klicManageKey = ['klic', 'manage'] as const;

const id = encodeURIComponent;

export function projectKlicsQuery(projectId: string) {
  return queryOptions({
    queryKey: [...klicManageKey, 'project', projectId],
    queryFn: ({ signal }) => apiRequest<ProjectKlics>(`/api/projects/${id(projectId)}/klics`, { signal }),
  });
}

export function fieldWorkerOptionsQuery() {
  return queryOptions({
    queryKey: ['projects', 'field-workers'],
    queryFn: async ({ signal }) =>
      (await apiRequest<{ fieldWorkers: FieldWorkerOption[] }>('/api/projects/field-workers', { signal }))
        .fieldWorkers,
  });
}

export function unlinkedKlicsQuery() {
  return queryOptions({
    queryKey: ['klic', 'meldingen', 'unlinked'],
    queryFn: async ({ signal }) =>
      (await apiRequest<{ meldingen: UnlinkedKlic[] }>('/api/klic/meldingen?filter=unlinked', { signal }))
        .meldingen,
  });
}

/** "Toevoegen" (a project) and "Verwijderen" (null): the existing link route. */
export function linkKlic(meldingId: string, projectId: string | null, subProject: string | null) {
  return apiRequest(`/api/klic/meldingen/${id(meldingId)}/project`, {
    method: 'PUT',
    body: { projectId, subProject },
  });
}

export function saveTexts(meldingId: string, texts: KlicTexts) {
  return apiRequest(`/api/klic/meldingen/${id(meldingId)}`, { method: 'PATCH', body: texts });
}

export function setEvStatus(meldingId: string, status: EvStatus) {
  return apiRequest(`/api/klic/meldingen/${id(meldingId)}/ev-status`, { method: 'PUT', body: { status } });
}

export function changeFieldWorkers(meldingIds: string[], userIds: string[], action: 'assign' | 'unassign') {
  return apiRequest<{ changed: number }>('/api/klic/meldingen/field-workers', {
    method: 'POST',
    body: { meldingIds, userIds, action },
  });
}

export function releaseKlics(meldingIds: string[], userIds: string[]) {
  return apiRequest<{ released: number }>('/api/klic/meldingen/release', {
    method: 'POST',
    body: { meldingIds, userIds },
  });
}
