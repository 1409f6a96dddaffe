import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createRegion, regionsKey, removeRegion, renameRegion, setRegionUsers } from '../api/regions-api';

/** A region change also changes the users' region lists, the session's regions and the logbook. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [regionsKey, ['users'], ['session'], ['logbook']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateRegion() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (name: string) => createRegion(name), onSuccess: refresh });
}

export function useRenameRegion(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (name: string) => renameRegion(id, name), onSuccess: refresh });
}

export function useRemoveRegion() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => removeRegion(id), onSuccess: refresh });
}

export function useSetRegionUsers(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (userIds: string[]) => setRegionUsers(id, userIds), onSuccess: refresh });
}
