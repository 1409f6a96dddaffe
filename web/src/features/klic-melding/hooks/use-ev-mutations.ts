import { useMutation, useQueryClient } from '@tanstack/react-query';
import { evKey, saveEvHandling, setEvStatus } from '../api/klic-melding-api';
import type { EvHandlingInput, EvOperator, EvStatus } from '../api/types';

/** Saves one operator's EV handling; the answer (all EV operators) replaces the list shown. */
export function useSaveEvHandling(meldingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { bronhoudercode: string; handling: EvHandlingInput }) =>
      saveEvHandling(meldingId, input.bronhoudercode, input.handling),
    onSuccess: (operators: EvOperator[]) => queryClient.setQueryData(evKey(meldingId), operators),
  });
}

/** One status for every EV of the KLIC ("EV afgehandeld", "EV niet afgehandeld", "Geen belang"). */
export function useSetEvStatus(meldingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: EvStatus) => setEvStatus(meldingId, status),
    onSuccess: (operators: EvOperator[]) => queryClient.setQueryData(evKey(meldingId), operators),
  });
}
