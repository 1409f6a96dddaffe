import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { Language } from '@/shared/i18n';
import type { ConsentChoice, ConsentState, SubscriptionJson } from './types';

export const consentKey = ['announcements', 'consent'] as const;

export const consentQuery = queryOptions({
  queryKey: consentKey,
  queryFn: ({ signal }) => apiRequest<ConsentState>('/api/notifications/consent', { signal }),
  staleTime: Number.POSITIVE_INFINITY,
});

/** The dialog's text comes from the server, so the stored text is exactly the one shown. */
export function consentTextQuery(language: Language) {
  return queryOptions({
    queryKey: ['announcements', 'consent-text', language],
    queryFn: ({ signal }) =>
      apiRequest<{ text: string; version: string }>(`/api/notifications/consent-text?language=${language}`, {
        signal,
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function saveConsent(choice: ConsentChoice, language: Language): Promise<ConsentState> {
  return apiRequest<ConsentState>('/api/notifications/consent', {
    method: 'PUT',
    body: { choice, language },
  });
}

export async function fetchVapidPublicKey(): Promise<string> {
  return (await apiRequest<{ publicKey: string }>('/api/notifications/vapid-public-key')).publicKey;
}

export function registerSubscription(subscription: SubscriptionJson): Promise<void> {
  return apiRequest<void>('/api/notifications/subscriptions', { method: 'POST', body: subscription });
}
