import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mailSettingsQuery, saveImapSettings } from '../api/klic-api';
import type { ImapSettingsInput } from '../api/types';

export function useSaveImap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImapSettingsInput) => saveImapSettings(input),
    onSuccess: (settings) => queryClient.setQueryData(mailSettingsQuery().queryKey, settings),
  });
}
