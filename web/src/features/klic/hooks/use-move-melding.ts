import { useMutation, useQueryClient } from '@tanstack/react-query';
import { intakesKey, meldingenKey, moveMelding } from '../api/klic-api';

type Target = { projectId: string; subProject: string | null };

/** Moving a melding changes the unlinked list and the project shown with its intakes. */
export function useMoveMelding(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: Target) => moveMelding(id, target),
    onSuccess: () =>
      Promise.all([meldingenKey, intakesKey].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
