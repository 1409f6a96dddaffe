import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changeFieldWorkers, linkKlic, releaseKlics, saveTexts, setEvStatus } from '../api/klic-manage-api';
import type { EvStatus, KlicTexts } from '../api/types';

/** A change on "Klics beheren" also changes the KLIC lists elsewhere and the project's KLIC count. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([['klic'], ['projects']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useLinkKlics() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (change: {
      meldingIds: string[];
      projectId: string | null;
      subProject: string | null;
    }) => {
      for (const meldingId of change.meldingIds)
        await linkKlic(meldingId, change.projectId, change.subProject);
      return change.meldingIds.length;
    },
    onSettled: refresh,
  });
}

export function useSaveTexts() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (change: { meldingId: string; texts: KlicTexts }) =>
      saveTexts(change.meldingId, change.texts),
    onSuccess: refresh,
  });
}

export function useSetEvStatus() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (change: { meldingIds: string[]; status: EvStatus }) => {
      for (const meldingId of change.meldingIds) await setEvStatus(meldingId, change.status);
      return change.meldingIds.length;
    },
    onSettled: refresh,
  });
}

export function useChangeFieldWorkers() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (change: { meldingIds: string[]; userIds: string[]; action: 'assign' | 'unassign' }) =>
      changeFieldWorkers(change.meldingIds, change.userIds, change.action),
    onSuccess: refresh,
  });
}

export function useReleaseKlics() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (change: { meldingIds: string[]; userIds: string[] }) =>
      releaseKlics(change.meldingIds, change.userIds),
    onSuccess: refresh,
  });
}
