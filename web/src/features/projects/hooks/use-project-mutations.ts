import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changeStatus, createProject, deleteProject, projectsKey, updateProject } from '../api/projects-api';
import type { ProjectInput, ProjectStatus } from '../api/types';

/** A project change also changes the KLIC lists (linked or unlinked meldingen) and the logbook. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [projectsKey, ['klic'], ['logbook']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

/** Adds a project in the region (no id) or edits one. */
export function useSaveProject(regionId: string, id: string | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: ProjectInput) => (id ? updateProject(id, input) : createProject(regionId, input)),
    onSuccess: refresh,
  });
}

export function useDeleteProject() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (target: { id: string; unlinkKlics: boolean }) =>
      deleteProject(target.id, target.unlinkKlics),
    onSuccess: refresh,
  });
}

export function useChangeStatus() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (change: { ids: string[]; status: ProjectStatus }) => changeStatus(change.ids, change.status),
    onSuccess: refresh,
  });
}
