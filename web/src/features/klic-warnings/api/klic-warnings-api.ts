import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { KlicWarnings, WarningSettings, WarningSettingsInput } from './types';

export const warningsKey = ['klic', 'warnings'] as const;
const settingsKey = ['klic', 'warning-settings'] as const;

/** Today's warnings; the page and the menu badge share them. */
export function warningsQuery() {
  return queryOptions({
    queryKey: warningsKey,
    queryFn: ({ signal }) => apiRequest<KlicWarnings>('/api/klic/warnings', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function warningSettingsQuery() {
  return queryOptions({
    queryKey: settingsKey,
    queryFn: ({ signal }) => apiRequest<WarningSettings>('/api/klic/warning-settings', { signal }),
  });
}

export function saveWarningSettings(input: WarningSettingsInput): Promise<WarningSettings> {
  return apiRequest<WarningSettings>('/api/klic/warning-settings', { method: 'PUT', body: input });
}
