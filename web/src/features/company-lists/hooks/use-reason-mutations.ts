import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addReason, reasonListQuery, removeReason, updateReason } from '../api/reason-lists-api';
import type { ReasonList } from '../api/types';

/** Add, edit, move and remove on one list; each refreshes the list (and the logbook that records it). */
export function useReasonMutations(list: ReasonList) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all(
      [reasonListQuery(list).queryKey, ['logbook']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  return {
    add: useMutation({ mutationFn: (text: string) => addReason(list, text), onSuccess: refresh }),
    update: useMutation({
      mutationFn: ({ id, ...change }: { id: string; text?: string; position?: number }) =>
        updateReason(list, id, change),
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: (id: string) => removeReason(list, id), onSuccess: refresh }),
  };
}
