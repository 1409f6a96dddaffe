import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { Helpdesk, HelpdeskInput } from './types';

export const helpdeskKey = ['helpdesk'] as const;

export const helpdeskQuery = queryOptions({
  queryKey: helpdeskKey,
  queryFn: ({ signal }) => apiRequest<{ helpdesk: Helpdesk | null }>('/api/helpdesk', { signal }),
});

export function saveHelpdesk(input: HelpdeskInput) {
  return apiRequest<{ helpdesk: Helpdesk | null }>('/api/helpdesk', { method: 'PUT', body: input });
}
